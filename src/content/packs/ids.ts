import type { Family } from '../types.js';

/**
 * The values of the `substance` attribute, apart from the packs themselves, so that a widget that
 * needs no pack (the help banner) can check the attribute without carrying every pack.
 */
export const PACK_IDS = ['clonazepam', 'alprazolam', 'alcohol', 'opioids', 'fentanyl', 'heroin', 'oxycodone'] as const;

export type PackId = (typeof PACK_IDS)[number];

export const DEFAULT_PACK_ID: PackId = 'clonazepam';

/**
 * The family of each substance. Names within the opioid family (fentanyl, heroin, oxycodone) show
 * the family's text, plus the facts the notes give for each.
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
