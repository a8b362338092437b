import { FAMILY } from '../shipped.js';

/** Whether this build ships the benzodiazepine packs (see `../shipped.ts`). */
const BENZODIAZEPINES = FAMILY === 'all' || FAMILY === 'benzodiazepine';

/** Every value of the `substance` attribute the kit knows, in any build. */
export type PackId = 'clonazepam' | 'alprazolam';

/**
 * The values of the `substance` attribute this build has packs for, apart from the packs
 * themselves, so that a widget that needs no pack (the help banner) can check the attribute
 * without carrying every pack. A per-page file lists only its family's substances, so a page that
 * names another one hears a warning instead of silently reading the wrong family.
 */
export const PACK_IDS: readonly PackId[] = [...(BENZODIAZEPINES ? (['clonazepam', 'alprazolam'] as const) : [])];

/**
 * The substance family of each pack: its per-page file is `dist/<language>/<family>.js`
 * (scripts/page-files.mjs), which the snippet builder and the prerender command name.
 */
export const FAMILY_OF: Readonly<Record<PackId, string>> = { clonazepam: 'benzodiazepine', alprazolam: 'benzodiazepine' };

export const DEFAULT_PACK_ID: PackId = BENZODIAZEPINES ? 'clonazepam' : PACK_IDS[0];
