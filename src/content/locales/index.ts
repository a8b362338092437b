import type { Pack, Translation, YesNoScreen } from '../types.js';
import { en, type UiStrings } from './en.js';
import { esUi } from './es/ui.js';

/** Everything one language translates: the UI strings, each pack's text, each instrument's text. */
export interface LocaleText {
  ui: Translation<UiStrings>;
  packs: Readonly<Record<string, Translation<Pack>>>;
  instruments: Readonly<Record<string, Translation<YesNoScreen>>>;
}

/** English is the kit's own language: the packs and instruments are written in it. */
export { en };

/**
 * The UI strings of every other language the kit ships, by primary language subtag. Kept apart
 * from the packs' translations (content/translations.ts) so that a widget without a pack (the help
 * banner) carries only these.
 */
export const uiTranslations: Readonly<Record<string, Translation<UiStrings>>> = { es: esUi };
