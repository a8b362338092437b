// The snippet builder (demo/builder.html): a partner's web editor picks widgets and settings, sees
// the real widgets and copies the HTML. It takes the kit's own rules from the built ES modules
// (phone numbers, packs, UI strings), so the builder never keeps a second copy of them.
// It sends nothing anywhere and stores nothing: its only requests are this site's
// dist/integrity.json and, for the preview, the script the snippet names.
import { DEFAULT_PACK_ID, FAMILY_OF, PACK_IDS } from '../dist/esm/content/packs/ids.js';
import * as locales from '../dist/esm/content/locales/index.js';
import { packIn } from '../dist/esm/internal/content.js';
import * as i18n from '../dist/esm/internal/i18n.js';
import { parsePhone } from '../dist/esm/internal/phone.js';

/**
 * Written by the build beside the script: `{"version", "files": {"recovery-widgets.js": "sha384-…",
 * "en/benzodiazepine.js": "sha384-…", …}}`, the all-in file and each per-page file.
 */
export const INTEGRITY_URL = new URL('../dist/integrity.json', import.meta.url).href;

/**
 * Values the READMEs give as defaults (mode, audience, preset, substance): the snippet leaves them
 * out, as the READMEs' own examples do. The values offered in builder.html are the ones the
 * elements accept (see each element's class); test/e2e/builder.test.ts loads every one of them
 * and fails on any warning.
 */
const DEFAULTS = { mode: 'signs', audience: 'self', preset: 'program', substance: DEFAULT_PACK_ID };

/** http: is fine on this computer only: browsers block http: scripts on https: pages. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const HASH = /^sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}$/;
const COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The widgets' own words for a call link in `lang` ("Call …", "Llame al …"). The UI strings are read
 * by part (`uiText(commonPart, lang)`) since main's a90c9df, all at once (`uiStrings(lang)`) before it.
 */
const callWords = (lang) => i18n.uiText(locales.commonPart, lang).call;

/** Text made safe for an HTML attribute value or element content. */
const escape = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The help line as typed, checked by the kit's own rules: `{ phone }` or `{ error }`. */
export function checkPhone(value) {
  if (value.trim() === '') return { error: "Enter the help line's phone number, such as (844) 318-7500." };
  const phone = parsePhone(value);
  return phone ? { phone } : { error: 'This is not a US phone number with its area code. Write it like (844) 318-7500.' };
}

/** The script's address as typed: `{ url }` or `{ error }`. */
export function checkScriptUrl(value) {
  const text = value.trim();
  if (text === '') return { error: 'Enter the address of recovery-widgets.js.' };
  let url;
  try {
    url = new URL(text);
  } catch {
    return { error: 'Enter a full address that starts with https://.' };
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname))) return { url: url.href };
  if (url.protocol === 'http:') return { error: 'Use an https:// address. Browsers block http:// scripts on https:// pages.' };
  return { error: 'Enter a full address that starts with https://.' };
}

/** A release number in an address, as CDNs write it: a path segment `0.2.0` or `v0.2.0`, or `@0.2.0`. */
const RELEASE = /(?:^|@)v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/;

/** The all-in file: both languages, every medicine, for pages that switch. */
export const ALL_IN_FILE = 'recovery-widgets.js';

/**
 * The per-page file for a page in `lang` about `substance`: `<lang>/<family>.js`, beside the
 * all-in file (scripts/page-files.mjs builds them). The help banner alone needs no pack; it gets
 * the default medicine's file, which is as small as any.
 */
export const pageFile = (lang, substance) => `${lang}/${FAMILY_OF[substance] ?? FAMILY_OF[DEFAULT_PACK_ID]}.js`;

/** The address of `file` in the same folder as the all-in file at `allInUrl`. */
export const fileUrl = (allInUrl, file) => (file === ALL_IN_FILE ? allInUrl : new URL(file, allInUrl).href);

/**
 * The script's address against the release the integrity hash is for (dist/integrity.json's
 * `version`): `{ error }` when the address names another release, whose file this hash does not
 * match, so browsers would refuse to run it. `{}` when it names this release, or none.
 */
export function checkRelease(scriptUrl, version) {
  if (!version) return {};
  for (const segment of new URL(scriptUrl).pathname.split('/')) {
    const named = RELEASE.exec(segment)?.[1];
    if (named && named !== version) {
      const instead = `…/${segment.replace(named, version)}/…`;
      return { error: `This address names release ${named}, but the integrity hash is for release ${version}, so browsers would not run the script. Use ${instead} or build release ${named}.` };
    }
  }
  return {};
}

/**
 * The script's Subresource Integrity hash from the build's integrity file: `{ hash, version }`,
 * or `{ problem }` (a sentence for the editor) when the file is missing or holds no usable hash.
 */
export async function readIntegrity(url = INTEGRITY_URL) {
  const name = new URL(url).pathname.replace(/^\//, '');
  let data = null;
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) {
      return { problem: `No integrity hash: ${name} was not found, so the snippet has no integrity attribute. Build the kit (npm run build) to make the file.` };
    }
    data = await response.json();
  } catch {
    data = null;
  }
  const hash = data?.files?.[ALL_IN_FILE];
  if (typeof hash !== 'string' || !HASH.test(hash)) {
    return { problem: `No integrity hash: ${name} has no hash for recovery-widgets.js, so the snippet has no integrity attribute.` };
  }
  // Every usable hash, by file: the all-in file's and each per-page file's.
  const files = Object.fromEntries(Object.entries(data.files).filter(([, value]) => typeof value === 'string' && HASH.test(value)));
  return { hash, files, version: typeof data.version === 'string' ? data.version : '' };
}

/**
 * The snippet: the script tag (`async`: it never holds up the page's first paint), an accent rule
 * if one is chosen, then each widget with the
 * README's no-JavaScript content in the chosen language (a call link; the dependence loop's steps).
 *
 * @param {object} choices
 * @param {string[]} choices.widgets tags, in the form's order
 * @param {{ e164: string, display: string }} choices.phone from checkPhone
 * @param {string} choices.scriptUrl the file's address (fileUrl of checkScriptUrl's)
 * @param {string} [choices.integrity] from readIntegrity; left out when missing
 * @param {string} choices.lang `en` or `es`
 * @param {string} [choices.substance] @param {string} [choices.mode] @param {string} [choices.audience]
 * @param {string} [choices.preset] @param {string} [choices.theme] `''`, `auto`, `light` or `dark`
 * @param {string} [choices.accent] `#rrggbb`, or `''` for none
 */
export function buildSnippet(choices) {
  const { widgets, phone, scriptUrl, integrity, lang } = choices;
  const substance = choices.substance || DEFAULTS.substance;
  const lines = [
    integrity
      ? `<script async src="${escape(scriptUrl)}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>`
      : `<script async src="${escape(scriptUrl)}"></script>`,
  ];
  if (choices.accent && COLOUR.test(choices.accent)) {
    lines.push('<style>', `  ${widgets.join(', ')} { --rw-accent: ${choices.accent.toLowerCase()}; }`, '</style>');
  }
  const call = `<a href="tel:${escape(phone.e164)}">${escape(callWords(lang)(phone.display))}</a>`;
  for (const tag of widgets) {
    const attributes = [];
    const add = (name, value, fallback) => {
      if (value && value !== fallback) attributes.push(` ${name}="${escape(value)}"`);
    };
    if (tag === 'rw-symptom-checklist') {
      add('mode', choices.mode, DEFAULTS.mode);
      add('audience', choices.audience, DEFAULTS.audience);
    }
    if (tag === 'rw-treatment-timeline') add('preset', choices.preset, DEFAULTS.preset);
    // The banner shows only phone lines, which every pack shares (README), so it gets no substance.
    if (tag !== 'rw-help-banner') add('substance', substance, DEFAULTS.substance);
    add('phone', phone.display);
    add('theme', choices.theme);
    add('lang', lang);
    let content = [`<p>${call}</p>`];
    if (tag === 'rw-help-banner') content = [call];
    if (tag === 'rw-dependence-cycle') {
      const steps = packIn(substance, lang).cycle.steps.map((step) => `  <li>${escape(step.text)}</li>`);
      content = ['<ol>', ...steps, '</ol>', `<p>${call}</p>`];
    }
    lines.push(`<${tag}${attributes.join('')}>`, ...content.map((line) => `  ${line}`), `</${tag}>`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The prerendered snippet (issue 18): `snippet` with each widget replaced by the widget as the
 * preview page rendered it, serialized by the browser itself with
 * `getHTML({ serializableShadowRoots: true, shadowRoots })`: a `<template shadowrootmode="open">`
 * first inside the element, then the element's own fallback markup. The styles, which the page holds
 * as constructed stylesheets (outside the DOM, so getHTML cannot see them), go first in the
 * template as one <style>. Lit's empty marker comments are left out: the script re-renders
 * prerendered widgets in place rather than hydrating them.
 */
export async function prerenderSnippet(snippet, previewDoc) {
  const widgets = [...previewDoc.body.children].filter((element) => element.localName.startsWith('rw-'));
  for (const widget of widgets) await widget.updateComplete;
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const authored = [...template.content.children].filter((element) => element.localName.startsWith('rw-'));
  if (authored.length !== widgets.length) return null;
  // The script line and any accent rule, as they are; then each widget, prerendered.
  const lines = [snippet.slice(0, snippet.indexOf('\n<rw-'))];
  for (const [i, widget] of widgets.entries()) {
    const root = widget.shadowRoot;
    if (!root) return null;
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('');
    const shadow = root.getHTML({ serializableShadowRoots: true, shadowRoots: [root] }).replace(/<!--\??(?:lit\$\d+\$)?-->/g, '');
    const empty = authored[i].cloneNode(false).outerHTML;
    lines.push(
      `${empty.slice(0, empty.lastIndexOf('</'))}<template shadowrootmode="open"><style>${css}</style>${shadow}</template>`,
      authored[i].innerHTML.replace(/^\n+|\n+$/g, ''),
      `</${widget.localName}>`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Shows `text` in the preview frame as a page would: the widgets, then the script. The frame is a
 * fresh srcdoc page under this page's Content-Security-Policy, which blocks inline styles, so the
 * snippet's <style> rule is applied as a constructed stylesheet instead (before the widgets render).
 */
function fillPreview(frame, text) {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  // A template's content is inert: nothing in it runs or applies (so nothing the CSP must block).
  const template = document.createElement('template');
  template.innerHTML = text;
  const css = [...template.content.querySelectorAll('style')].map((style) => style.textContent).join('\n');
  if (css) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [sheet];
  }
  const source = template.content.querySelector('script[src]');
  for (const node of template.content.childNodes) {
    if (node.localName !== 'style' && node.localName !== 'script') doc.body.append(doc.importNode(node, true));
  }
  if (source) {
    // The widgets are in place; now the script, as a new element (one copied from a template never runs).
    const script = doc.createElement('script');
    for (const name of ['src', 'integrity', 'crossorigin']) {
      if (source.hasAttribute(name)) script.setAttribute(name, source.getAttribute(name));
    }
    doc.head.append(script);
  }
  const fit = () => {
    frame.style.height = `${Math.ceil(doc.documentElement.getBoundingClientRect().height)}px`;
  };
  new win.ResizeObserver(fit).observe(doc.documentElement);
}

/** Wires up the builder form in builder.html. */
function start(form) {
  const byId = (id) => document.getElementById(id);
  const phoneInput = byId('phone');
  const urlInput = byId('script-url');
  const useAccent = byId('use-accent');
  const substanceSelect = byId('substance');
  const snippetBox = byId('snippet');
  const snippetProblem = byId('snippet-problem');
  const integrityNote = byId('integrity-note');
  const status = byId('copy-status');
  const preview = byId('preview');

  for (const id of PACK_IDS) {
    const { names } = packIn(id, 'en');
    // A name within a family (fentanyl) shows the family's text: the option says so.
    const label = names.generic !== id ? `${id} (${names.generic})` : names.brands ? `${id} (${names.brands.join(', ')})` : id;
    substanceSelect.append(new Option(label, id, id === DEFAULT_PACK_ID, id === DEFAULT_PACK_ID));
  }
  urlInput.value = new URL('../dist/recovery-widgets.js', location.href).href;

  /**
   * The fields that are checked: the control (focused when copying is refused), its hint and
   * error message, what the editor must do, and whether it takes aria-invalid (a fieldset does not).
   */
  const checked = [
    { key: 'widgets', control: byId('widgets'), error: byId('widgets-error'), hint: 'widgets-hint', todo: 'choose at least one widget', invalid: false },
    { key: 'phone', control: phoneInput, error: byId('phone-error'), hint: 'phone-hint', todo: 'fix the help line phone number', invalid: true },
    { key: 'script-url', control: urlInput, error: byId('script-url-error'), hint: 'script-url-hint', todo: 'fix the address of recovery-widgets.js', invalid: true },
  ];
  /** The fields whose problems are shown: after the editor leaves them, or tries to copy. */
  const shown = new Set();
  /** null until dist/integrity.json has been read. */
  let integrity = null;

  const value = (name) => form.elements.namedItem(name)?.value ?? '';

  function read() {
    const widgets = [...form.querySelectorAll('input[name="widget"]:checked')].map((box) => box.value);
    const phone = checkPhone(phoneInput.value);
    const script = checkScriptUrl(urlInput.value);
    // The hash fits this build only: an address naming another release would be refused.
    const release = script.url && integrity?.hash ? checkRelease(script.url, integrity.version) : {};
    const problems = {
      widgets: widgets.length ? '' : 'Choose at least one widget.',
      phone: phone.error ?? '',
      'script-url': script.error ?? release.error ?? '',
    };
    // One small file for this page's language and medicine, or the all-in file.
    const file = value('file') === 'all' ? ALL_IN_FILE : pageFile(value('lang'), substanceSelect.value);
    byId('file-page-name').textContent = pageFile(value('lang'), substanceSelect.value);
    const choices = {
      widgets,
      phone: phone.phone,
      scriptUrl: script.url && fileUrl(script.url, file),
      integrity: integrity?.files?.[file],
      lang: value('lang'),
      substance: substanceSelect.value,
      mode: value('mode'),
      audience: value('audience'),
      preset: value('preset'),
      theme: value('theme'),
      accent: useAccent.checked ? value('accent') : '',
    };
    return { choices, problems };
  }

  function showProblems(problems) {
    for (const field of checked) {
      const message = shown.has(field.key) ? problems[field.key] : '';
      field.error.textContent = message;
      field.error.hidden = !message;
      field.control.setAttribute('aria-describedby', message ? `${field.hint} ${field.error.id}` : field.hint);
      if (field.invalid && message) field.control.setAttribute('aria-invalid', 'true');
      else field.control.removeAttribute('aria-invalid');
    }
  }

  /** Offers only the timeline paths the chosen substance has (`outpatient-taper`: benzodiazepines only). */
  function offerPaths() {
    const { pathways } = packIn(substanceSelect.value, 'en');
    for (const radio of document.querySelectorAll('input[name="preset"]')) {
      radio.disabled = !pathways[radio.value];
      if (radio.disabled && radio.checked) byId('preset-program').checked = true;
    }
  }

  /** Redraws everything from the form; returns the fields that have a problem, in form order. */
  function update() {
    offerPaths();
    const { choices, problems } = read();
    const widgets = new Set(choices.widgets);
    byId('checklist-options').hidden = !widgets.has('rw-symptom-checklist');
    byId('timeline-options').hidden = !widgets.has('rw-treatment-timeline');
    byId('substance-field').hidden = !choices.widgets.some((tag) => tag !== 'rw-help-banner');
    byId('accent-field').hidden = !useAccent.checked;
    showProblems(problems);

    const bad = checked.filter((field) => problems[field.key]);
    if (bad.length) {
      snippetBox.value = '';
      snippetProblem.textContent = `No snippet yet: ${bad.map((field) => field.todo).join(' and ')}.`;
    } else {
      snippetProblem.textContent = integrity ? '' : 'Looking for the integrity hash…';
      const plain = integrity ? buildSnippet(choices) : '';
      if (plain && value('form') === 'prerendered') {
        // Filled in once the preview has drawn the widgets (the preview's load listener).
        snippetBox.value = '';
        snippetProblem.textContent = 'Prerendering the widgets in the preview…';
        previewed = '';
      } else {
        snippetBox.value = plain;
      }
      if (plain) showPreview(plain);
    }
    snippetProblem.hidden = !snippetProblem.textContent;
    snippetBox.setAttribute('aria-describedby', snippetProblem.hidden ? 'snippet-note' : 'snippet-problem snippet-note');
    return bad;
  }

  // The preview: a fresh srcdoc page for each snippet, filled once it has loaded.
  let previewed = '';
  let pages = 0;
  let timer = 0;
  function showPreview(text) {
    if (text === previewed) return;
    previewed = text;
    clearTimeout(timer);
    // Typing a number should not reload the preview at every key.
    timer = setTimeout(() => {
      pages += 1;
      preview.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Preview ${pages}</title></head><body></body></html>`;
    }, 250);
  }
  preview.addEventListener('load', async () => {
    if (preview.contentDocument?.URL !== 'about:srcdoc') return;
    const shown = previewed;
    fillPreview(preview, shown);
    if (value('form') !== 'prerendered') return;
    // The prerendered snippet is the preview's own widgets, once the script has drawn them.
    const script = preview.contentDocument.querySelector('script[src]');
    if (script && !preview.contentWindow.customElements.get('rw-help-banner')) {
      await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    }
    const text = await prerenderSnippet(shown, preview.contentDocument);
    if (text && shown === previewed && value('form') === 'prerendered') {
      snippetBox.value = text;
      snippetProblem.textContent = '';
      snippetProblem.hidden = true;
      snippetBox.setAttribute('aria-describedby', 'snippet-note');
    }
  });

  let announcing = 0;
  function announce(text) {
    clearTimeout(announcing);
    announcing = setTimeout(() => {
      status.textContent = text;
    }, 100);
  }

  async function copy() {
    // Emptied first, so that "Copied" said twice is announced twice.
    status.textContent = '';
    for (const field of checked) shown.add(field.key);
    const bad = update();
    if (bad.length) {
      announce(`Not copied: ${bad[0].todo} first.`);
      const control = bad[0].control;
      (control instanceof HTMLFieldSetElement ? control.querySelector('input') : control).focus();
      return;
    }
    const text = snippetBox.value;
    if (!text) {
      announce('Not copied: the snippet is not ready yet.');
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      announce('Copied');
    } catch {
      // No Clipboard API here (or no permission): select the text for the editor to copy.
      snippetBox.focus();
      snippetBox.select();
      announce('The snippet is selected. Press Ctrl+C (Command+C on a Mac) to copy it.');
    }
  }

  form.addEventListener('input', () => {
    status.textContent = '';
    update();
  });
  form.addEventListener('change', (event) => {
    const key = event.target.name === 'widget' ? 'widgets' : event.target.id;
    if (checked.some((field) => field.key === key)) shown.add(key);
    update();
  });
  // Enter in a text field would submit the form: there is nothing to submit.
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('copy').addEventListener('click', copy);

  update();
  readIntegrity().then((result) => {
    integrity = result;
    integrityNote.textContent = result.hash
      ? `Integrity hash${result.version ? ` for version ${result.version}` : ''} from dist/integrity.json. Browsers run the script only if its file matches, so host this exact file (a CDN must also send Access-Control-Allow-Origin: *).`
      : result.problem;
    integrityNote.classList.toggle('problem', !result.hash);
    update();
  });
}

const form = document.getElementById('builder');
if (form) start(form);
