// Layout shift that the widgets cost a host page, measured in Chromium.
//
// Each demo page is loaded as documented (one plain <script> in <head>), and with `defer` for
// comparison; a PerformanceObserver installed before the page's first byte sums every
// `layout-shift` entry up to half a second after load (long after every widget has rendered).
// The median of RUNS loads (3, or BENCH_CLS_RUNS) is kept; as documented, every load so far gave 0.
// Used by `npm run bench`; prints a table and returns the figures.
import { DEMO_PAGES, launchChromium, startDemoServer } from '../scripts/demo-server.mjs';

const RUNS = Number(process.env.BENCH_CLS_RUNS ?? 3);
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
    for (const loading of LOADINGS) for (const viewport of VIEWPORTS) {
      for (const path of DEMO_PAGES) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.newPage();
          await page.setViewport(viewport);
          await page.evaluateOnNewDocument(() => {
            window.__cls = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await page.goto(`http://localhost:8791${path}?loading=${loading}`, { waitUntil: 'load' });
          await new Promise((resolve) => setTimeout(resolve, 500));
          runs.push(await page.evaluate(() => window.__cls));
          await page.close();
        }
        results.push({ page: path, loading, viewport: viewport.name, cls: Number(median(runs).toFixed(4)), runs });
      }
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
