// `npm run bench`: the kit's standing measurements, printed and written to bench/results/latest.json.
// Bundle sizes; the layout shift the widgets cost the demo pages (cls.mjs); runtime of our trio
// against minimal vanilla, Lit and React 19 peers, as ratios (runtime.mjs); and Lighthouse on the
// demo blog and clinic pages in every embedding mode, against the page without the kit
// (lighthouse.mjs; `npm run bench:lighthouse` runs that part alone). Expects `npm run build` and the peers'
// build (`rollup -c bench/rollup.peers.mjs`) to have run: `npm run bench` does both first.
// BENCH_RUNS sets the loads per figure of runtime.mjs (default 7), BENCH_CLS_RUNS those of cls.mjs
// (default 1), LIGHTHOUSE_RUNS the Lighthouse runs per variant (default 5).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { sizes } from '../scripts/size.mjs';
import { measureCls } from './cls.mjs';
import { measureLighthouse, printLighthouse } from './lighthouse.mjs';
import { IMPLEMENTATIONS, measureRuntime, printRuntime, ratio } from './runtime.mjs';

const started = Date.now();
const took = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

const files = ['dist/recovery-widgets.js', ...readdirSync('dist/esm').filter((f) => f.endsWith('.js')).map((f) => `dist/esm/${f}`)];
const size = files.map(sizes);
console.log('Size (bytes)');
console.table(size);

const scripts = IMPLEMENTATIONS.map((impl) => ({ implementation: impl.name, ...sizes(impl.script) }));
const ours = scripts[0];
console.log('The scripts compared below (bytes), and ours / each');
console.table(
  scripts.map((script) => ({
    ...script,
    'ours/it (gzip)': ratio(ours.gzip, script.gzip),
  })),
);

let since = Date.now();
const cls = await measureCls();
console.log(`Cumulative layout shift, median of ${cls[0].runs.length} loads: as documented (plain script in <head>) and with defer (${took(since)})`);
console.table(cls.map(({ page, loading, viewport, cls: value }) => ({ page, loading, viewport, cls: value })));

since = Date.now();
const runtime = await measureRuntime();
const runs = runtime[0].runs.ours.length;
console.log(`Runtime in headless Chromium, 390 × 844, our trio and three minimal peers (bench/peers/), ratios ours / peer (${took(since)})`);
printRuntime(runtime, runs);

since = Date.now();
const lighthouse = await measureLighthouse();
printLighthouse(lighthouse);
console.log(`(Lighthouse: ${took(since)})`);

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/latest.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
      size,
      scripts,
      cls,
      runtime,
      lighthouse,
    },
    null,
    2,
  ),
);
console.log(`Written to bench/results/latest.json (measurements took ${took(started)})`);
