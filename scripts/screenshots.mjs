// `npm run screenshots`: full-page PNGs of every demo page at phone and desktop width, for review,
// in screenshots/ (not committed). Builds first.
import { mkdirSync } from 'node:fs';
import { DEMO_PAGES, TOOL_PAGES, launchChromium, startDemoServer } from './demo-server.mjs';

const WIDTHS = { phone: 390, desktop: 1280 };

const server = await startDemoServer(8766);
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of [...DEMO_PAGES, ...TOOL_PAGES]) {
    const name = path.replace(/^\/demo\/(.*?)(\.html)?$/, '$1') || 'index';
    for (const [device, width] of Object.entries(WIDTHS)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900 });
      await page.goto(`http://localhost:8766${path}`, { waitUntil: 'load' });
      const file = `screenshots/${name}-${device}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
