/**
 * The values of the `substance` attribute, apart from the packs themselves, so that a widget that
 * needs no pack (the help banner) can check the attribute without carrying every pack.
 */
export const PACK_IDS = ['clonazepam', 'alprazolam'] as const;

export type PackId = (typeof PACK_IDS)[number];

export const DEFAULT_PACK_ID: PackId = 'clonazepam';
