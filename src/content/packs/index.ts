import type { Pack } from '../types.js';
import { alprazolam } from './alprazolam.js';
import { clonazepam } from './clonazepam.js';
import type { PackId } from './ids.js';

/** Every pack the kit ships, by the `substance` attribute value that selects it. */
export const packs: Readonly<Record<PackId, Pack>> = { clonazepam, alprazolam };

export const defaultPack: Pack = clonazepam;
