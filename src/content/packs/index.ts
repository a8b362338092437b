import type { Pack } from '../types.js';
import { alprazolam } from './alprazolam.js';
import { clonazepam } from './clonazepam.js';

/** Every pack the kit ships, by the `substance` attribute value that selects it. */
export const packs: Readonly<Record<string, Pack>> = { clonazepam, alprazolam };

export const defaultPack: Pack = clonazepam;
