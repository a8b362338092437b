import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyCss } from './scripts/minify-css.mjs';

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
 * The one script: `dist/recovery-widgets.js`, an IIFE with Lit inside. An IIFE runs the same as a
 * classic, defer, async or module script, and from file:// too. (Per-widget ES modules and type
 * declarations for npm users are emitted by `tsc -p tsconfig.build.json`.)
 */
export default {
  input: 'src/index.ts',
  output: {
    file: 'dist/recovery-widgets.js',
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
    minifyCssTemplates(),
    // No `module: true`: it would drop the IIFE's global.
    terser({ ecma: 2021, format: { comments: false } }),
  ],
};
