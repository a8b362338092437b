// Prints min, gzip (-9) and brotli (11) bytes of every built script. Run after `npm run build`.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Brotli (quality 11) bytes, as a CDN would serve them. */
export const brotliSize = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function sizes(file) {
  const bytes = readFileSync(file);
  return { file, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliSize(bytes) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = ['dist/recovery-widgets.js', ...readdirSync('dist/esm').filter((f) => f.endsWith('.js')).map((f) => `dist/esm/${f}`)];
  console.table(files.map(sizes));
}
