// Shrinks the text of css`…` templates without interpolations: drops comments and the white space
// that indentation and line breaks add. Spaces inside values (calc(a + b), selectors) are kept.
// Used by the one-script build (rollup.config.mjs) and, after `tsc`, on the per-widget modules in
// dist/esm, which an npm user's bundler would otherwise ship as written.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function minifyCss(code) {
  return code.replace(/css\s*`([^`$]*)`/g, (_, text) => {
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
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const minified = minifyCss(code);
    if (minified !== code) writeFileSync(file, minified);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) minifyCssIn(process.argv[2] ?? 'dist/esm');
