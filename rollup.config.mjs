import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCss } from './scripts/minify-css.mjs';
import { ALL_IN_FILE, PAGE_FILES, shippedContent } from './scripts/page-files.mjs';
import { resolvedTranslations } from './scripts/resolved-translations.mjs';

/** The css`…` templates of our own sources, shrunk (scripts/minify-css.mjs). */
function minifyCssTemplates() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      const minified = minifyCss(code);
      return minified === code ? null : { code: minified, map: null };
    },
  };
}

/**
 * The scripts partners add: `dist/recovery-widgets.js`, the all-in file (every language and
 * substance), and one small file per language and substance family, `dist/<language>/<family>.js`
 * (scripts/page-files.mjs). Each is an IIFE with Lit inside. An IIFE runs the same as a classic,
 * defer, async or module script, and from file:// too. (Per-widget ES modules and type declarations
 * for npm users are emitted by `tsc -p tsconfig.build.json`.)
 */
const script = (file, content) => ({
  input: 'src/index.ts',
  // Content is data only (ARCHITECTURE.md): a content module whose exports a file does not use is
  // left out whole, even where it builds its packs with function calls (families/opioid.ts).
  treeshake: { moduleSideEffects: (id) => !id.includes('/src/content/') },
  output: {
    file: `dist/${file}`,
    format: 'iife',
    name: 'RecoveryWidgets',
  },
  plugins: [
    resolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/**/*.ts'],
      compilerOptions: { noEmit: false, declaration: false, types: [] },
    }),
    // After TypeScript, which compiles from the files on disk and ignores earlier transforms.
    ...(content ? [shippedContent(content)] : []),
    // A file in another language than English carries no English (scripts/resolved-translations.mjs).
    ...(content && content.language !== 'en' ? [resolvedTranslations(content)] : []),
    minifyCssTemplates(),
    // No `module: true`: it would drop the IIFE's global.
    terser({ ecma: 2021, format: { comments: false } }),
  ],
});

export default [script(ALL_IN_FILE), ...PAGE_FILES.map(({ file, language, family }) => script(file, { language, family }))];
