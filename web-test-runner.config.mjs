import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { demoCsp } from './scripts/demo-csp.mjs';
import { CHROMIUM_ARGS } from './scripts/demo-server.mjs';
import { reactForTests } from './test/react-plugin.mjs';
import { hostCommands, WORDPRESS } from './test/hosts/host-commands.mjs';

// Debian's Chromium is the only browser here; nothing may download one.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `Chromium was not found at ${executablePath}.\n` +
      'Install it with `apt-get update && apt-get install -y chromium`, ' +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
  process.exit(1);
}

/** `executeServerCommand('emulate-forced-colors', { active })`: puppeteer's emulateMedia lacks it. */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/** `executeServerCommand('prerender', { html })`: the kit's own prerenderer (prerender/index.mjs) on `html`. */
function prerenderPlugin() {
  return {
    name: 'prerender',
    async executeCommand({ command, payload }) {
      if (command !== 'prerender') return undefined;
      const { prerenderHtml } = await import('./prerender/index.mjs');
      return prerenderHtml(payload.html);
    },
  };
}

/**
 * `executeServerCommand('emulate-focus')`: the test page behaves as the focused one (`:focus` styles
 * apply) even when another test page in the browser took focus last.
 */
function focusEmulationPlugin() {
  return {
    name: 'emulate-focus',
    async executeCommand({ command, session }) {
      if (command !== 'emulate-focus') return undefined;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return true;
    },
  };
}

/**
 * `executeServerCommand('ax-tree', { selector })`: Chromium's accessibility tree under an element,
 * with every node (the stock a11y-snapshot command drops groups such as <fieldset>).
 */
function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload.selector);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}

/**
 * `executeServerCommand('record-page-problems')`: from then on, every new document in the test
 * page (iframes included) records, from its very start, its Content-Security-Policy violations,
 * its uncaught errors and console errors, and its console warnings in `window.__problems`.
 */
function pageProblemsPlugin() {
  return {
    name: 'record-page-problems',
    async executeCommand({ command, session }) {
      if (command !== 'record-page-problems') return undefined;
      await session.browser.getPage(session.id).evaluateOnNewDocument(() => {
        const problems = { csp: [], errors: [], warnings: [] };
        window.__problems = problems;
        document.addEventListener('securitypolicyviolation', (event) => {
          problems.csp.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
        window.addEventListener('error', (event) => problems.errors.push(String(event.message)));
        const original = console.error;
        console.error = (...args) => {
          problems.errors.push(args.map(String).join(' '));
          original.apply(console, args);
        };
        const originalWarn = console.warn;
        console.warn = (...args) => {
          problems.warnings.push(args.map(String).join(' '));
          originalWarn.apply(console, args);
        };
      });
      return true;
    },
  };
}

/**
 * Serves the built scripts partners add (the all-in file and each per-page file, dist/*.js and
 * dist/<language>/*.js) byte for byte, as a CDN would. The esbuild plugin below (given a `target`)
 * reprints every .js file it serves, which would break their Subresource Integrity hashes
 * (test/e2e/builder.test.ts, test/e2e/page-files.test.ts).
 */
async function builtScriptAsIs(context, next) {
  if (!/^\/dist\/(?:[a-z]{2}\/)?[\w-]+\.js$/.test(context.path)) return next();
  try {
    context.body = await readFile(new URL(`.${context.path}`, import.meta.url));
    context.type = 'text/javascript';
  } catch {
    return next();
  }
  return undefined;
}

/**
 * `/wordpress/…` serves Debian's WordPress (`apt-get install wordpress`): its block-library CSS
 * for the host pages in test/hosts/. Only .css files, only under wp-includes/css.
 */
async function wordpressCss(context, next) {
  const match = /^\/wordpress\/(wp-includes\/css\/[\w./-]+\.css)$/.exec(context.path);
  if (!match || match[1].includes('..')) return next();
  try {
    context.body = await readFile(`${WORDPRESS}/${match[1]}`);
    context.type = 'text/css';
  } catch {
    return next();
  }
  return undefined;
}

/** `?slow` on any file: served 800 ms late, as over a slow network (test/hosts/layout-shift.test.ts). */
async function slowWhenAsked(context, next) {
  if ('slow' in context.query) await new Promise((resolve) => setTimeout(resolve, 800));
  return next();
}

/**
 * `/demo/<page>.html?prerendered=1`: the demo page with its widgets prerendered by the kit's own
 * command (prerender/index.mjs) and its script tag taken out, so the test adds the script when it
 * wants; `&first=N` prerenders only the first N widgets. `&csp=hashes` adds the hashes of the inline styles to the demo's strict style-src, as the
 * README tells partners to. Outermost, so that it edits the policy demoCsp has set.
 */
async function prerenderedDemo(context, next) {
  await next();
  if (!context.path.startsWith('/demo/') || context.query.prerendered !== '1' || !context.response.is('html')) return;
  const { prerenderHtml } = await import('./prerender/index.mjs');
  const page = typeof context.body === 'string' ? context.body : await new Response(context.body).text();
  const first = context.query.first ? Number(context.query.first) : Infinity;
  const result = await prerenderHtml(page.replace(/<script src="\/dist\/recovery-widgets\.js"><\/script>/, ''), { first });
  context.body = result.html;
  if (context.query.csp === 'hashes') {
    context.set('Content-Security-Policy', context.response.get('Content-Security-Policy').replace("style-src 'self'", `style-src 'self' ${result.styleHashes.join(' ')}`));
  }
}

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [prerenderedDemo, slowWhenAsked, demoCsp, builtScriptAsIs, wordpressCss],
  // One page at a time: a page in the background gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    axTreePlugin(),
    pageProblemsPlugin(),
    forcedColorsPlugin(),
    focusEmulationPlugin(),
    prerenderPlugin(),
    reactForTests(),
    hostCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Test pages run side by side; keep timers and animation frames running in all of them.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
