// Lighthouse (12.2.3, used as a node module, its default mobile settings: emulated phone, simulated
// slow 4G and 4× CPU) on the demo blog page, with and without the kit.
//
// "with": demo/blog.html as shipped (our script in <head>, seven widgets). "without": the same page
// with `<script src="/dist/recovery-widgets.js"></script>` removed by the server, so only the
// widgets' no-JavaScript fallback markup shows. Served by the demo server (with its CSP) on port
// 8792, gzipped as any CDN would serve it (the demo server alone does not compress); Debian's Chromium is started once by chrome-launcher 1.2.1 with this machine's flags, and
// Lighthouse resets storage and cache before every run. Runs alternate without / with; each figure
// is the median of LIGHTHOUSE_RUNS runs (default 1, to keep `npm run bench` short; 3 is steadier).
// Reports the performance score (0–100), TBT, CLS, LCP and total byte weight, and with − without.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, startDemoServer } from '../scripts/demo-server.mjs';

export const PORT = 8792;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
const PAGE = '/demo/blog.html';
const OUR_SCRIPT = '<script src="/dist/recovery-widgets.js"></script>';

/** `?without=1` serves a demo page without our script tag. */
async function withoutScript(context, next) {
  await next();
  if (context.query.without === '1' && context.response.is('html')) {
    const body = typeof context.body === 'string' ? context.body : await new Response(context.body).text();
    if (!body.includes(OUR_SCRIPT)) throw new Error(`${context.path} has no ${OUR_SCRIPT} to remove`);
    context.body = body.replace(OUR_SCRIPT, '');
  }
}

/** Gzips HTML, CSS and JavaScript for clients that accept it, as a CDN would. */
async function gzip(context, next) {
  await next();
  if (!context.body || !context.acceptsEncodings('gzip') || !context.response.is('html', 'css', 'js')) return;
  const body = Buffer.from(await new Response(context.body).arrayBuffer());
  context.body = gzipSync(body, { level: 9 });
  context.set('Content-Encoding', 'gzip');
  context.vary('Accept-Encoding');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function figures(lhr) {
  const audit = (id) => lhr.audits[id].numericValue;
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    lcpMs: audit('largest-contentful-paint'),
    bytes: audit('total-byte-weight'),
  };
}

export async function measureLighthouse({ runs = RUNS } = {}) {
  const server = await startDemoServer(PORT, [gzip, withoutScript]);
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  const loads = { without: [], with: [] };
  try {
    for (let run = 0; run < runs; run++) {
      for (const variant of ['without', 'with']) {
        const url = `http://localhost:${PORT}${PAGE}${variant === 'without' ? '?without=1' : ''}`;
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
          enableErrorReporting: false, // the module's form of --no-enable-error-reporting
        });
        if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
        loads[variant].push(figures(result.lhr));
      }
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  const medians = Object.fromEntries(
    Object.entries(loads).map(([variant, list]) => [variant, Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((f) => f[key]))]))]),
  );
  const delta = Object.fromEntries(Object.keys(medians.with).map((key) => [key, medians.with[key] - medians.without[key]]));
  return { page: PAGE, runs, medians, delta, loads };
}

export function printLighthouse({ page, runs, medians, delta }) {
  console.log(`Lighthouse 12.2.3, mobile, ${page}: ${runs === 1 ? '1 run' : `median of ${runs} runs`} each, without our script and with it`);
  const round = (key, value) => Number(value.toFixed(key === 'cls' ? 4 : 0));
  const rows = {};
  for (const key of Object.keys(delta)) {
    rows[key] = { without: round(key, medians.without[key]), with: round(key, medians.with[key]), 'with − without': round(key, delta[key]) };
  }
  console.table(rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printLighthouse(await measureLighthouse());
}
