// `npm run bench`: the kit's standing measurements, printed and written to bench/results/latest.json.
// For now: bundle sizes and the layout shift the widgets cost the demo pages.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { sizes } from '../scripts/size.mjs';
import { measureCls } from './cls.mjs';

const files = ['dist/recovery-widgets.js', ...readdirSync('dist/esm').filter((f) => f.endsWith('.js')).map((f) => `dist/esm/${f}`)];
const size = files.map(sizes);
console.log('Size (bytes)');
console.table(size);

const cls = await measureCls();
console.log('Cumulative layout shift, median of 5 loads: as documented (plain script in <head>) and with defer');
console.table(cls.map(({ page, loading, viewport, cls: value }) => ({ page, loading, viewport, cls: value })));

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify({ date: new Date().toISOString(), machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version }, size, cls }, null, 2),
);
console.log('Written to bench/results/latest.json');
