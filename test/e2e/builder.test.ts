/**
 * The snippet builder (demo/builder.html), served as `npm start` serves it, with the built kit: an
 * editor fills the form, reads and copies the snippet, and the snippet works in a fresh page with
 * the script and its integrity hash, and reads well without JavaScript.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { buildSnippet, checkPhone, checkRelease, readIntegrity } from '../../demo/builder.js';
import { packIn } from '../../src/internal/content.js';
import { WIDGET_TAGS } from '../../src/internal/widgets.js';
import { callLinks, rendered, type PageWindow } from './frame.js';

interface Problems {
  csp: string[];
  errors: string[];
}

/** Every widget, in the order the form lists them (and the snippet writes them). */
const ALL_WIDGETS = [
  'rw-help-banner',
  'rw-symptom-checklist',
  'rw-treatment-timeline',
  'rw-substance-facts',
  'rw-dependence-cycle',
  'rw-stat-cards',
  'rw-support-tips',
];

/** The address the builder starts with: this site's all-in file. */
const SCRIPT_URL = `${location.origin}/dist/recovery-widgets.js`;
/** The per-page files it offers first, beside the all-in file. */
const EN_FILE = `${location.origin}/dist/en/benzodiazepine.js`;
const ES_FILE = `${location.origin}/dist/es/benzodiazepine.js`;

async function until(test: () => boolean, what: string, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (test()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Timed out waiting until ${what}`);
}

/** The hashes the build wrote: the all-in file's (`hash`) and each per-page file's (`files`). */
async function builtHash(): Promise<{ version: string; hash: string; files: Record<string, string> }> {
  const response = await fetch('/dist/integrity.json');
  expect(response.ok, 'dist/integrity.json exists (npm run build writes it)').to.equal(true);
  const data = await response.json();
  return { version: data.version, hash: data.files['recovery-widgets.js'], files: data.files };
}

interface Builder {
  doc: Document;
  win: Window & typeof globalThis;
  problems: Problems;
}

/** Opens the builder page in an iframe and waits for its first snippet. */
async function openBuilder(): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await until(() => snippetOf(doc) !== '', 'the builder shows its first snippet');
  const win = frame.contentWindow as Window & typeof globalThis;
  return { doc, win, problems: (win as unknown as { __problems: Problems }).__problems };
}

const byId = <T extends HTMLElement = HTMLInputElement>(doc: Document, id: string) => doc.getElementById(id) as T;
const snippetOf = (doc: Document) => byId<HTMLTextAreaElement>(doc, 'snippet').value;
const textOf = (doc: Document, id: string) => byId(doc, id).textContent!.trim();

/** Types into a text field as a person does: the value changes, then the field is left. */
function type(doc: Document, id: string, value: string): void {
  const input = byId(doc, id);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Picks an option of a select, as a person does. */
function pick(doc: Document, id: string, value: string): void {
  const select = byId<HTMLSelectElement>(doc, id);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Clicks a checkbox or radio (which fires input and change, as a real click does). */
function click(doc: Document, id: string): void {
  byId(doc, id).click();
}

/** Sets a checkbox to `on` by clicking it if needed. */
function tick(doc: Document, id: string, on: boolean): void {
  if (byId(doc, id).checked !== on) click(doc, id);
}

/** Replaces the builder's Clipboard API with a recorder (or one that refuses). */
function recordClipboard(win: Window, refuse = false): string[] {
  const copied: string[] = [];
  Object.defineProperty(win.navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
        copied.push(text);
      },
    },
  });
  return copied;
}

/** Loads `snippet` as the body of a fresh page that records console warnings and errors. */
async function freshPage(snippet: string): Promise<{ doc: Document; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner page</title>' +
    `<script src="/test/e2e/pages/record-console.js"></script></head><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as unknown as PageWindow };
}

/** Loads `snippet` in a page where no script may run. */
async function pageWithoutScript(snippet: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.sandbox.add('allow-same-origin');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${snippet}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** Every widget, Spanish, alprazolam, CAGE-AID for a loved one, the taper path, dark, teal, another number. */
function fillEverything(doc: Document): void {
  for (const tag of ALL_WIDGETS) tick(doc, `w-${tag.slice(3)}`, true);
  click(doc, 'mode-cage-aid');
  click(doc, 'audience-loved-one');
  click(doc, 'preset-outpatient-taper');
  pick(doc, 'substance', 'alprazolam');
  click(doc, 'lang-es');
  type(doc, 'phone', '555.010.2000');
  pick(doc, 'theme', 'dark');
  click(doc, 'use-accent');
  type(doc, 'accent', '#0b5d6b');
}

const previewOf = (doc: Document) => byId<HTMLIFrameElement>(doc, 'preview').contentDocument!;

/** The preview's help banner call link, once the preview has rendered it. */
function previewCall(doc: Document): { name: string; href: string | null } | undefined {
  const banner = previewOf(doc)?.querySelector('rw-help-banner');
  return banner?.shadowRoot?.querySelector('[part~="call"]') ? callLinks(banner)[0] : undefined;
}

describe('snippet builder', () => {
  before(() => executeServerCommand('record-page-problems'));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('starts with a help banner snippet whose async script is the English per-page file, with its hash in dist/integrity.json', async () => {
    const { hash, version, files } = await builtHash();
    expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(files['en/benzodiazepine.js']).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const { doc } = await openBuilder();
    expect(byId(doc, 'script-url').value).to.equal(SCRIPT_URL);
    expect(textOf(doc, 'file-page-name')).to.equal('en/benzodiazepine.js');
    expect(snippetOf(doc)).to.equal(
      `<script async src="${EN_FILE}" integrity="${files['en/benzodiazepine.js']}" crossorigin="anonymous"></script>\n` +
        '<rw-help-banner phone="(844) 318-7500" lang="en">\n' +
        '  <a href="tel:+18443187500">Call (844) 318-7500</a>\n' +
        '</rw-help-banner>\n',
    );
    expect(textOf(doc, 'integrity-note')).to.contain(`Integrity hash for version ${version} from dist/integrity.json`);
  });

  it('the prerendered snippet is the preview\'s widgets as declarative shadow DOM, which paint without the script', async function () {
    this.timeout(20000);
    const { doc } = await openBuilder();
    tick(doc, 'w-support-tips', true);
    click(doc, 'form-prerendered');
    await until(() => snippetOf(doc).includes('shadowrootmode'), 'the prerendered snippet is ready', 400);
    const snippet = snippetOf(doc);
    const { files } = await builtHash();
    const lines = snippet.split('\n');
    expect(lines[0]).to.equal(`<script async src="${EN_FILE}" integrity="${files['en/benzodiazepine.js']}" crossorigin="anonymous"></script>`);
    expect(lines[1]).to.match(/^<rw-help-banner phone="\(844\) 318-7500" lang="en"><template shadowrootmode="open"><style>:host/);
    // The fallback link stays inside the element, after the shadow root, for platforms that strip <template>.
    expect(snippet).to.contain('</template>\n  <a href="tel:+18443187500">Call (844) 318-7500</a>\n</rw-help-banner>\n');
    expect(snippet).not.to.contain('<!--');
    // Pasted with its script refused (a blocked CDN), the widgets still show, styled, from their shadow roots.
    const { doc: page, win } = await freshPage(snippet.replace(/integrity="[^"]+"/, 'integrity="sha384-AAAA"'));
    expect(win.customElements.get('rw-help-banner')).to.equal(undefined);
    for (const tag of ['rw-help-banner', 'rw-support-tips']) {
      const call = page.querySelector(tag)!.shadowRoot?.querySelector('[part~="call"]') as HTMLElement | null | undefined;
      expect(call?.getAttribute('href'), tag).to.equal('tel:+18443187500');
      expect(call!.checkVisibility(), `${tag}'s call link shows`).to.equal(true);
      expect(win.getComputedStyle(call!).backgroundColor, `${tag}'s call button is styled`).not.to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('offers every widget of the kit, each once', async () => {
    const { doc } = await openBuilder();
    const offered = [...doc.querySelectorAll<HTMLInputElement>('input[name="widget"]')].map((box) => box.value);
    expect(offered).to.deep.equal(ALL_WIDGETS);
    expect([...offered].sort()).to.deep.equal([...WIDGET_TAGS].sort());
  });

  it('a filled form gives every chosen widget with its attributes and its no-JavaScript content', async () => {
    const { doc } = await openBuilder();
    fillEverything(doc);
    const snippet = snippetOf(doc);
    const call = '<a href="tel:+15550102000">Llame al (555) 010-2000</a>';
    const steps = packIn('alprazolam', 'es').cycle.steps.map((step) => `    <li>${step.text}</li>`);
    expect(steps[0]).to.contain('Una persona toma alprazolam');
    expect(snippet).to.equal(
      [
        `<script async src="${ES_FILE}" integrity="${(await builtHash()).files['es/benzodiazepine.js']}" crossorigin="anonymous"></script>`,
        '<style>',
        `  ${ALL_WIDGETS.join(', ')} { --rw-accent: #0b5d6b; }`,
        '</style>',
        '<rw-help-banner phone="(555) 010-2000" theme="dark" lang="es">',
        `  ${call}`,
        '</rw-help-banner>',
        '<rw-symptom-checklist mode="cage-aid" audience="loved-one" substance="alprazolam" phone="(555) 010-2000" theme="dark" lang="es">',
        `  <p>${call}</p>`,
        '</rw-symptom-checklist>',
        '<rw-treatment-timeline preset="outpatient-taper" substance="alprazolam" phone="(555) 010-2000" theme="dark" lang="es">',
        `  <p>${call}</p>`,
        '</rw-treatment-timeline>',
        '<rw-substance-facts substance="alprazolam" phone="(555) 010-2000" theme="dark" lang="es">',
        `  <p>${call}</p>`,
        '</rw-substance-facts>',
        '<rw-dependence-cycle substance="alprazolam" phone="(555) 010-2000" theme="dark" lang="es">',
        '  <ol>',
        ...steps,
        '  </ol>',
        `  <p>${call}</p>`,
        '</rw-dependence-cycle>',
        '<rw-stat-cards substance="alprazolam" phone="(555) 010-2000" theme="dark" lang="es">',
        `  <p>${call}</p>`,
        '</rw-stat-cards>',
        '<rw-support-tips substance="alprazolam" phone="(555) 010-2000" theme="dark" lang="es">',
        `  <p>${call}</p>`,
        '</rw-support-tips>',
        '',
      ].join('\n'),
    );
  });

  it('the copied snippet works in a fresh page: the script loads with its hash, in Spanish, with the chosen number and options', async function () {
    this.timeout(20000);
    const builder = await openBuilder();
    fillEverything(builder.doc);
    const copied = recordClipboard(builder.win);
    click(builder.doc, 'copy');
    await until(() => copied.length === 1, 'the snippet is copied');
    const { doc, win } = await freshPage(copied[0]);
    const widgets = await rendered(doc, ALL_WIDGETS.join(','));
    expect(widgets.map((w) => w.localName)).to.deep.equal(ALL_WIDGETS);
    const banner = doc.querySelector('rw-help-banner')!;
    expect(callLinks(banner)[0]).to.deep.equal({ name: 'Llame al (555) 010-2000', href: 'tel:+15550102000' });
    expect(banner.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Busque ayuda ahora');
    for (const widget of widgets) {
      expect(callLinks(widget).map((link) => link.href), widget.localName).to.include('tel:+15550102000');
      expect(getComputedStyle(widget).getPropertyValue('--rw-accent').trim(), widget.localName).to.equal('#0b5d6b');
      expect(getComputedStyle(widget).colorScheme, widget.localName).to.equal('dark');
    }
    const checklist = doc.querySelector('rw-symptom-checklist')!.shadowRoot!;
    expect(checklist.querySelectorAll('input[type="radio"]').length, 'CAGE-AID: four yes/no questions').to.equal(8);
    const timeline = doc.querySelector('rw-treatment-timeline')!.shadowRoot!;
    expect(timeline.querySelectorAll('[part~="stage"]').length, 'the outpatient taper has six steps').to.equal(6);
    expect(doc.querySelector('rw-substance-facts')!.shadowRoot!.querySelector('h2')!.textContent).to.contain('alprazolam');
    expect(win.__log).to.deep.equal([]);
  });

  it('without JavaScript the snippet still reads: call links that dial the chosen number, the loop as a list', async () => {
    const { doc: builder } = await openBuilder();
    fillEverything(builder);
    const doc = await pageWithoutScript(snippetOf(builder));
    for (const tag of ALL_WIDGETS) {
      const widget = doc.querySelector(tag)!;
      expect(widget.shadowRoot, tag).to.equal(null);
      const link = widget.querySelector('a')!;
      expect({ name: link.textContent, href: link.getAttribute('href') }, tag).to.deep.equal({
        name: 'Llame al (555) 010-2000',
        href: 'tel:+15550102000',
      });
      expect(link.getBoundingClientRect().height, `${tag}'s link is shown`).to.be.greaterThan(0);
    }
    const steps = [...doc.querySelectorAll('rw-dependence-cycle ol > li')];
    expect(steps.map((li) => getComputedStyle(li).display)).to.deep.equal(['list-item', 'list-item', 'list-item', 'list-item']);
    expect(steps[0].textContent).to.equal(
      'Una persona toma alprazolam con regularidad, para la ansiedad o el pánico. Si debe seguir tomándolo se decide con su médico.',
    );
  });

  it('every value the builder offers is written into the snippet and accepted by the widgets without a warning', async function () {
    this.timeout(30000);
    const { doc } = await openBuilder();
    for (const tag of ALL_WIDGETS) tick(doc, `w-${tag.slice(3)}`, true);
    click(doc, 'use-accent');
    const bodies: string[] = [];
    const offered: [attribute: string, value: string, set: () => void][] = [];
    for (const radio of doc.querySelectorAll<HTMLInputElement>('#builder input[type="radio"]')) {
      offered.push([radio.name, radio.value, () => click(doc, radio.id)]);
    }
    for (const select of doc.querySelectorAll<HTMLSelectElement>('#builder select')) {
      for (const option of select.options) offered.push([select.name, option.value, () => pick(doc, select.id, option.value)]);
    }
    for (const colour of ['#000000', '#ffd400', '#ffffff']) offered.push(['accent', colour, () => type(doc, 'accent', colour)]);
    const names = offered.map(([attribute, value]) => `${attribute}=${value}`);
    expect(names).to.include.members(['mode=cage-aid', 'audience=loved-one', 'preset=outpatient-taper', 'lang=es', 'substance=alprazolam', 'theme=dark']);
    for (const [attribute, value, set] of offered) {
      set();
      // How the widgets arrive is tested on its own (the prerendered snippet waits for the preview).
      if (attribute === 'form') {
        if (value === 'prerendered') click(doc, 'form-plain');
        continue;
      }
      const snippet = snippetOf(doc);
      const defaults = ['signs', 'self', 'program', 'clonazepam', ''];
      if (attribute === 'accent') expect(snippet).to.contain(`--rw-accent: ${value};`);
      // The file is the script's, not an attribute: the page's own file, or the all-in one.
      else if (attribute === 'file') expect(snippet.split('\n')[0], `file=${value}`).to.contain(value === 'all' ? '/dist/recovery-widgets.js"' : 'benzodiazepine.js"');
      else if (!defaults.includes(value)) expect(snippet, `${attribute}=${value}`).to.contain(` ${attribute}="${value}"`);
      else expect(snippet, `${attribute}=${value} is the default`).not.to.contain(` ${attribute}="`);
      // Each variant as its own block of widgets: the script line goes once, at the top.
      bodies.push(snippet.split('\n').slice(1).join('\n'));
    }
    const { doc: page, win } = await freshPage(`<script src="${SCRIPT_URL}"></script>\n${bodies.join('\n')}`);
    const widgets = [...page.querySelectorAll(ALL_WIDGETS.join(','))];
    expect(widgets.length).to.equal(bodies.length * ALL_WIDGETS.length);
    expect(bodies.length, 'every offered value but the two ways the widgets arrive').to.equal(offered.length - 2);
    await until(() => widgets.every((w) => w.shadowRoot?.querySelector('[part~="call"]')), 'every widget renders', 400);
    expect(win.__log).to.deep.equal([]);
  });

  it('offers alcohol and opioids, and the taper path only for a benzodiazepine', async () => {
    const { doc } = await openBuilder();
    click(doc, 'w-treatment-timeline');
    const options = [...byId<HTMLSelectElement>(doc, 'substance').options].map((option) => option.value);
    expect(options).to.include.members(['alcohol', 'opioids', 'fentanyl', 'heroin', 'oxycodone']);
    click(doc, 'preset-outpatient-taper');
    expect(snippetOf(doc)).to.contain(' preset="outpatient-taper"');
    pick(doc, 'substance', 'alcohol');
    const taper = byId<HTMLInputElement>(doc, 'preset-outpatient-taper');
    expect([taper.disabled, taper.checked, byId<HTMLInputElement>(doc, 'preset-program').checked]).to.deep.equal([true, false, true]);
    expect(snippetOf(doc)).to.contain(' substance="alcohol"');
    expect(snippetOf(doc)).not.to.contain(' preset=');
    pick(doc, 'substance', 'alprazolam');
    expect(taper.disabled).to.equal(false);
  });

  it('offers only the options that apply to the chosen widgets', async () => {
    const { doc } = await openBuilder();
    const shown = (id: string) => byId(doc, id).checkVisibility();
    expect([shown('checklist-options'), shown('timeline-options'), shown('substance-field'), shown('accent-field')]).to.deep.equal([false, false, false, false]);
    click(doc, 'w-symptom-checklist');
    expect([shown('checklist-options'), shown('timeline-options'), shown('substance-field')]).to.deep.equal([true, false, true]);
    click(doc, 'w-treatment-timeline');
    expect(shown('timeline-options')).to.equal(true);
    click(doc, 'w-symptom-checklist');
    click(doc, 'w-treatment-timeline');
    expect([shown('checklist-options'), shown('timeline-options'), shown('substance-field')]).to.deep.equal([false, false, false]);
    click(doc, 'use-accent');
    expect(shown('accent-field')).to.equal(true);
    expect(snippetOf(doc)).to.contain('<style>\n  rw-help-banner { --rw-accent: #0b5d6b; }\n</style>');
    click(doc, 'use-accent');
    expect(snippetOf(doc)).not.to.contain('<style>');
  });

  it('the preview shows the real widgets from the snippet and follows each change', async function () {
    this.timeout(20000);
    const { doc } = await openBuilder();
    const { files } = await builtHash();
    // Each preview is a new page: watch each one for what the builder's CSP blocks (reported in a later task).
    const violations: string[] = [];
    const frame = byId<HTMLIFrameElement>(doc, 'preview');
    frame.addEventListener('load', () => {
      frame.contentDocument!.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    });
    await until(() => previewCall(doc)?.name === 'Call (844) 318-7500', 'the preview shows the banner');
    const script = previewOf(doc).querySelector('script')!;
    expect([script.getAttribute('src'), script.getAttribute('integrity')]).to.deep.equal([EN_FILE, files['en/benzodiazepine.js']]);

    click(doc, 'lang-es');
    await until(() => previewCall(doc)?.name === 'Llame al (844) 318-7500', 'the preview is in Spanish');

    type(doc, 'phone', '+1 (555) 010-2000');
    await until(() => previewCall(doc)?.href === 'tel:+15550102000', 'the preview dials the new number');
    expect(previewCall(doc)!.name).to.equal('Llame al (555) 010-2000');

    click(doc, 'w-stat-cards');
    await until(() => !!previewOf(doc).querySelector('rw-stat-cards')?.shadowRoot?.querySelector('[part~="card"]'), 'the preview shows the stat cards');

    click(doc, 'use-accent');
    type(doc, 'accent', '#7a1fa2');
    await until(() => {
      const banner = previewOf(doc).querySelector('rw-help-banner');
      return !!banner && getComputedStyle(banner).getPropertyValue('--rw-accent').trim() === '#7a1fa2';
    }, 'the preview takes the accent colour');
    expect(violations, "the preview pages, under the builder's CSP").to.deep.equal([]);
  });

  const BAD_PHONES: [value: string, message: string][] = [
    ['', "Enter the help line's phone number, such as (844) 318-7500."],
    ['   ', "Enter the help line's phone number, such as (844) 318-7500."],
    ['call us', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
    ['318-7500', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
    ['(044) 318-7500', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
    ['8443187500123', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
    ['+44 20 7946 0958', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
    ['javascript:alert(1)', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
    ['"><script>alert(1)</script>', 'This is not a US phone number with its area code. Write it like (844) 318-7500.'],
  ];

  it('the builder uses the kit\'s own phone rules', () => {
    for (const [value] of BAD_PHONES) expect(checkPhone(value).phone, value).to.equal(undefined);
    expect(checkPhone('844.318.7500').phone).to.deep.equal({ e164: '+18443187500', display: '(844) 318-7500' });
  });

  for (const [value, message] of BAD_PHONES) {
    it(`the phone number ${JSON.stringify(value)} is flagged on its field and the snippet is not copied`, async () => {
      const { doc, win } = await openBuilder();
      const copied = recordClipboard(win);
      type(doc, 'phone', value);
      const phone = byId(doc, 'phone');
      expect(phone.getAttribute('aria-invalid')).to.equal('true');
      expect(phone.getAttribute('aria-describedby')!.split(' ')).to.include('phone-error');
      expect(textOf(doc, 'phone-error')).to.equal(message);
      expect(byId(doc, 'phone-error').checkVisibility()).to.equal(true);
      expect(snippetOf(doc)).to.equal('');
      expect(textOf(doc, 'snippet-problem')).to.equal('No snippet yet: fix the help line phone number.');

      phone.blur();
      click(doc, 'copy');
      await until(() => textOf(doc, 'copy-status') !== '', 'the builder answers');
      expect(textOf(doc, 'copy-status')).to.equal('Not copied: fix the help line phone number first.');
      expect(doc.activeElement?.id).to.equal('phone');
      expect(copied).to.deep.equal([]);

      type(doc, 'phone', '(844) 318-7500');
      expect(phone.hasAttribute('aria-invalid')).to.equal(false);
      expect(phone.getAttribute('aria-describedby')).to.equal('phone-hint');
      expect(byId(doc, 'phone-error').checkVisibility()).to.equal(false);
      click(doc, 'copy');
      await until(() => textOf(doc, 'copy-status') === 'Copied', 'the snippet is copied');
      expect(copied).to.deep.equal([snippetOf(doc)]);
      expect(copied[0]).to.contain('<a href="tel:+18443187500">Call (844) 318-7500</a>');
    });
  }

  it('a half-typed number is not flagged while the editor is still typing, but copying flags it', async () => {
    const { doc, win } = await openBuilder();
    const copied = recordClipboard(win);
    const phone = byId(doc, 'phone');
    phone.value = '(555) 01';
    phone.dispatchEvent(new Event('input', { bubbles: true }));
    expect(phone.hasAttribute('aria-invalid')).to.equal(false);
    expect(snippetOf(doc)).to.equal('');
    click(doc, 'copy');
    await until(() => textOf(doc, 'copy-status') !== '', 'the builder answers');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(doc, 'copy-status')).to.equal('Not copied: fix the help line phone number first.');
    expect(copied).to.deep.equal([]);
  });

  const BAD_ADDRESSES: [value: string, message: string][] = [
    ['', 'Enter the address of recovery-widgets.js.'],
    ['recovery-widgets.js', 'Enter a full address that starts with https://.'],
    ['javascript:alert(1)', 'Enter a full address that starts with https://.'],
    ['ftp://cdn.example.org/recovery-widgets.js', 'Enter a full address that starts with https://.'],
    ['http://cdn.example.org/recovery-widgets.js', 'Use an https:// address. Browsers block http:// scripts on https:// pages.'],
  ];

  for (const [value, message] of BAD_ADDRESSES) {
    it(`the script address ${JSON.stringify(value)} is flagged on its field and the snippet is not copied`, async () => {
      const { doc, win } = await openBuilder();
      const copied = recordClipboard(win);
      type(doc, 'script-url', value);
      const field = byId(doc, 'script-url');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.equal('script-url-hint script-url-error');
      expect(textOf(doc, 'script-url-error')).to.equal(message);
      expect(snippetOf(doc)).to.equal('');
      click(doc, 'copy');
      await until(() => textOf(doc, 'copy-status') !== '', 'the builder answers');
      expect(textOf(doc, 'copy-status')).to.equal('Not copied: fix the address of recovery-widgets.js first.');
      expect(doc.activeElement?.id).to.equal('script-url');
      expect(copied).to.deep.equal([]);
    });
  }

  /** Another release than this build's, such as 0.1.0 when dist/integrity.json says 0.2.0. */
  const otherRelease = (version: string) => (version === '0.1.0' ? '0.0.1' : '0.1.0');

  it('an address that names another release is flagged on its field, and the snippet is not copied', async () => {
    const { version } = await builtHash();
    const other = otherRelease(version);
    const { doc, win } = await openBuilder();
    const copied = recordClipboard(win);
    const field = byId(doc, 'script-url');
    for (const [address, instead] of [
      [`https://cdn.example.org/recovery-widgets/${other}/recovery-widgets.js`, `…/${version}/…`],
      [`https://cdn.example.org/rw/v${other}/recovery-widgets.js`, `…/v${version}/…`],
      [`https://cdn.example.org/npm/recovery-widgets@${other}/dist/recovery-widgets.js`, `…/recovery-widgets@${version}/…`],
    ]) {
      type(doc, 'script-url', address);
      expect(field.getAttribute('aria-invalid'), address).to.equal('true');
      expect(field.getAttribute('aria-describedby'), address).to.equal('script-url-hint script-url-error');
      expect(textOf(doc, 'script-url-error'), address).to.equal(
        `This address names release ${other}, but the integrity hash is for release ${version}, so browsers would not run the script. Use ${instead} or build release ${other}.`,
      );
      expect(snippetOf(doc), address).to.equal('');
      expect(textOf(doc, 'snippet-problem'), address).to.equal('No snippet yet: fix the address of recovery-widgets.js.');
      byId(doc, 'copy').focus();
      click(doc, 'copy');
      await until(() => textOf(doc, 'copy-status') !== '', 'the builder answers');
      expect(textOf(doc, 'copy-status'), address).to.equal('Not copied: fix the address of recovery-widgets.js first.');
      expect(doc.activeElement?.id, address).to.equal('script-url');
    }
    expect(copied).to.deep.equal([]);
  });

  it('an address that names this build\'s release, or no release, is copied with the hash', async () => {
    const { version, hash } = await builtHash();
    const { doc, win } = await openBuilder();
    click(doc, 'file-all');
    const copied = recordClipboard(win);
    const field = byId(doc, 'script-url');
    const addresses = [
      `${location.origin}/cdn/recovery-widgets/${version}/recovery-widgets.js`,
      `${location.origin}/cdn/v${version}/recovery-widgets.js`,
      `${location.origin}/cdn/npm/recovery-widgets@${version}/dist/recovery-widgets.js`,
      `${location.origin}/cdn/recovery-widgets/latest/recovery-widgets.js`,
      `${location.origin}/cdn/2024.05/recovery-widgets.js`,
    ];
    for (const address of addresses) {
      type(doc, 'script-url', address);
      expect(field.hasAttribute('aria-invalid'), address).to.equal(false);
      expect(byId(doc, 'script-url-error').checkVisibility(), address).to.equal(false);
      expect(snippetOf(doc).split('\n')[0], address).to.equal(`<script async src="${address}" integrity="${hash}" crossorigin="anonymous"></script>`);
      click(doc, 'copy');
      await until(() => textOf(doc, 'copy-status') === 'Copied', 'the snippet is copied');
    }
    expect(copied.map((text) => text.split('"')[1])).to.deep.equal(addresses);
    // An integrity file without a version: nothing to compare, nothing flagged.
    expect(checkRelease(`https://cdn.example.org/rw/${otherRelease(version)}/recovery-widgets.js`, '')).to.deep.equal({});
  });

  it('a CDN address is written as the browser reads it: quotes and angle brackets are percent-encoded', async () => {
    const { doc } = await openBuilder();
    click(doc, 'file-all');
    type(doc, 'script-url', 'https://cdn.example.org/rw/"><script>alert(1)</script>.js');
    const first = snippetOf(doc).split('\n')[0];
    expect(first).to.match(/^<script async src="https:\/\/cdn\.example\.org\/rw\/%22%3E%3Cscript%3Ealert\(1\)%3C\/script%3E\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
  });

  it('choosing no widget is flagged and nothing is copied', async () => {
    const { doc, win } = await openBuilder();
    const copied = recordClipboard(win);
    click(doc, 'w-help-banner');
    expect(textOf(doc, 'widgets-error')).to.equal('Choose at least one widget.');
    expect(byId(doc, 'widgets').getAttribute('aria-describedby')).to.equal('widgets-hint widgets-error');
    expect(snippetOf(doc)).to.equal('');
    expect(textOf(doc, 'snippet-problem')).to.equal('No snippet yet: choose at least one widget.');
    click(doc, 'copy');
    await until(() => textOf(doc, 'copy-status') !== '', 'the builder answers');
    expect(textOf(doc, 'copy-status')).to.equal('Not copied: choose at least one widget first.');
    expect(doc.activeElement?.id).to.equal('w-help-banner');
    expect(copied).to.deep.equal([]);
  });

  it('when the Clipboard API refuses, the snippet is selected for the editor to copy by hand', async () => {
    const { doc, win } = await openBuilder();
    recordClipboard(win, true);
    click(doc, 'copy');
    await until(() => textOf(doc, 'copy-status') !== '', 'the builder answers');
    const box = byId<HTMLTextAreaElement>(doc, 'snippet');
    expect(doc.activeElement === box, 'focus is on the snippet').to.equal(true);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    expect(textOf(doc, 'copy-status')).to.equal('The snippet is selected. Press Ctrl+C (Command+C on a Mac) to copy it.');
    expect(byId(doc, 'copy-status').getAttribute('role')).to.equal('status');
  });

  it('copying again says "Copied" again, and a change clears the old message', async () => {
    const { doc, win } = await openBuilder();
    const copied = recordClipboard(win);
    click(doc, 'copy');
    await until(() => textOf(doc, 'copy-status') === 'Copied', 'the first copy');
    click(doc, 'copy');
    expect(textOf(doc, 'copy-status'), 'emptied first, so it is announced again').to.equal('');
    await until(() => textOf(doc, 'copy-status') === 'Copied', 'the second copy');
    expect(copied.length).to.equal(2);
    click(doc, 'lang-es');
    expect(textOf(doc, 'copy-status')).to.equal('');
  });

  it('without dist/integrity.json, or without a usable hash in it, the builder says so and leaves integrity out', async () => {
    const missing = await readIntegrity(`${location.origin}/dist/no-such-integrity.json`);
    expect(missing.problem).to.equal(
      'No integrity hash: dist/no-such-integrity.json was not found, so the snippet has no integrity attribute. Build the kit (npm run build) to make the file.',
    );
    const json = (data: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(data))}`;
    for (const data of [
      { version: '0.2.0', files: {} },
      { version: '0.2.0', files: { 'recovery-widgets.js': 'sha384-abc" onload="alert(1)' } },
      { version: '0.2.0', files: { 'recovery-widgets.js': 'md5-abc' } },
      ['not', 'an', 'object'],
    ]) {
      const result = await readIntegrity(json(data));
      expect(result.hash, JSON.stringify(data)).to.equal(undefined);
      expect(result.problem, JSON.stringify(data)).to.contain('has no hash for recovery-widgets.js, so the snippet has no integrity attribute.');
    }
    const notJson = await readIntegrity('data:application/json,{"version":');
    expect(notJson.problem).to.contain('has no hash');
    const snippet = buildSnippet({
      widgets: ['rw-help-banner'],
      phone: checkPhone('(844) 318-7500').phone!,
      scriptUrl: SCRIPT_URL,
      lang: 'en',
    });
    expect(snippet.split('\n')[0]).to.equal(`<script async src="${SCRIPT_URL}"></script>`);
  });

  it('the builder page is accessible: axe finds nothing, every control shows focus, no CSP violation or error', async function () {
    this.timeout(30000);
    const { doc, win, problems } = await openBuilder();
    fillEverything(doc);
    type(doc, 'phone', 'call us');
    const axeLoaded = new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
      doc.head.append(script);
    });
    await axeLoaded;
    const axe = (win as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const check = async () => {
      const { violations } = await axe.run(doc, { iframes: false });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await check(), 'with an error shown').to.deep.equal([]);
    type(doc, 'phone', '(555) 010-2000');
    expect(await check(), 'with every option shown').to.deep.equal([]);

    const controls = [...doc.querySelectorAll<HTMLElement>('a[href], input, select, textarea, button')].filter((el) => el.checkVisibility());
    expect(controls.length, 'two links, 26 fields, the snippet and the copy button').to.equal(29);
    // :focus matches only in a focused page. Test pages share one browser, and the one that last took
    // focus may be another: have this page behave as the focused one, as it is for a reader.
    await executeServerCommand('emulate-focus');
    for (const control of controls) {
      control.focus();
      expect(doc.activeElement === control, `${control.id || control.textContent} takes focus`).to.equal(true);
      const style = win.getComputedStyle(control);
      expect(`${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`, `focus ring on ${control.id || control.textContent}`).to.equal('solid true');
    }
    // 320 CSS px wide: nothing scrolls sideways.
    (win.frameElement as HTMLIFrameElement).style.width = '320px';
    await until(() => doc.documentElement.clientWidth <= 320, 'the page is narrow');
    expect(doc.documentElement.scrollWidth, 'page width at 320 px').to.be.at.most(doc.documentElement.clientWidth);
    expect(problems.csp, 'CSP violations').to.deep.equal([]);
    expect(problems.errors, 'errors').to.deep.equal([]);
  });

  it('sends nothing anywhere and stores nothing: every request stays on this site', async function () {
    this.timeout(20000);
    const { doc, win } = await openBuilder();
    fillEverything(doc);
    await until(() => previewCall(doc)?.name === 'Llame al (555) 010-2000', 'the preview shows the choices');
    const requests = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requests).to.include(`${location.origin}/dist/integrity.json`);
    expect(requests.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
    expect([win.localStorage.length, win.sessionStorage.length, doc.cookie]).to.deep.equal([0, 0, '']);
  });

  it('the demo home links to the builder', async () => {
    const html = await (await fetch('/demo/')).text();
    expect(html).to.contain('<a href="/demo/builder.html">');
  });
});
