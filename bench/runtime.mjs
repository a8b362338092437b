// Runtime of the kit's trio (rw-help-banner, rw-symptom-checklist, rw-treatment-timeline) against the
// same three widgets written minimally as vanilla custom elements, Lit and React 19 (bench/peers/),
// in headless Debian Chromium driven by puppeteer-core.
//
// Pages: N = 1 and N = 50 copies of the trio, each element with the documented fallback link inside,
// and the implementation's one script as a plain classic <script> in <head> (the kit's documented
// snippet). Served by a tiny node:http server on port 8790, with no caching; every load starts in a
// new renderer process (cold code caches and heap; see openTab), at a 390 × 844
// viewport, at normal speed and with 4× CPU throttling (Emulation.setCPUThrottlingRate, from the
// heap baseline to the last figure).
//
// Each load measures:
// - renderedMs: from the script's start (the Resource Timing `responseEnd` of the script: a
//   parser-blocking script starts running as its last byte arrives) to the moment every one of the
//   N × 3 elements has a shadow root holding its call link (a tel: link). A hook installed before the
//   page's first byte wraps attachShadow and watches each shadow root with a MutationObserver, so
//   the moment is caught in the microtask after the DOM change, whatever the implementation.
// - longTasks, tbtMs: PerformanceObserver 'longtask' entries (buffered) that start before all
//   rendered + 0.5 s; TBT is the sum of each one's time over 50 ms.
// - cls: PerformanceObserver 'layout-shift' (no recent input) up to all rendered + 0.5 s.
// - heapKB: JS heap growth, Runtime.getHeapUsage after HeapProfiler.collectGarbage, taken once
//   while the parser waits for the script (the server holds the script's response until the
//   baseline is read) and again 0.5 s after all rendered.
// - nodes: DOM nodes (Memory.getDOMCounters) after that forced GC.
// - mainMs: main-thread task time (Performance.getMetrics TaskDuration, which counts whole tasks,
//   microtask rendering, style and layout included, unlike ScriptDuration) from the baseline to all
//   rendered + 0.5 s, or to the load event if that comes later. Checked once against a performance
//   trace (the union of the renderer main thread's RunTask events) for ours and Lit at N = 50:
//   within 3–10 %, without a trace's cost.
//
// Loads are interleaved: every round measures each (N, throttle) for every implementation, in an
// order rotated each round. Figures are medians of RUNS rounds (7, or BENCH_RUNS).
// `node bench/runtime.mjs` after `npm run build` and `rollup -c bench/rollup.peers.mjs`.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { launchChromium } from '../scripts/demo-server.mjs';

export const PORT = 8790;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [1, 50];
const THROTTLES = [1, 4];
const VIEWPORT = { width: 390, height: 844 };
/** Give up on a load that has not rendered in this time. */
const TIMEOUT_MS = 30_000;

/** Our kit first; each peer has its own tag prefix so no two can collide. */
export const IMPLEMENTATIONS = [
  { name: 'ours', prefix: 'rw', script: 'dist/recovery-widgets.js' },
  { name: 'vanilla', prefix: 'vanilla', script: 'bench/.build/vanilla.js' },
  { name: 'lit', prefix: 'lit', script: 'bench/.build/lit.js' },
  { name: 'react', prefix: 'react', script: 'bench/.build/react.js' },
];

const FALLBACK = '<a href="tel:+18443187500">Call (844) 318-7500</a>';

/** A plain article page with N trios of `prefix`'s elements and its script in <head>. */
function testPage(impl, n, run) {
  const sections = Array.from({ length: n }, (_, i) => `
  <h2>Section ${i + 1}</h2>
  <p>A paragraph of the host page's own text before the widgets, long enough to wrap on a phone screen, as an article would have.</p>
  <${impl.prefix}-help-banner>${FALLBACK}</${impl.prefix}-help-banner>
  <${impl.prefix}-symptom-checklist><p>${FALLBACK}</p></${impl.prefix}-symptom-checklist>
  <${impl.prefix}-treatment-timeline><p>${FALLBACK}</p></${impl.prefix}-treatment-timeline>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Runtime bench: ${impl.name}, ${n} × 3 widgets</title>
  <link rel="icon" href="data:,">
  <script src="/script/${impl.name}.js?run=${run}"></script>
</head>
<body style="margin: 0; font: 16px/1.5 system-ui, sans-serif">
<main style="max-width: 40em; margin: 0 auto; padding: 1em">${sections}
</main>
</body>
</html>
`;
}

/**
 * Serves the test pages and scripts. A script request waits at its run's gate (if any) until the
 * runner has read the heap baseline, then gets the whole file at once.
 */
export function startServer() {
  const scripts = new Map(IMPLEMENTATIONS.map((impl) => [impl.name, readFileSync(impl.script)]));
  const byName = new Map(IMPLEMENTATIONS.map((impl) => [impl.name, impl]));
  const gates = new Map();
  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url, `http://localhost:${PORT}`);
    const run = url.searchParams.get('run') ?? '';
    const headers = { 'Cache-Control': 'no-store' };
    const page = url.pathname.match(/^\/page\/(\w+)\/(\d+)$/);
    const script = url.pathname.match(/^\/script\/(\w+)\.js$/);
    if (page && byName.has(page[1])) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      response.end(testPage(byName.get(page[1]), Number(page[2]), run));
    } else if (script && scripts.has(script[1])) {
      const gate = gates.get(run);
      if (gate) {
        gate.arrived();
        await gate.released;
        gates.delete(run);
      }
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(scripts.get(script[1]));
    } else {
      response.writeHead(404, headers);
      response.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(PORT, '127.0.0.1', () =>
      resolve({
        /** Holds run's script until `release()`; `arrived` resolves when the browser asks for it. */
        gate(id) {
          const gate = {};
          const arrived = new Promise((resolve) => (gate.arrived = resolve));
          gate.released = new Promise((resolve) => (gate.release = resolve));
          gates.set(id, gate);
          return { arrived, release: gate.release };
        },
        stop: () => new Promise((resolve) => server.close(resolve)),
      }),
    );
  });
}

/**
 * Installed before each document's first byte: records render completion (all `expected` widgets,
 * from the page's address), long tasks and layout shifts.
 */
function pageHook() {
  const expected = Number(new URLSearchParams(location.search).get('expected'));
  if (!expected) return;
  const bench = (window.__bench = { rendered: 0, done: 0, longTasks: [], shifts: [] });
  const seen = new WeakSet();
  const check = (root) => {
    if (seen.has(root) || !root.querySelector('a[href^="tel:"]')) return;
    seen.add(root);
    if (++bench.rendered === expected) {
      bench.done = performance.now();
      window.__benchDone(bench.done);
    }
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    new MutationObserver(() => check(root)).observe(root, { childList: true, subtree: true });
    return root;
  };
  // Kept on window.__bench: pageResults records what the observers still hold the same way.
  bench.record = (entries) => {
    for (const entry of entries) {
      if (entry.entryType === 'longtask') bench.longTasks.push([entry.startTime, entry.duration]);
      else if (!entry.hadRecentInput) bench.shifts.push([entry.startTime, entry.value]);
    }
  };
  bench.observers = ['longtask', 'layout-shift'].map((type) => {
    const observer = new PerformanceObserver((list) => bench.record(list.getEntries()));
    observer.observe({ type, buffered: true });
    return observer;
  });
}

/** What the page recorded, up to `until` (ms since navigation start). */
function pageResults(until) {
  const bench = window.__bench;
  for (const observer of bench.observers) bench.record(observer.takeRecords());
  const script = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/script/'));
  const tasks = bench.longTasks.filter(([start]) => start < until);
  return {
    start: script.responseEnd,
    done: bench.done,
    longTasks: tasks.length,
    tbt: tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    cls: bench.shifts.filter(([start]) => start < until).reduce((sum, [, value]) => sum + value, 0),
  };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let runCounter = 0;

/** How long after all rendered long tasks and layout shifts still count. */
const TAIL_MS = 500;

/**
 * One implementation's tab, in its own browser context, reused for all its loads. Each load is a
 * cross-site navigation (the host alternates between localhost and 127.0.0.1), so with site
 * isolation each one starts in a new renderer process: cold code caches and heap, as a new tab
 * would, without the half second that opening a new tab costs.
 */
async function openTab(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const tab = { page, cdp: await page.createCDPSession(), loads: 0, renderedAt: () => {} };
  await page.exposeFunction('__benchDone', (done) => tab.renderedAt(done));
  await page.evaluateOnNewDocument(pageHook);
  return tab;
}

/**
 * One load of `impl`'s page with `n` trios at CPU throttle `rate`, in `impl`'s tab (openTab); see
 * the header for the figures. The CPU is throttled only from the heap baseline to the last figure,
 * so the forced garbage collections around it do not run 4× slower.
 */
export async function measureOnce(tab, server, impl, n, rate, { warmUp = false } = {}) {
  const { page, cdp } = tab;
  // The tab in front, as a reader's would be: a tab in the background gets no animation frames.
  await page.bringToFront();
  const rendered = new Promise((resolve, reject) => {
    tab.renderedAt = resolve;
    setTimeout(() => reject(new Error(`${impl.name} × ${n} (throttle ${rate}): not rendered in ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref();
  });
  const run = String(++runCounter);
  const host = tab.loads++ % 2 ? '127.0.0.1' : 'localhost';
  const gate = server.gate(run);
  const loaded = page.goto(`http://${host}:${PORT}/page/${impl.name}/${n}?run=${run}&expected=${n * 3}`, {
    waitUntil: 'load',
    timeout: TIMEOUT_MS,
  });
  loaded.catch(() => {}); // awaited below; a failure surfaces there
  await gate.arrived;
  await cdp.send('HeapProfiler.collectGarbage');
  const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  if (rate > 1) await page.emulateCPUThrottling(rate);
  const taskBefore = (await page.metrics()).TaskDuration;
  gate.release();

  try {
    const done = await rendered;
    if (warmUp) return null;
    // Long tasks that start up to TAIL_MS after all rendered: wait that long, then read.
    const now = await page.evaluate(() => performance.now());
    await sleep(Math.max(0, done + TAIL_MS - now) + 20);
    const figures = await page.evaluate(pageResults, done + TAIL_MS);
    await loaded;
    const taskAfter = (await page.metrics()).TaskDuration;
    if (rate > 1) await page.emulateCPUThrottling(1);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfter = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return {
      renderedMs: figures.done - figures.start,
      longTasks: figures.longTasks,
      tbtMs: figures.tbt,
      cls: figures.cls,
      heapKB: (heapAfter - heapBefore) / 1024,
      nodes,
      mainMs: (taskAfter - taskBefore) * 1000,
    };
  } finally {
    if (rate > 1) await page.emulateCPUThrottling(1);
  }
}

export const METRICS = ['renderedMs', 'longTasks', 'tbtMs', 'cls', 'heapKB', 'nodes', 'mainMs'];
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Every implementation × N × throttle, RUNS interleaved rounds. Returns one entry per configuration:
 * `{ n, throttle, medians: { impl: { metric: value } }, runs: { impl: [load figures] } }`.
 */
export async function measureRuntime({ runs = RUNS, log = () => {} } = {}) {
  const server = await startServer();
  const browser = await launchChromium();
  const configs = SIZES.flatMap((n) => THROTTLES.map((throttle) => ({ n, throttle, runs: Object.fromEntries(IMPLEMENTATIONS.map((impl) => [impl.name, []])) })));
  try {
    const tabs = new Map();
    for (const impl of IMPLEMENTATIONS) tabs.set(impl.name, await openTab(browser));
    // One discarded load each: starts the browser's processes and the server's paths.
    for (const impl of IMPLEMENTATIONS) await measureOnce(tabs.get(impl.name), server, impl, 1, 1, { warmUp: true });
    for (let round = 0; round < runs; round++) {
      for (const config of configs) {
        for (let i = 0; i < IMPLEMENTATIONS.length; i++) {
          const impl = IMPLEMENTATIONS[(i + round) % IMPLEMENTATIONS.length];
          config.runs[impl.name].push(await measureOnce(tabs.get(impl.name), server, impl, config.n, config.throttle));
        }
      }
      log(`runtime: round ${round + 1} of ${runs} done`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return configs.map(({ n, throttle, runs: loads }) => ({
    n,
    throttle,
    medians: Object.fromEntries(
      Object.entries(loads).map(([name, list]) => [name, Object.fromEntries(METRICS.map((metric) => [metric, median(list.map((load) => load[metric]))]))]),
    ),
    runs: loads,
  }));
}

const DIGITS = { renderedMs: 1, longTasks: 0, tbtMs: 0, cls: 4, heapKB: 0, nodes: 0, mainMs: 0 };
const LABELS = {
  renderedMs: 'script start → all rendered (ms)',
  longTasks: 'long tasks',
  tbtMs: 'total blocking time (ms)',
  cls: 'cumulative layout shift',
  heapKB: 'JS heap growth after GC (KB)',
  nodes: 'DOM nodes after GC',
  mainMs: 'main-thread task time (ms)',
};

/** ours / peer, or a note where a ratio has no meaning. */
export function ratio(ours, peer) {
  if (peer === 0) return ours === 0 ? 'both 0' : 'peer 0';
  return Number((ours / peer).toFixed(2));
}

/** Rows of one configuration's table: each metric, each implementation's median, ours / each peer. */
export function runtimeTable({ medians }) {
  const peers = IMPLEMENTATIONS.slice(1).map((impl) => impl.name);
  return Object.fromEntries(
    METRICS.map((metric) => {
      const row = {};
      for (const impl of IMPLEMENTATIONS) row[impl.name] = Number(medians[impl.name][metric].toFixed(DIGITS[metric]));
      for (const peer of peers) row[`ours/${peer}`] = ratio(medians.ours[metric], medians[peer][metric]);
      return [LABELS[metric], row];
    }),
  );
}

export function printRuntime(results, runs = RUNS) {
  for (const config of results) {
    console.log(`Runtime, ${config.n} × 3 widgets, CPU ${config.throttle === 1 ? 'not throttled' : `throttled ${config.throttle}×`}: median of ${runs} loads each`);
    console.table(runtimeTable(config));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureRuntime({ log: console.log });
  printRuntime(results);
}
