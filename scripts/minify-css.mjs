// Shrinks the text of css`…` templates without interpolations: drops comments and the white space
// that indentation and line breaks add. Spaces inside values (calc(a + b), selectors) are kept.
// Used by the one-script build (rollup.config.mjs) and, after `tsc`, on the per-widget modules in
// dist/esm, which an npm user's bundler would otherwise ship as written.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A css`…` tagged template without interpolations: the tag `css` right after `=`, `(`, `[` or `,`
 * (so `css` written in a comment or a string is left alone).
 */
const CSS_TEMPLATE = /(?<=[=(\[,]\s*)css\s*`([^`$]*)`/g;

export function minifyCss(code) {
  return code.replace(CSS_TEMPLATE, (_, text) => {
    const css = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${css}\``;
  });
}

/** Rewrites every .js file under `dir` with its css`…` templates shrunk. */
export function minifyCssIn(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    // `parentPath` from Node 20.12; `path` before it.
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const code = readFileSync(file, 'utf8');
    const minified = minifyCss(code);
    if (minified === code) continue;
    writeFileSync(file, minified);
    // The shrunk file must still be valid JavaScript.
    execFileSync(process.execPath, ['--check', file]);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) minifyCssIn(process.argv[2] ?? 'dist/esm');
