import { readFileSync } from 'node:fs';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * `dist/embed.html` and `dist/embed.js`: one widget in a page of its own, for an <iframe> (see
 * src/embed/embed.ts). The page loads `recovery-widgets.js` from the same folder, then embed.js.
 */
export default {
  input: 'src/embed/embed.ts',
  output: { dir: 'dist', entryFileNames: 'embed.js', format: 'iife' },
  plugins: [
    typescript({
      tsconfig: './tsconfig.json',
      include: ['src/embed/*.ts', 'src/internal/widgets.ts'],
      compilerOptions: { noEmit: false, declaration: false, types: [] },
    }),
    {
      name: 'embed-html',
      buildStart() {
        this.addWatchFile('src/embed/embed.html');
      },
      generateBundle() {
        this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
      },
    },
    terser({ ecma: 2021, format: { comments: false } }),
  ],
};
