// The npm package as a partner gets it: `npm pack`s the built kit, `npm install`s the tarball into
// a scratch project in the system's temp folder, and checks from there that
// - every path in `exports` resolves to a file, with its type declarations where it names them;
// - every ES module entry imports in Node (with Lit's server shim), and `VERSION` is the package's;
// - TypeScript resolves the types of every entry, React wrappers included (strict, nodenext);
// - the one script and its Subresource Integrity hash (integrity.json) match, and it has no React;
// - custom-elements.json (the `customElements` field) lists the seven widgets;
// - each per-page file matches its hash too, and `npx recovery-widgets prerender` (the package's
//   bin) prerenders a page: declarative shadow DOM first in the element, the fallback link kept.
// `npm test` runs it after the build. Takes a few seconds; leaves nothing behind.
//
// Offline: the tarball's dependencies (Lit) and the React peers are installed as copies of this
// project's node_modules (`--install-links`). A plain `npm install --offline lit@3.3.3` is not
// enough on a fresh machine: `npm ci` from our lock file caches tarballs but not the registry's
// package documents that npm needs to resolve a name.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sri } from './integrity.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Strings only React or @lit/react carry: none may be in the one script. */
const REACT_MARKERS = /react\.transitional\.element|__reactFiber|suppressHydrationWarning|defer-hydration/;
/** Peers a React partner installs beside the kit. */
const PEERS = ['@lit/react', 'react', '@types/react'];

const problems = [];
const check = (ok, message) => {
  if (!ok) problems.push(message);
};
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const manifestOf = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));

/** `names` and everything they depend on (required peers too), as folders in our node_modules. */
function withDependencies(names) {
  const found = new Set();
  const visit = (name) => {
    if (found.has(name)) return;
    found.add(name);
    const { dependencies = {}, peerDependencies = {}, peerDependenciesMeta = {} } = manifestOf(name);
    const peers = Object.keys(peerDependencies).filter((peer) => !peerDependenciesMeta[peer]?.optional);
    [...Object.keys(dependencies), ...peers].forEach(visit);
  };
  names.forEach(visit);
  return [...found].map((name) => join(ROOT, 'node_modules', name));
}

if (!existsSync(join(ROOT, 'dist/recovery-widgets.js'))) {
  console.error('pack-check: dist/ is missing. Run `npm run build` first.');
  process.exit(1);
}
/** The seven tags, from the built kit's own list (src/internal/widgets.ts). */
const { WIDGET_TAGS: TAGS } = await import(pathToFileURL(join(ROOT, 'dist/esm/internal/widgets.js')).href);

const scratch = mkdtempSync(join(tmpdir(), 'rw-pack-check-'));
try {
  // 1. Pack, and look at what the tarball holds.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT));
  const files = packed.files.map((file) => file.path);
  for (const wanted of ['README.md', 'CHANGELOG.md', 'package.json', 'dist/recovery-widgets.js', 'dist/integrity.json']) {
    check(files.includes(wanted), `the tarball has no ${wanted}`);
  }
  check(!files.some((file) => /^(src|test|demo|scripts|bench|node_modules)\//.test(file)), 'the tarball holds files from outside dist/');

  // 2. Install it into a scratch project, as a partner would, with the React peers.
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  const ourPkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const local = withDependencies([...Object.keys(ourPkg.dependencies), ...PEERS]);
  const flags = ['--offline', '--install-links', '--no-audit', '--no-fund', '--ignore-scripts'];
  try {
    run('npm', ['install', ...flags, join(scratch, packed.filename), ...local], app);
  } catch (error) {
    throw new Error(`npm could not install the tarball (run \`npm ci\` first).\n${error.stderr}`);
  }
  const installed = join(app, 'node_modules/recovery-widgets');
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const require = createRequire(join(app, 'index.js'));

  // 3. Every export path resolves to a file; every ES module imports.
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const specifier = `recovery-widgets${subpath.slice(1)}`;
    let file;
    try {
      file = require.resolve(specifier);
    } catch (error) {
      check(false, `${specifier} does not resolve: ${error.message}`);
      continue;
    }
    check(existsSync(file), `${specifier} resolves to ${file}, which does not exist`);
    if (typeof target === 'object' && target.types) {
      check(existsSync(join(installed, target.types)), `${specifier}: its types ${target.types} do not exist`);
    }
    // The one script is a browser script, not a module; the JSON files are data.
    if (file.endsWith('.js') && subpath !== './recovery-widgets.js') {
      try {
        const module = await import(pathToFileURL(file).href);
        check(Object.keys(module).length > 0, `${specifier} exports nothing`);
      } catch (error) {
        check(false, `${specifier} does not import in Node: ${error.message}`);
      }
    }
  }
  const { VERSION } = await import(pathToFileURL(require.resolve('recovery-widgets')).href);
  check(VERSION === pkg.version, `VERSION is ${VERSION}, package.json says ${pkg.version}`);

  // 4. The types, from a partner's TypeScript file.
  writeFileSync(
    join(app, 'consumer.ts'),
    `import { RwHelpBanner, VERSION, type Pack, type RwCallDetail, type RwResultDetail } from 'recovery-widgets';
${TAGS.map((tag) => `import '${tag.replace('rw-', 'recovery-widgets/')}.js';`).join('\n')}
import { RwHelpBanner as HelpBanner, RwSymptomChecklist } from 'recovery-widgets/react';
import { createElement } from 'react';

export const version: string = VERSION;
export let pack: Pack | undefined;
export const banner: HTMLElementTagNameMap['rw-help-banner'] = document.createElement('rw-help-banner');
banner.variant = 'sticky';
// @ts-expect-error: not one of the banner's variants
banner.variant = 'floating';
export const isBanner = banner instanceof RwHelpBanner;
document.addEventListener('rw-result', (event) => event.detail.level);
export const element = createElement(HelpBanner, {
  phone: '555-010-2000',
  noEmergency: false,
  onRwCall: (event) => {
    const detail: RwCallDetail = event.detail;
    return detail.channel;
  },
});
export const checklist = createElement(RwSymptomChecklist, {
  mode: 'cage-aid',
  onRwResult: (event: CustomEvent<RwResultDetail>) => event.detail.level,
});
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        skipLibCheck: false,
      },
      files: ['consumer.ts'],
    }),
  );
  try {
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  } catch (error) {
    check(false, `TypeScript, in a partner's project:\n${error.stdout}${error.stderr}`);
  }

  // 5. The one script, its integrity hash, and the manifest.
  const script = readFileSync(join(installed, 'dist/recovery-widgets.js'));
  const integrity = JSON.parse(readFileSync(join(installed, 'dist/integrity.json'), 'utf8'));
  const hash = sri(script);
  check(integrity.version === pkg.version, `integrity.json is for ${integrity.version}, the package is ${pkg.version}`);
  check(integrity.files['recovery-widgets.js'] === hash, `integrity.json says ${integrity.files['recovery-widgets.js']}; the file is ${hash}`);
  check(!REACT_MARKERS.test(script.toString()), 'dist/recovery-widgets.js contains React or @lit/react code');
  const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName);
  check(TAGS.every((tag) => tags.includes(tag)), `custom-elements.json lists ${tags.filter(Boolean).join(', ')}`);
  check(require.resolve('recovery-widgets/custom-elements.json') === join(installed, pkg.customElements), 'the customElements field and the export differ');

  // 6. The per-page files, and the prerender command as a partner's build runs it.
  for (const [file, fileHash] of Object.entries(integrity.files)) {
    check(existsSync(join(installed, 'dist', file)) && sri(readFileSync(join(installed, 'dist', file))) === fileHash, `dist/${file} does not match its hash in integrity.json`);
  }
  const fallback = '<a href="tel:+18443187500">Call (844) 318-7500</a>';
  writeFileSync(join(app, 'page.html'), `<!doctype html><html lang="en"><title>t</title><rw-help-banner>${fallback}</rw-help-banner></html>`);
  try {
    const said = run(join(app, 'node_modules/.bin/recovery-widgets'), ['prerender', 'page.html'], app);
    const page = readFileSync(join(app, 'page.html'), 'utf8');
    check(/<rw-help-banner><template shadowrootmode="open"><style>/.test(page), 'the prerender command wrote no declarative shadow root first in <rw-help-banner>');
    check(page.includes(`</template>${fallback}</rw-help-banner>`), 'the prerender command did not keep the fallback link after the shadow root');
    check(said.includes('page.html: 1 widget prerendered; its script: en/benzodiazepine.js'), `the prerender command said: ${said}`);
  } catch (error) {
    check(false, `npx recovery-widgets prerender failed: ${error.stderr ?? error.message}`);
  }

  if (problems.length > 0) {
    console.error(`pack-check: ${problems.length} problem(s) with the npm package:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    const exports = Object.keys(pkg.exports).length;
    console.log(`pack-check: ${packed.filename} (${packed.size} bytes, ${files.length} files) installs; ${exports} export paths resolve; types check; ${hash}`);
  }
} catch (error) {
  console.error(`pack-check: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
