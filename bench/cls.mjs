// Layout shift that the widgets cost a host page, measured in Chromium.
//
// Each demo page is loaded as documented (one plain <script> in <head>), and with `defer` for
// comparison; a PerformanceObserver installed before the page's first byte sums every
// `layout-shift` entry up to half a second after load (long after every widget has rendered).
// One load each by default (BENCH_CLS_RUNS for more, and their median). As documented (plain script
// in <head>) every load so far gave 0. With `defer` the figure varies from load to load (0 to 0.357
// on the same page), depending on whether the browser paints before the script runs: read it as an
// example of what `defer` risks, or take BENCH_CLS_RUNS=3 for a median.
// Used by `npm run bench`; prints a table and returns the figures.
import { DEMO_PAGES, launchChromium, startDemoServer } from '../scripts/demo-server.mjs';

const RUNS = Number(process.env.BENCH_CLS_RUNS ?? 1);
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

/**
 * The loading variants measured: as documented (a plain script in <head>, as the demo pages ship)
 * and, for comparison, the same script with `defer`.
 */
const LOADINGS = ['documented', 'defer'];

/** `?loading=defer` serves a demo page with `defer` added to its script tag. */
async function loadingVariant(context, next) {
  await next();
  if (context.query.loading === 'defer' && context.response.is('html')) {
    const body = typeof context.body === 'string' ? context.body : await new Response(context.body).text();
    context.body = body.replace(/(<script src="\/dist\/recovery-widgets\.js")>/g, '$1 defer>');
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function measureCls() {
  const server = await startDemoServer(8791, [loadingVariant]);
  const browser = await launchChromium();
  const results = [];
  try {
    for (const viewport of VIEWPORTS) {
      // One tab per viewport; each load is a cross-site navigation (localhost and 127.0.0.1 in
      // turn), so it starts in a new renderer process, as in bench/runtime.mjs.
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(() => {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      let loads = 0;
      for (const loading of LOADINGS) for (const path of DEMO_PAGES) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const host = loads++ % 2 ? '127.0.0.1' : 'localhost';
          await page.goto(`http://${host}:8791${path}?loading=${loading}`, { waitUntil: 'load' });
          await new Promise((resolve) => setTimeout(resolve, 500));
          runs.push(await page.evaluate(() => window.__cls));
        }
        results.push({ page: path, loading, viewport: viewport.name, cls: Number(median(runs).toFixed(4)), runs });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureCls();
  console.table(results.map(({ page, loading, viewport, cls }) => ({ page, loading, viewport, cls })));
}
