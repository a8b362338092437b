/**
 * Layout shift on real partner pages (CSS frameworks from npm), phone-sized: the script as a plain
 * <script> in <head> against `defer`, the script served late as over a slow network. Each page holds the snippet builder's
 * seven widgets with their fallback content. Prints `[layout-shift] …` figures for the README.
 */
import { expect } from '@open-wc/testing';
import { buildSnippet } from '../../demo/builder.js';
import { WIDGETS } from '../widgets.js';

const HOSTS: [string, string][] = [
  ['bootstrap', '/node_modules/bootstrap/dist/css/bootstrap.min.css'],
  ['bulma', '/node_modules/bulma/css/bulma.min.css'],
  ['pico', '/node_modules/@picocss/pico/css/pico.min.css'],
  ['water.css', '/node_modules/water.css/out/water.min.css'],
  ['tailwind preflight', '/node_modules/tailwindcss/preflight.css'],
  ['wordpress', '/wordpress/wp-includes/css/dist/block-library/style.min.css'],
];

const widgets = buildSnippet({
  widgets: WIDGETS.map(({ tag }) => tag),
  phone: { e164: '+15550102000', display: '(555) 010-2000' },
  scriptUrl: '/dist/recovery-widgets.js',
  lang: 'en',
}).replace(/<script\b[^>]*><\/script>\n/, '');

/** Each load asks for its own copy of the late script: the HTTP cache would otherwise serve it at once. */
let loads = 0;

/** The page's cumulative layout shift, from load until the widgets have rendered and settled. */
async function layoutShift(css: string, script: string): Promise<number> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '360px', height: '640px' });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
    <link rel="stylesheet" href="${css}">${script.replace('?slow', `?slow&load=${(loads += 1)}`)}</head>
    <body><main class="container"><h1>Benzodiazepine dependence</h1><p>An article a partner wrote.</p>${widgets}<p>The end.</p></main></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await new Promise((resolve) => setTimeout(resolve, 1200));
  const entries = await new Promise<PerformanceEntry[]>((resolve) => {
    new win.PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(list.getEntries());
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 300);
  });
  frame.remove();
  return entries.reduce((sum, entry) => sum + ((entry as PerformanceEntry & { hadRecentInput: boolean; value: number }).hadRecentInput ? 0 : (entry as PerformanceEntry & { value: number }).value), 0);
}

describe('layout shift on real partner pages, 360 px wide', function () {
  this.timeout(30000);
  const figures: string[] = [];
  after(() => figures.forEach((line) => console.log(`[layout-shift] ${line}`)));

  it('the measure sees a shift: a banner pushed in above the text after the first paint', async () => {
    const shift = await layoutShift(HOSTS[0][1], '<script src="/test/hosts/push-banner.js" defer></script>');
    figures.push(`control (a 200 px box inserted above the text): ${shift.toFixed(3)}`);
    expect(shift).to.be.greaterThan(0.05);
  });

  for (const [name, css] of HOSTS) {
    it(`${name}: 0 with the plain script in <head>; measured with defer`, async () => {
      // The script arrives 800 ms late, as over a slow network, so the page paints before a deferred script runs.
      const head = await layoutShift(css, '<script src="/dist/recovery-widgets.js?slow"></script>');
      const deferred = await layoutShift(css, '<script defer src="/dist/recovery-widgets.js?slow"></script>');
      figures.push(`${name}: head ${head.toFixed(3)}, defer ${deferred.toFixed(3)}`);
      expect(head).to.equal(0);
    });
  }
});
