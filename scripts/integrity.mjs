// Subresource Integrity for the scripts partners add: prints the sha384 hash of the all-in file,
// dist/recovery-widgets.js, and of each per-page file, dist/<language>/<family>.js
// (scripts/page-files.mjs), and writes dist/integrity.json,
// `{"version":"0.2.0","files":{"recovery-widgets.js":"sha384-…","en/benzodiazepine.js":"sha384-…",…}}`,
// for partners' `<script integrity="…" crossorigin="anonymous">` (the snippet builder reads it).
// `npm run build` runs it last, after everything that writes the file. Imported, it only gives `sri`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ALL_IN_FILE, PAGE_FILES } from './page-files.mjs';

const FILES = [ALL_IN_FILE, ...PAGE_FILES.map(({ file }) => file)];

/** `sha384-…`: the value of an `integrity` attribute for these bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const files = Object.fromEntries(FILES.map((file) => [file, sri(readFileSync(new URL(`../dist/${file}`, import.meta.url)))]));
  writeFileSync(new URL('../dist/integrity.json', import.meta.url), `${JSON.stringify({ version, files })}\n`);
  for (const [file, hash] of Object.entries(files)) console.log(`Subresource Integrity of dist/${file} (${version}): ${hash}`);
}
