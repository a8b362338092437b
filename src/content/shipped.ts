/**
 * What a build ships. `'all'` here: the all-in file (`dist/recovery-widgets.js`) and the npm modules
 * carry every language and every substance family. Each per-page file (`dist/<language>/<family>.js`,
 * see `scripts/page-files.mjs`) is built with this module replaced by one naming a single language and
 * family; the registries that import these constants (`packs/index.ts`, `packs/ids.ts`,
 * `locales/index.ts`, `translations.ts`, `locales/es/index.ts`) then keep only that content, and
 * Rollup drops the rest. Each guard is a literal comparison, which Rollup evaluates at build time.
 * A per-page file in another language than English has its content translated when it is built
 * (`scripts/resolved-translations.mjs`): it carries that language's text and no English.
 */
export const LANGUAGE: string = 'all';
export const FAMILY: string = 'all';

/**
 * Whether this build carries English and every translation, and translates in the browser (the
 * all-in file, the npm modules). A per-page file carries one language only, and every widget shows
 * it: English, or a translation resolved at build time into the modules that hold English elsewhere.
 */
export const TRANSLATES_IN_BROWSER = LANGUAGE === 'all';

/** Whether this build ships each substance family's packs. */
export const SHIPS_BENZODIAZEPINES = FAMILY === 'all' || FAMILY === 'benzodiazepine';
export const SHIPS_ALCOHOL = FAMILY === 'all' || FAMILY === 'alcohol';
export const SHIPS_OPIOIDS = FAMILY === 'all' || FAMILY === 'opioid';
