// Builds the bench's three peer trios (bench/peers/{vanilla,lit,react}/index.js) into minified classic
// scripts (IIFE) in bench/.build/, the same shape as the kit's dist/recovery-widgets.js: resolved for
// the browser, React in its production build, terser with the kit's settings.
// `npm run bench` runs it: `rollup -c bench/rollup.peers.mjs`.
import commonjs from '@rollup/plugin-commonjs';
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

export const PEERS = ['vanilla', 'lit', 'react'];

export default PEERS.map((peer) => ({
  input: `bench/peers/${peer}/index.js`,
  output: { file: `bench/.build/${peer}.js`, format: 'iife' },
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    resolve({ browser: true }),
    commonjs(),
    // As for the kit: no `module: true`.
    terser({ ecma: 2021, format: { comments: false } }),
  ],
}));
