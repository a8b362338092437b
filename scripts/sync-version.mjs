// package.json's `version` is the one source of the kit's version. This writes it into
// src/internal/version.ts (the VERSION the elements carry, see internal/define.ts).
// `npm version <patch|minor|major>` runs it through the `version` script; a test in
// test/define.test.ts fails if the two ever differ.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/internal/version.ts', import.meta.url);
const source = `/** The kit's version, written from package.json by scripts/sync-version.mjs; a test keeps them equal. */
export const VERSION = '${version}';
`;
if (readFileSync(file, 'utf8') !== source) {
  writeFileSync(file, source);
  console.log(`src/internal/version.ts: VERSION = '${version}'`);
}
