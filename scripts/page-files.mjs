// The per-page files: one script per language and substance family, so a page carries only the
// text it shows. Built by rollup.config.mjs beside the all-in file, hashed by scripts/integrity.mjs,
// budgeted by scripts/budgets.mjs, and offered by the snippet builder (demo/builder.js).
//
// A family joins the matrix by adding its id to FAMILIES, and a `SHIPS_<FAMILY>` guard in
// src/content/shipped.ts around its packs where they are registered.

/** The languages the kit ships. A file in another language carries no English: its translations are resolved when it is built (scripts/resolved-translations.mjs). */
export const LANGUAGES = ['en', 'es'];

/** The substance families the kit ships, by the id `src/content/shipped.ts`'s guards name. */
export const FAMILIES = ['benzodiazepine', 'alcohol', 'opioid'];

/** Every per-page file: `{ language, family, file }`, `file` relative to dist/. */
export const PAGE_FILES = LANGUAGES.flatMap((language) => FAMILIES.map((family) => ({ language, family, file: `${language}/${family}.js` })));

/** The all-in file, for pages that switch languages or substances. */
export const ALL_IN_FILE = 'recovery-widgets.js';

/**
 * A Rollup plugin that builds src/content/shipped.ts as naming one language and one family, so the
 * registries that read it keep only that content and Rollup leaves the rest out of the bundle.
 */
export function shippedContent({ language, family }) {
  return {
    name: 'shipped-content',
    // After @rollup/plugin-typescript (which compiles from the files on disk), so on its JavaScript.
    transform(code, id) {
      if (!id.endsWith('/src/content/shipped.ts')) return null;
      const replaced = code
        .replace(/(export const LANGUAGE(?:: string)? = )'[^']*'/, `$1${JSON.stringify(language)}`)
        .replace(/(export const FAMILY(?:: string)? = )'[^']*'/, `$1${JSON.stringify(family)}`);
      if (!replaced.includes(JSON.stringify(language)) || !replaced.includes(JSON.stringify(family))) {
        throw new Error('src/content/shipped.ts no longer declares `LANGUAGE` and `FAMILY` as this plugin expects');
      }
      return { code: replaced, map: null };
    },
  };
}
