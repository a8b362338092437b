import { alcohol } from '../families/alcohol.js';
import { fentanyl, heroin, oxycodone, opioids } from '../families/opioid.js';
import type { Pack } from '../types.js';
import { alprazolam } from './alprazolam.js';
import { clonazepam } from './clonazepam.js';
import type { PackId } from './ids.js';

/**
 * Every pack the kit ships, by the `substance` attribute value that selects it. Each family's
 * content is in its own modules (packs/benzodiazepine.ts, families/alcohol.ts, families/opioid.ts,
 * and their Spanish in locales/es/), so a build for one family can leave the others out.
 * Fentanyl, heroin and oxycodone are names within the opioid family: its text, plus what the
 * notes give for each (families/opioid.ts).
 */
export const packs: Readonly<Record<PackId, Pack>> = {
  clonazepam,
  alprazolam,
  alcohol,
  opioids,
  fentanyl,
  heroin,
  oxycodone,
};

export const defaultPack: Pack = clonazepam;
