import type { LocaleText } from './locales/index.js';
import { es } from './locales/es/index.js';

/** Everything each other language translates: UI strings, packs and instruments, by language subtag. */
export const translations: Readonly<Record<string, LocaleText>> = { es };
