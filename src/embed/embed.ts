/**
 * `dist/embed.js`: turns `dist/embed.html` into one widget, chosen and set up by the page's URL,
 * for an `<iframe>` on platforms that strip scripts from posts (hosted blogs, some CMS plans).
 *
 *     embed.html?widget=help-banner&phone=555-010-2000&frame=help
 *
 * Parameters
 * - `widget`: the tag without its `rw-` prefix (`help-banner`, `symptom-checklist`, …). Missing or
 *   unknown: a warning, and the help banner.
 * - `lang`: set on `<html>`, so the whole page (its title too) is in that language (WCAG 3.1.1). A
 *   language the widgets do not show (`fr`) is replaced by English, with a warning.
 * - `frame`: a name of your choosing, sent back in every height message as `id`.
 * - Every other parameter is an attribute of the widget, set on the element as written, so the
 *   widget checks it exactly as it checks an attribute in a page (its own warning, its own safe
 *   default). `theme=light|dark` also sets the page's colour scheme.
 * - Rules of the URL itself, each with a console warning: a parameter that is not an attribute of
 *   the widget is ignored; an empty value is ignored (`phone=`); a parameter given twice keeps its
 *   first value; an on/off attribute (`dismissible`, `expanded`, `no-emergency`) is on when written
 *   bare, empty (`dismissible=`, as in HTML), as `=true` or as its own name, and any other value
 *   (`=false`, `=no`) leaves it off.
 *
 * Height protocol
 * Whenever the page's content height changes (first render, a stage opened, the banner closed, a
 * narrower frame), the page posts to `window.parent`:
 *
 *     { type: 'rw-embed:height', height: 312, widget: 'help-banner', id: 'help' }
 *
 * `height` is the content's height in CSS pixels, rounded up to a whole number; `widget` is the
 * widget shown (after any fallback); `id` is the `frame` parameter, present only when given. The
 * message carries nothing else, never anything about a reader's answers, so it is posted to any
 * origin ('*'). The host's script (README, "Iframe") checks `event.source` and sets the height.
 * The height follows what is shown, so it can hint that a stage opened or which kind of checklist
 * result showed; never the answers. Nothing else is posted: `rw-call`, `rw-result` and the other
 * events stay in this page, and the widgets' `tel:` / `sms:` links are left as they render them.
 *
 * Colours
 * The page's background is transparent, and it declares `color-scheme: light dark`. Measured in
 * Chromium 156: where the host page declares a `color-scheme`, the frame follows the host's scheme
 * and the host's background shows through. Where the host declares none and the reader's system
 * prefers dark, the frame's scheme (dark) differs from the iframe element's (light), and Chromium
 * paints the frame opaque dark (#121212) with light text: readable, but a dark box. The README
 * tells hosts how to avoid that (`color-scheme` on their page, or `theme=light|dark`).
 */
import { LANGUAGES, WIDGET_TAGS } from '../internal/widgets.js';

/** The widgets, by tag without `rw-`. */
const WIDGETS = WIDGET_TAGS.map((tag) => tag.slice(3));

/** Shown when `widget` is missing or unknown: the help line never disappears. */
const FALLBACK = 'help-banner';

/** The languages the widgets show (src/content/locales), by primary subtag. */
const SHOWN: readonly string[] = LANGUAGES;

/** Parameters this page reads itself; every other one is an attribute of the widget. */
const OWN = ['widget', 'lang', 'frame'];

const MAX_SHOWN_VALUE = 80;

/** What a Lit element's class tells about its attributes: their names and which are on/off. */
interface WidgetClass extends CustomElementConstructor {
  observedAttributes?: string[];
  elementProperties?: Map<PropertyKey, { type?: unknown; attribute?: string | boolean }>;
}

/** The message the page posts to its parent; see "Height protocol" above. */
interface EmbedHeightMessage {
  type: 'rw-embed:height';
  height: number;
  widget: string;
  id?: string;
}

/** Warns like the widgets do: the page, the element, the parameter and its value. */
function warn(element: string, name: string, value: string | null, consequence: string): void {
  let shown = value ?? '';
  if (shown.length > MAX_SHOWN_VALUE) shown = `${shown.slice(0, MAX_SHOWN_VALUE)}…`;
  const what = value == null ? `${name} is missing;` : `${name}=${JSON.stringify(shown)}`;
  console.warn(`[recovery-widgets] embed.html ${element}${what} ${consequence}`);
}

/** The URL's parameters, each with its first value; a repeated one gets a warning. */
function readParameters(search: string): Map<string, string> {
  const all = new URLSearchParams(search);
  const first = new Map<string, string>();
  for (const name of new Set(all.keys())) {
    const [value, ...others] = all.getAll(name);
    first.set(name, value);
    if (others.length > 0) {
      warn('', name, value, `is given ${others.length + 1} times; using the first value and ignoring ${others.map((v) => JSON.stringify(v)).join(', ')}.`);
    }
  }
  return first;
}

/** The names of the widget's on/off attributes (`dismissible`, `expanded`, …). */
function onOffAttributes(widget: WidgetClass): Set<string> {
  const names = new Set<string>();
  for (const [property, options] of widget.elementProperties ?? []) {
    if (options.type !== Boolean || options.attribute === false) continue;
    names.add(typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase());
  }
  return names;
}

/** Sets each parameter as an attribute of `element`, by the rules at the top of this file. */
function setAttributes(element: HTMLElement, widget: WidgetClass, parameters: Map<string, string>): void {
  const tag = `<${element.localName}> `;
  const attributes = new Set(widget.observedAttributes ?? []);
  const onOff = onOffAttributes(widget);
  for (const [name, value] of parameters) {
    if (OWN.includes(name)) continue;
    if (!attributes.has(name)) {
      warn(tag, name, value, 'is not an attribute of this widget; it is ignored.');
    } else if (onOff.has(name)) {
      if (value === '' || value === 'true' || value === name) element.setAttribute(name, '');
      else warn(tag, name, value, `is not on or off; it is left off. Write ${name} or ${name}=true to turn it on.`);
    } else if (value.trim() === '') {
      warn(tag, name, value, 'is empty; it is ignored.');
    } else {
      element.setAttribute(name, value);
    }
  }
}

/** The page's language from `lang`, or null to keep `<html lang="en">`. */
function pageLanguage(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(value)) {
    warn('', 'lang', value, 'is not a language tag such as en or es-MX; the page is in English.');
    return null;
  }
  if (!SHOWN.includes(value.split('-')[0].toLowerCase())) {
    warn('', 'lang', value, `is not a language the widgets show (${SHOWN.join(', ')}); the page is in English.`);
    return null;
  }
  return value;
}

/** `frame`, to send back as `id`: letters, digits, `-` and `_`, up to 64. */
function frameId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^[\w-]{1,64}$/.test(value)) return value;
  warn('', 'frame', value, 'is not 1 to 64 letters, digits, - or _; height messages are sent without an id.');
  return undefined;
}

/** The page's own styles: no margin, a transparent background, a readable default font. */
function adoptPageStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    html, body { background: transparent; }
    body { margin: 0; padding: 2px; font-family: system-ui, sans-serif; line-height: 1.5; }
    /* The frame holds the widget alone: no space around it from --rw-margin-block. */
    body { --rw-margin-block: 0; }
  `);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Posts the content's height to the parent whenever it changes (see "Height protocol"). */
function reportHeight(widget: string, id: string | undefined): void {
  if (window.parent === window) return;
  let posted = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    const message: EmbedHeightMessage = { type: 'rw-embed:height', height, widget, ...(id === undefined ? {} : { id }) };
    window.parent.postMessage(message, '*');
  }).observe(document.documentElement);
}

function main(): void {
  const parameters = readParameters(location.search);
  const asked = parameters.get('widget');
  let name = FALLBACK;
  if (asked === undefined) warn('', 'widget', null, `showing ${FALLBACK}.`);
  else if (!WIDGETS.includes(asked)) warn('', 'widget', asked, `is not one of ${WIDGETS.join(', ')}; showing ${FALLBACK}.`);
  else name = asked;

  const lang = pageLanguage(parameters.get('lang'));
  if (lang) document.documentElement.lang = lang;

  const theme = parameters.get('theme');
  if (theme === 'light' || theme === 'dark') {
    document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', theme);
  }

  adoptPageStyles();
  reportHeight(name, frameId(parameters.get('frame')));

  // Without the kit (the script failed to load), the page keeps its plain help line.
  const widget = customElements.get(`rw-${name}`) as WidgetClass | undefined;
  if (!widget) return;
  const element = document.createElement(`rw-${name}`) as HTMLElement & { updateComplete?: Promise<unknown> };
  setAttributes(element, widget, parameters);
  document.body.replaceChildren(element);

  // The page's title is the widget's heading, in the page's language ("Get help now").
  void element.updateComplete?.then(() => {
    const heading = element.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim();
    if (heading) document.title = heading;
  });
}

main();
