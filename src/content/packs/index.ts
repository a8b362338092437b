import { alcohol } from '../families/alcohol.js';
import { fentanyl, heroin, oxycodone, opioids } from '../families/opioid.js';
import { SHIPS_ALCOHOL, SHIPS_BENZODIAZEPINES, SHIPS_OPIOIDS } from '../shipped.js';
import type { Pack } from '../types.js';
import { alprazolam } from './alprazolam.js';
import { clonazepam } from './clonazepam.js';
import { DEFAULT_PACK_ID, type PackId } from './ids.js';

/**
 * Every pack this build ships, by the `substance` attribute value that selects it. Each family's
 * content is in its own modules (packs/benzodiazepine.ts, families/alcohol.ts, families/opioid.ts,
 * and their Spanish in locales/es/), so a per-page file for one family leaves the others out
 * (see ../shipped.ts). Fentanyl, heroin and oxycodone are names within the opioid family: its text,
 * plus what the notes give for each (families/opioid.ts).
 */
export const packs: Readonly<Partial<Record<PackId, Pack>>> = {
  ...(SHIPS_BENZODIAZEPINES ? { clonazepam, alprazolam } : {}),
  ...(SHIPS_ALCOHOL ? { alcohol } : {}),
  ...(SHIPS_OPIOIDS ? { opioids, fentanyl, heroin, oxycodone } : {}),
};

export const defaultPack: Pack = packs[DEFAULT_PACK_ID] as Pack;
