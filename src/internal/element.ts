import { LitElement, isServer, render, type CSSResultGroup, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type ReactiveController } from 'lit';
import { DEFAULT_PACK_ID, PACK_IDS } from '../content/packs/ids.js';
import { AuthoredChildren } from './controllers/authored-children.js';
import { closeOpenDetails, listenForCallsAndEscape, type RwCallDetail } from './controllers/call-and-escape.js';
import { HelpLineController } from './controllers/help-line.js';
import { LanguageController } from './controllers/language.js';
import type { PageReader } from './controllers/page-reader.js';
import { ReadableColoursController } from './controllers/readable-colours.js';
import { KIT_VERSION } from './define.js';
import { buttonStyles, fallbackLines } from './help-line.js';
import { oneOf } from './parsers/attributes.js';
import type { Parsed, Problem } from './parsers/problem.js';
import { sourcesStyles } from './sources.js';
import { THEMES, themeStyles } from './theme.js';
import { VERSION } from './version.js';

export type { RwCallDetail };

const MAX_SHOWN_VALUE = 80;

/** Resolves in a new task: `scheduler.yield()` where the browser has it, else a timeout. */
function nextTask(): Promise<void> {
  const platform = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return platform?.yield ? platform.yield() : new Promise((resolve) => setTimeout(resolve));
}

/**
 * The base of every widget: the shared attributes, warnings that name the element, attribute and
 * value, `rw-*` events, and a render that never leaves the reader without the help line. Every
 * other concern is a controller (src/internal/controllers), listed below.
 *
 * @cssprop --rw-accent - Buttons, borders and step numbers. Default: the page's `accent-color` if it sets one, else `#1d4ed8` (`#9cc3ff` with a dark theme). Button text stays readable on it.
 * @cssprop --rw-on-accent - Text on the accent colour (button text). Default `#ffffff` (`#0a1a33` with a dark theme).
 * @cssprop --rw-surface - The panel's background. Default: a faint tint of the accent (`#f3f6fb`, or `#15213a` in dark, with a `theme`).
 * @cssprop --rw-text - Text colour. Default: the page's text colour.
 * @cssprop [--rw-radius=0.5em] - Corner radius.
 * @cssprop [--rw-space=1em] - Inner spacing.
 * @cssprop [--rw-margin-block=1.5em] - Space above and below the widget, from the page's text around it.
 * @cssprop --rw-focus-ring - Colour of the keyboard focus outline. Default: the text colour (on buttons, the button colour).
 */
export abstract class RwElement extends LitElement {
  static readonly [KIT_VERSION] = VERSION;

  /** Widgets extend these: `static override styles = [RwElement.styles, styles]`. */
  static override styles: CSSResultGroup = [themeStyles, buttonStyles, sourcesStyles];

  static override properties: PropertyDeclarations = { theme: { reflect: true }, substance: {}, phone: {} };

  /** `light`, `dark` or `auto` (follows the page's `color-scheme`). Unset, the widget inherits the page's colours. */
  declare theme?: 'light' | 'dark' | 'auto';

  /**
   * Which content to show: `clonazepam` (default), `alprazolam`, `alcohol` or `opioids` (also
   * `fentanyl`, `heroin`, `oxycodone`, which show the opioid family's text).
   */
  declare substance?: 'clonazepam' | 'alprazolam' | 'alcohol' | 'opioids' | 'fentanyl' | 'heroin' | 'oxycodone';

  /**
   * The help line, in any US format (`(844) 318-7500`, `+1 844 318 7500`). Default: a child
   * `<a href="tel:…">`, else `<meta name="rw-phone">`, else the pack's help line.
   */
  declare phone?: string;

  private readonly readers: PageReader[] = [];
  private readonly warned = new Set<string>();
  /** Whether the root holds what this element rendered (not server markup or the slot). */
  private drawn = false;

  // What every widget has. Controllers that read the page do so in this order, before each update.
  /** The shown language and the common strings in it; marks the widget with it. */
  protected readonly language = new LanguageController(this);
  /** Updates when the author's children change and once the page is parsed (the help line reads a child link). */
  protected readonly authored = new AuthoredChildren(this);
  /** The help line every widget links to, and the emergency lines. */
  protected readonly helpLine = new HelpLineController(this);
  /** Text stays readable on the partner's colours. */
  private readonly colours = new ReadableColoursController(this);

  /** True in an update where the content changed: another `substance`, or another language. */
  protected contentChanged = true;

  constructor() {
    super();
    // `rw-call` for every call and text link; Escape closes what is open.
    listenForCallsAndEscape(
      this,
      (call) => this.emit<RwCallDetail>('rw-call', { ...call, widget: this.widget }),
      (path) => this.closeOpenPart(path),
    );
  }

  /** @internal Also collects the controllers that read the page (see PageReader). */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if ('read' in controller) this.readers.push(controller as PageReader);
  }

  /**
   * Issue 18: below the reader's view, the first update waits for a task of its own once the page
   * is parsed, so that a script arriving after parsing (`async`, `defer`) does not draw every widget
   * in the task that defines them. Widgets in or above the view draw at once, together (one per
   * frame, each would push the next down while the reader looks). While the page is still parsed
   * (a blocking script, `async` arriving early) widgets draw as the parser reaches them, as before.
   * Later updates (a reader's clicks) keep Lit's microtask.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || document.readyState === 'loading' || this.getBoundingClientRect().top < innerHeight) return super.scheduleUpdate();
    return nextTask().then(() => super.scheduleUpdate());
  }

  /**
   * Prerendered widgets (issue 18): one that arrives with a declarative shadow root (see
   * prerender/index.mjs) is rendered again in place, not hydrated. Its server markup stays until
   * the first render clears it and fills the same root in the same task, so the page never paints
   * the empty root and nothing shifts. A plain tag's new root shows what the author wrote inside
   * (its fallback help link) through a slot until then.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot !== null;
    const root = super.createRenderRoot();
    this.renderOptions.renderBefore = null;
    if (!prerendered) root.append(this.ownerDocument.createElement('slot'));
    return root;
  }

  /** The widget's name in events: the tag without its `rw-` prefix. */
  protected get widget(): string {
    return this.localName.replace(/^rw-/, '');
  }

  /** What Escape closes: by default the innermost open `<details>` (sources); widgets with their own disclosures extend this. */
  protected closeOpenPart(path: EventTarget[]): boolean {
    return closeOpenDetails(path);
  }

  /**
   * The one place warnings are said: once per element and message, naming the element, the
   * attribute (or child) and the value. Nothing is said about children while the page is parsed,
   * nor on the server, which does not read them.
   */
  protected warn(problems: Problem[]): void {
    for (const { name, value, consequence, authored } of problems) {
      if (authored && (isServer || document.readyState === 'loading')) continue;
      let shown = typeof value === 'string' ? value : String(value);
      if (shown.length > MAX_SHOWN_VALUE) shown = `${shown.slice(0, MAX_SHOWN_VALUE)}…`;
      const message = `[recovery-widgets] <${this.localName}> ${name}=${JSON.stringify(shown)} ${consequence}`;
      if (!this.warned.has(message)) console.warn(message);
      this.warned.add(message);
    }
  }

  /**
   * An empty value is no value: `theme=""`, or a framework writing `''` for `undefined` (Preact
   * does), leaves the property unset, with no warning. On/off attributes are left alone.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    const declared = name === undefined ? undefined : (this.constructor as typeof LitElement).elementProperties.get(name);
    if (declared && !declared.state && declared.type !== Boolean && (this as Record<PropertyKey, unknown>)[name!] === '') {
      (this as Record<PropertyKey, unknown>)[name!] = undefined;
      return;
    }
    super.requestUpdate(name, oldValue, options);
  }

  /** A parser's value, with its problems said. */
  protected take<T>({ value, problems }: Parsed<T>): T {
    this.warn(problems);
    return value;
  }

  /** Dispatches a bubbling, composed `rw-*` event. Details carry outcomes, never a reader's answers. */
  protected emit<T>(type: `rw-${string}`, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  /** In the browser only (the server renders from properties alone): the controllers read the page. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    for (const reader of this.readers) this.warn(reader.read() ?? []);
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Lit's server renderer calls willUpdate but not shouldUpdate: there the controllers read what the
    // prerenderer passes as attributes (`lang`, `phone`, `sms`; see their isServer branches).
    if (isServer) for (const reader of this.readers) this.warn(reader.read() ?? []);
    if (changed.has('theme') && this.theme != null) this.take(oneOf('theme', this.theme, THEMES, "the page's colours"));
    if (changed.has('substance')) this.take(oneOf('substance', this.substance, PACK_IDS, DEFAULT_PACK_ID));
    this.contentChanged = changed.has('substance') || this.language.changed;
    if (this.contentChanged) this.contentChangedTo(this.substance, this.language.shown);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.warn(this.colours.check(changed));
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.colours.measure();
  }

  adoptedCallback(): void {
    this.colours.moveStyles();
  }

  protected override render(): unknown {
    return this.language.mark(this.renderWidget());
  }

  /**
   * Error isolation: whatever throws while this widget updates (reading the page, its attributes,
   * content or template), the fault stays here. The widget shows the help line, `console.error`
   * names it, and the page and the other widgets carry on.
   */
  protected override performUpdate(): void {
    // The first render replaces the server markup, or the slot (see createRenderRoot).
    if (!this.drawn) this.renderRoot.replaceChildren();
    this.drawn = true;
    try {
      super.performUpdate();
    } catch (error) {
      console.error(`[recovery-widgets] <${this.localName}> failed to render; it shows the help line instead.`, error);
      render(fallbackLines(this.helpLine.line, this.language.common), this.renderRoot, this.renderOptions);
    }
  }

  /** Widgets that show a pack take it here (see RwContentElement); the base needs only the lines. */
  protected contentChangedTo(_substance: string | undefined, _language: string): void {}

  /** The widget's own template. If it throws, the element shows the help line instead. */
  protected abstract renderWidget(): unknown;
}
