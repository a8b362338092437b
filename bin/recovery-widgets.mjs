#!/usr/bin/env node
// `npx recovery-widgets prerender <files…>`: prerenders the <rw-*> tags of HTML files in place
// (prerender/index.mjs), for static site generators: run it on the built pages. Prints, per file,
// what it prerendered, what it left for the script, and the script file the page needs; at the
// end, what a strict Content-Security-Policy's style-src must allow for the inline styles.
import { readFileSync, writeFileSync } from 'node:fs';

const USAGE = `Usage: npx recovery-widgets prerender [--first N] <file.html>…

Writes each widget's rendered markup (declarative shadow DOM) into the files, in place, so the
widgets paint with the page. Keep the kit's script on the page, async: it makes them interactive.
--first N: only the first N widgets of each page (those in its first screen); the script draws
the others without shifting what readers see, and the HTML stays smaller.`;

const [command, ...rest] = process.argv.slice(2);
const at = rest.indexOf('--first');
const first = at >= 0 ? Number(rest[at + 1]) : Infinity;
const files = at >= 0 ? rest.filter((_, i) => i !== at && i !== at + 1) : rest;
if (!(first >= 0)) {
  console.error(`--first needs a number of widgets.\n${USAGE}`);
  process.exit(1);
}
if (command !== 'prerender' || files.length === 0 || files.includes('--help')) {
  console.error(USAGE);
  process.exit(command === 'prerender' || command === '--help' ? 0 : 1);
}

const { prerenderHtml } = await import('../prerender/index.mjs');
const hashes = new Set();
let failed = false;
for (const file of files) {
  try {
    const result = await prerenderHtml(readFileSync(file, 'utf8'), { first });
    if (result.prerendered > 0) writeFileSync(file, result.html);
    result.styleHashes.forEach((hash) => hashes.add(hash));
    const script = result.scriptFile ? `; its script: ${result.scriptFile}` : '';
    console.log(`${file}: ${result.prerendered} widget${result.prerendered === 1 ? '' : 's'} prerendered${script}`);
    for (const { tag, reason } of result.skipped) console.log(`  <${tag}> left for the script: ${reason}`);
  } catch (error) {
    failed = true;
    console.error(`${file}: not prerendered: ${error.message}`);
  }
}
if (hashes.size) console.log(`For a Content-Security-Policy without 'unsafe-inline': style-src 'self' ${[...hashes].join(' ')}`);
if (failed) process.exit(1);
