import { SHIPS_ALCOHOL, SHIPS_BENZODIAZEPINES, SHIPS_OPIOIDS } from '../shipped.js';
import type { Family } from '../types.js';

/** Every value of the `substance` attribute the kit knows, in any build. */
export type PackId = 'clonazepam' | 'alprazolam' | 'alcohol' | 'opioids' | 'fentanyl' | 'heroin' | 'oxycodone';

/**
 * The values of the `substance` attribute this build has packs for, apart from the packs
 * themselves, so that a widget that needs no pack (the help banner) can check the attribute
 * without carrying every pack. A per-page file lists only its family's substances, so a page that
 * names another one hears a warning instead of silently reading the wrong family.
 */
export const PACK_IDS: readonly PackId[] = [
  ...(SHIPS_BENZODIAZEPINES ? (['clonazepam', 'alprazolam'] as const) : []),
  ...(SHIPS_ALCOHOL ? (['alcohol'] as const) : []),
  ...(SHIPS_OPIOIDS ? (['opioids', 'fentanyl', 'heroin', 'oxycodone'] as const) : []),
];

export const DEFAULT_PACK_ID: PackId = SHIPS_BENZODIAZEPINES ? 'clonazepam' : PACK_IDS[0];

/**
 * The family of each substance: its per-page file is `dist/<language>/<family>.js`
 * (scripts/page-files.mjs), which the snippet builder and the prerender command name. Names within
 * the opioid family (fentanyl, heroin, oxycodone) show the family's text, plus the facts the notes
 * give for each.
 */
export const FAMILY_OF: Readonly<Record<PackId, Family>> = {
  clonazepam: 'benzodiazepine',
  alprazolam: 'benzodiazepine',
  alcohol: 'alcohol',
  opioids: 'opioid',
  fentanyl: 'opioid',
  heroin: 'opioid',
  oxycodone: 'opioid',
};
