import { en, type UiStrings } from './en.js';

/** The UI strings of every language the kit ships, by primary language subtag. */
export const locales: Readonly<Record<string, UiStrings>> = { en };

export const defaultLocale = 'en';
