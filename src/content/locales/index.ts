import type { Pack, Translation, YesNoScreen } from '../types.js';
import { en, type UiStrings } from './en.js';
import { es } from './es/index.js';

/** Everything one language translates: the UI strings, each pack's text, each instrument's text. */
export interface LocaleText {
  ui: Translation<UiStrings>;
  packs: Readonly<Record<string, Translation<Pack>>>;
  instruments: Readonly<Record<string, Translation<YesNoScreen>>>;
}

/** English is the kit's own language: the packs and instruments are written in it. */
export { en };

/** Every other language the kit ships, by primary language subtag. */
export const translations: Readonly<Record<string, LocaleText>> = { es };
