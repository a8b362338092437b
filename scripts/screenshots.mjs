// `npm run screenshots`: full-page PNGs of every demo page at phone and desktop width, for review,
// in screenshots/ (not committed). Builds first.
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { demoCsp } from './demo-csp.mjs';

const PAGES = ['index', 'article', 'blog', 'dark', 'hostile'];
const WIDTHS = { phone: 390, desktop: 1280 };

const server = await startDevServer({
  config: { rootDir: new URL('..', import.meta.url).pathname, port: 8766, middleware: [demoCsp] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('screenshots', { recursive: true });
try {
  for (const name of PAGES) {
    for (const [device, width] of Object.entries(WIDTHS)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`http://localhost:8766/demo/${name === 'index' ? '' : `${name}.html`}`, { waitUntil: 'load' });
      const path = `screenshots/${name}-${device}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
