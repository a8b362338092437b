// A test-runner plugin for test/react.test.ts: serves React and react-dom/client to the browser as
// ES modules. Both packages are CommonJS, which the runner's node resolution would serve as is, so
// this bundles their production builds once, on the first request (with @rollup/plugin-commonjs,
// as bench/rollup.peers.mjs does), and answers `from 'react'` and `from 'react-dom/client'` with
// that bundle. One shared chunk holds React, so both entries use the same copy.
import commonjs from '@rollup/plugin-commonjs';
import { rollup } from 'rollup';
import { fileURLToPath } from 'node:url';

const PREFIX = '/__react/';
/** Bare import → the bundle's file for it. */
const ENTRIES = { react: 'react.js', 'react-dom/client': 'react-dom-client.js' };
/**
 * Each package's production build, named directly: the packages' own entry files choose a build
 * at run time with `process.env.NODE_ENV`, and a bundle of such a file exports only a default.
 */
const PRODUCTION = {
  react: 'react/cjs/react.production.js',
  'react-dom': 'react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.production.js',
  scheduler: 'scheduler/cjs/scheduler.production.js',
};

async function bundle() {
  const build = await rollup({
    input: Object.fromEntries(Object.entries(ENTRIES).map(([id, file]) => [file.replace(/\.js$/, ''), id])),
    plugins: [
      {
        name: 'react-production',
        resolveId: (id) => (PRODUCTION[id] ? fileURLToPath(new URL(`../node_modules/${PRODUCTION[id]}`, import.meta.url)) : null),
      },
      commonjs({ strictRequires: false }),
    ],
  });
  const { output } = await build.generate({ format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name].js' });
  await build.close();
  return new Map(output.map((file) => [file.fileName, file.code]));
}

export function reactForTests() {
  let files;
  return {
    name: 'react-for-tests',
    resolveImport({ source }) {
      return ENTRIES[source] ? PREFIX + ENTRIES[source] : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const code = (await files).get(context.path.slice(PREFIX.length));
      return code == null ? undefined : { body: code, type: 'js' };
    },
  };
}
