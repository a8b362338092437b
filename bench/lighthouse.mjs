// What a partner's page pays for the kit, measured as their SEO person would: Lighthouse 12.2.3
// (as a node module) with its mobile preset and simulated throttling (slow 4G, 4× CPU), on the demo
// blog and clinic pages, each in every way the kit can be embedded, against the same page without it.
//
// Served as a partner's site and a CDN would serve them: the page from http://127.0.0.1:8792, the
// kit from a second origin, http://127.0.0.2:8793 (Linux routes all of 127/8 to loopback), both
// brotli-encoded (gzip for a client that does not accept br), the kit with
// `Access-Control-Allow-Origin: *` and loaded with its Subresource Integrity hash
// (dist/integrity.json) and `crossorigin="anonymous"`. No CSP header: none of the modes needs one
// relaxed (README, "Prerendered", says what a strict policy needs for the inline styles).
//
// Variants of each page (VARIANTS):
// - none: the page without the kit; the widgets' light-DOM fallback (call links, the loop's steps) shows.
// - blocking: the old documented snippet, `<script src=…/recovery-widgets.js>` in <head>.
// - async: the README's snippet, `<script async src=…/en/benzodiazepine.js>` (the page's own file).
// - prerendered: the widgets prerendered by `npx recovery-widgets prerender`, and no script (what
//   declarative shadow DOM alone costs; also what readers get before the script arrives).
// - prerendered-async: the same, plus that async script in <head>.
// - prerendered-async-end: the same, with the async script at the end of <body> instead.
// - first-prerendered-async: only the first widget prerendered (`--first 1`: the clinic's banner,
//   in its first screen; the blog's facts, below it), the async script in <head> draws the others.
//
// Runs: LIGHTHOUSE_RUNS per variant (default 5). Each round runs every page and variant, the order
// rotated by one each round, so no variant always runs first or after the same neighbour. Figures
// are medians; deltas are against `none` on the same page. Debian's Chromium is started once by
// chrome-launcher 1.2.1 with this machine's flags; Lighthouse resets storage and cache before each run.
//
// Lighthouse 12.2.3 crashes on Chromium 156 traces in its trace engine's screenshot handler
// (ScreenshotsHandler reads `chrome_frame_reporter.frame_sequence`, which these traces lack). The
// metrics and the score do not depend on it, but the diagnostics built on the trace engine do (LCP
// element, layout-shift list, render-blocking resources). Our runner catches exactly that failure and
// skips those audits, listing them in the output; any other failure stops the bench. We never patch
// or fork Lighthouse.
//
// Alone: `node bench/lighthouse.mjs` (after `npm run build`); LIGHTHOUSE_RUNS=1 for a quick look,
// LIGHTHOUSE_PAGES=blog to measure one page. Take figures for BENCHMARKS.md on a quiet machine.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS } from '../scripts/demo-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PAGE_ORIGIN = { host: '127.0.0.1', port: 8792 };
export const SCRIPT_ORIGIN = { host: '127.0.0.2', port: 8793 };
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

/** The demo pages measured: a personal blog, and the clinic's home page (a banner in its first screen). */
export const PAGES = { blog: 'demo/blog.html', clinic: 'demo/index.html' };
export const VARIANTS = ['none', 'blocking', 'async', 'prerendered', 'prerendered-async', 'prerendered-async-end', 'first-prerendered-async'];
const OUR_SCRIPT = '<script src="/dist/recovery-widgets.js"></script>';
/** The page file every variant with the kit loads: the demo pages are English, about clonazepam. */
const PAGE_FILE = 'en/benzodiazepine.js';
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Sends `body` brotli-encoded (quality 11, as a CDN's static files are) or gzipped, whichever the client accepts. */
function send(request, response, status, type, body, headers = {}) {
  const accepts = request.headers['accept-encoding'] ?? '';
  let encoded = Buffer.from(body);
  const extra = { ...headers, Vary: 'Accept-Encoding' };
  if (/\bbr\b/.test(accepts)) {
    encoded = brotliCompressSync(encoded, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    extra['Content-Encoding'] = 'br';
  } else if (/\bgzip\b/.test(accepts)) {
    encoded = gzipSync(encoded, { level: 9 });
    extra['Content-Encoding'] = 'gzip';
  }
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': encoded.length, ...extra });
  response.end(encoded);
}

/** The script tag of each variant with the kit, for the script origin. */
function scriptTags(integrity) {
  const base = `http://${SCRIPT_ORIGIN.host}:${SCRIPT_ORIGIN.port}`;
  const tag = (file, async) =>
    `<script${async ? ' async' : ''} src="${base}/${file}" integrity="${integrity.files[file]}" crossorigin="anonymous"></script>`;
  return { blocking: tag('recovery-widgets.js', false), async: tag(PAGE_FILE, true) };
}

/** Every page in every variant, as HTML; the prerendered one made by the kit's own prerender API. */
export async function buildVariants(pages = PAGES) {
  const integrity = JSON.parse(await readFile(join(ROOT, 'dist/integrity.json'), 'utf8'));
  const tags = scriptTags(integrity);
  const { prerenderHtml } = await import('../prerender/index.mjs');
  const html = {};
  for (const [name, path] of Object.entries(pages)) {
    const page = await readFile(join(ROOT, path), 'utf8');
    if (!page.includes(OUR_SCRIPT)) throw new Error(`${path} has no ${OUR_SCRIPT} to replace`);
    const prerendered = await prerenderHtml(page);
    const firstPrerendered = await prerenderHtml(page, { first: 1 });
    html[name] = {
      none: page.replace(OUR_SCRIPT, ''),
      blocking: page.replace(OUR_SCRIPT, tags.blocking),
      async: page.replace(OUR_SCRIPT, tags.async),
      prerendered: prerendered.html.replace(OUR_SCRIPT, ''),
      'prerendered-async': prerendered.html.replace(OUR_SCRIPT, tags.async),
      'prerendered-async-end': prerendered.html.replace(OUR_SCRIPT, '').replace('</body>', `${tags.async}\n</body>`),
      'first-prerendered-async': firstPrerendered.html.replace(OUR_SCRIPT, tags.async),
    };
  }
  return html;
}

/** The two origins: pages (`/<page>/<variant>.html`, and the repo's files for their CSS) and the kit (dist/). */
export async function startServers(variants) {
  const encodings = new Set();
  const pageServer = createServer(async (request, response) => {
    encodings.add(request.headers['accept-encoding'] ?? '');
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const [, page, variant] = /^\/(\w+)\/([\w-]+)\.html$/.exec(path) ?? [];
    if (variants[page]?.[variant]) return send(request, response, 200, TYPES['.html'], variants[page][variant]);
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(join(ROOT, 'demo'))) return send(request, response, 404, 'text/plain', 'not found');
    try {
      return send(request, response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(request, response, 404, 'text/plain', 'not found');
    }
  });
  const scriptServer = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = normalize(join(ROOT, 'dist', path));
    const cors = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=31536000, immutable' };
    if (!file.startsWith(join(ROOT, 'dist')) || !file.endsWith('.js')) return send(request, response, 404, 'text/plain', 'not found', cors);
    try {
      return send(request, response, 200, TYPES['.js'], await readFile(file), cors);
    } catch {
      return send(request, response, 404, 'text/plain', 'not found', cors);
    }
  });
  await Promise.all([
    new Promise((resolve) => pageServer.listen(PAGE_ORIGIN.port, PAGE_ORIGIN.host, resolve)),
    new Promise((resolve) => scriptServer.listen(SCRIPT_ORIGIN.port, SCRIPT_ORIGIN.host, resolve)),
  ]);
  return {
    encodings,
    url: (page, variant) => `http://${PAGE_ORIGIN.host}:${PAGE_ORIGIN.port}/${page}/${variant}.html`,
    stop: () => Promise.all([pageServer, scriptServer].map((server) => new Promise((resolve) => server.close(resolve)))),
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function figures(lhr) {
  const audit = (id) => lhr.audits[id].numericValue;
  return {
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    score: Math.round(lhr.categories.performance.score * 100),
  };
}

/** The trace engine's screenshot-handler crash on Chromium 156 traces (see the header). */
const isScreenshotCrash = (message = '') => /frame_sequence|ScreenshotsHandler/.test(message);

/** One Lighthouse run; audits lost to the screenshot-handler crash are skipped and named in `skipped`. */
async function runLighthouse(url, port, skipped) {
  const { lhr } = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    enableErrorReporting: false, // the module's form of --no-enable-error-reporting
  });
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
  for (const audit of Object.values(lhr.audits)) {
    if (audit.scoreDisplayMode !== 'error') continue;
    if (!isScreenshotCrash(audit.errorMessage)) throw new Error(`Lighthouse audit ${audit.id} failed: ${audit.errorMessage}`);
    skipped.add(audit.id);
  }
  if (lhr.categories.performance.score == null) throw new Error(`Lighthouse gave no performance score for ${url}`);
  return figures(lhr);
}

/** Rotates `list` left by `by`. */
const rotated = (list, by) => list.map((_, i) => list[(i + by) % list.length]);

export async function measureLighthouse({ runs = RUNS, pages = process.env.LIGHTHOUSE_PAGES?.split(',') ?? Object.keys(PAGES) } = {}) {
  const chosen = Object.fromEntries(pages.map((page) => [page, PAGES[page]]));
  const variants = await buildVariants(chosen);
  const servers = await startServers(variants);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  const skipped = new Set();
  const loads = Object.fromEntries(pages.map((page) => [page, Object.fromEntries(VARIANTS.map((variant) => [variant, []]))]));
  const combos = pages.flatMap((page) => VARIANTS.map((variant) => ({ page, variant })));
  try {
    for (let round = 0; round < runs; round++) {
      for (const { page, variant } of rotated(combos, round % combos.length)) {
        loads[page][variant].push(await runLighthouse(servers.url(page, variant), chrome.port, skipped));
      }
    }
  } finally {
    chrome.kill();
    await servers.stop();
  }
  const results = {};
  for (const page of pages) {
    const medians = Object.fromEntries(
      VARIANTS.map((variant) => {
        const list = loads[page][variant];
        return [variant, Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((f) => f[key]))]))];
      }),
    );
    results[page] = { path: PAGES[page], medians, loads: loads[page] };
  }
  const htmlBytes = Object.fromEntries(pages.map((page) => [page, Object.fromEntries(VARIANTS.map((variant) => [variant, Buffer.byteLength(variants[page][variant])]))]));
  return { runs, results, htmlBytes, acceptEncoding: [...servers.encodings], skippedAudits: [...skipped] };
}

export function printLighthouse({ runs, results, htmlBytes, acceptEncoding, skippedAudits }) {
  console.log(
    `Lighthouse 12.2.3, mobile, simulated throttling: ${runs === 1 ? '1 run' : `median of ${runs} interleaved runs`} per variant; ` +
      `kit from a second origin with SRI; Accept-Encoding sent: ${acceptEncoding.join(' | ')}` +
      (skippedAudits.length ? `; skipped after Lighthouse's screenshot-handler crash: ${skippedAudits.join(', ')}` : ''),
  );
  const fixed = (key, value) => (key === 'cls' ? value.toFixed(3) : String(Math.round(value)));
  const signed = (key, value) => (value > 0 ? '+' : value < 0 ? '−' : '±') + fixed(key, Math.abs(value));
  for (const [page, { path, medians }] of Object.entries(results)) {
    console.log(`${page} (${path}): medians, and (in brackets) the difference from the page without the kit`);
    const rows = {};
    for (const variant of VARIANTS) {
      const row = {};
      for (const [key, value] of Object.entries(medians[variant])) {
        row[key] = variant === 'none' ? fixed(key, value) : `${fixed(key, value)} (${signed(key, value - medians.none[key])})`;
      }
      row['HTML bytes'] = htmlBytes[page][variant];
      rows[variant] = row;
    }
    console.table(rows);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  printLighthouse(await measureLighthouse());
  console.log(`(Lighthouse: ${Math.round((Date.now() - started) / 1000)} s)`);
}
