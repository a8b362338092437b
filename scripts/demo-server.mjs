// Shared by the bench and the screenshots: the demo pages served as `npm start` serves them, and
// Debian's Chromium launched the way this machine needs it.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startDevServer } from '@web/dev-server';
import { demoCsp } from './demo-csp.mjs';

/** Every demo page, by path: the gallery. Tests import the same list (demo/pages.mjs). */
export { DEMO_PAGES, TOOL_PAGES } from '../demo/pages.mjs';

/** Serves the project root on `port` with the demo CSP and any extra middleware. */
export function startDemoServer(port, middleware = []) {
  return startDevServer({
    config: { rootDir: new URL('..', import.meta.url).pathname, port, middleware: [demoCsp, ...middleware] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}

/** Chromium's flags on this machine: root needs --no-sandbox; the closed network needs the rest. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Headless Debian Chromium (CHROME_PATH to override), with the flags this closed network needs. */
export function launchChromium() {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}`);
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}
