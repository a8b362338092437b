import { cageAid } from '../content/instruments/cage-aid.js';
import { defaultPack, packs } from '../content/packs/index.js';
import { translations } from '../content/translations.js';
import type { Pack, YesNoScreen } from '../content/types.js';
import { inLanguage } from './i18n.js';

/*
 * Content in the reader's language, for the widgets that show a pack or an instrument. Kept out of
 * the base class, so that the help banner, which needs neither, does not carry them.
 */

/** Everything `language` translates, if the kit has it. */
const translationsIn = (language: string) => (Object.hasOwn(translations, language) ? translations[language] : undefined);

/** The pack for `substance` in `language`; the default pack when `substance` is not known. */
export function packIn(substance: string | undefined, language: string): Pack {
  const pack = (substance != null && Object.hasOwn(packs, substance) ? packs[substance as keyof typeof packs] : undefined) ?? defaultPack;
  return inLanguage(`pack ${pack.id}`, language, pack, () => translationsIn(language)?.packs[pack.id]);
}

/** The CAGE-AID screen in `language`. */
export const cageAidIn = (language: string): YesNoScreen =>
  inLanguage('cage-aid', language, cageAid, () => translationsIn(language)?.instruments[cageAid.id]);
