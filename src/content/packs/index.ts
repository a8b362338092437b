import { FAMILY } from '../shipped.js';
import type { Pack } from '../types.js';
import { alprazolam } from './alprazolam.js';
import { clonazepam } from './clonazepam.js';
import { DEFAULT_PACK_ID, type PackId } from './ids.js';

/** Whether this build ships the benzodiazepine packs (see `../shipped.ts`). */
const BENZODIAZEPINES = FAMILY === 'all' || FAMILY === 'benzodiazepine';

/** Every pack this build ships, by the `substance` attribute value that selects it. */
export const packs: Readonly<Partial<Record<PackId, Pack>>> = { ...(BENZODIAZEPINES ? { clonazepam, alprazolam } : {}) };

export const defaultPack: Pack = packs[DEFAULT_PACK_ID] as Pack;
