import { LitElement, html, isServer, nothing, render, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { common, type UiStrings } from '../content/locales/en.js';
import { commonPart } from '../content/locales/index.js';
import { usHelplines } from '../content/helplines.js';
import { DEFAULT_PACK_ID, PACK_IDS } from '../content/packs/ids.js';
import type { Helplines } from '../content/types.js';
import { AA, contrastRatio, parseColor, readableOn } from './contrast.js';
import { KIT_VERSION } from './define.js';
import { buttonStyles, callLink, centerLine, numberSources, type NumberSource } from './help-line.js';
import { langOf, shownLanguage, uiText } from './i18n.js';
import { parsePhone, type PhoneNumber } from './phone.js';
import { sourcesStyles } from './sources.js';
import { THEMES, themeStyles } from './theme.js';
import { VERSION } from './version.js';

const MAX_SHOWN_VALUE = 80;

/** Forced colors: the system picks every colour, so the widgets leave contrast to it. */
const forcedColors = typeof matchMedia === 'undefined' ? null : matchMedia('(forced-colors: active)');

/** Public colour properties, the private property that replaces an invalid value, and its default. */
const FIXABLE_COLOURS: [property: string, fixed: string, fallback: string][] = [
  ['--rw-accent', '--_fixed-accent', 'light-dark(#1d4ed8, #9cc3ff)'],
  ['--rw-on-accent', '--_fixed-on-accent', 'light-dark(#ffffff, #0a1a33)'],
  ['--rw-surface', '--_fixed-surface', 'color-mix(in srgb, var(--_accent) 7%, transparent)'],
  ['--rw-danger', '--_fixed-danger', 'light-dark(#b3261e, #ffb4ab)'],
  ['--rw-on-danger', '--_fixed-on-danger', 'light-dark(#ffffff, #690005)'],
];

export interface RwCallDetail {
  /** The number dialled or texted: E.164 (`+18443187500`) or a short code (`911`, `988`). */
  phone: string;
  channel: 'call' | 'text';
  widget: string;
}

/**
 * The base of every widget: theme, substance, language and help-line attributes; warnings that
 * name the element, attribute and value; `rw-*` events (`rw-call` for every tel:/sms: link); and
 * a render that never leaves the reader without the help line.
 *
 * The custom properties below are read by every widget (see internal/theme.ts); the custom
 * elements manifest lists them under each widget.
 *
 * @cssprop --rw-accent - Buttons, borders and step numbers. Default: the page's `accent-color` if it sets one, else `#1d4ed8` (`#9cc3ff` with a dark theme). Button text stays readable on it.
 * @cssprop --rw-on-accent - Text on the accent colour (button text). Default `#ffffff` (`#0a1a33` with a dark theme).
 * @cssprop --rw-surface - The panel's background. Default: a faint tint of the accent (`#f3f6fb`, or `#15213a` in dark, with a `theme`).
 * @cssprop --rw-text - Text colour. Default: the page's text colour.
 * @cssprop [--rw-radius=0.5em] - Corner radius.
 * @cssprop [--rw-space=1em] - Inner spacing.
 * @cssprop --rw-focus-ring - Colour of the keyboard focus outline. Default: the text colour (on buttons, the button colour).
 */
export abstract class RwElement extends LitElement {
  static readonly [KIT_VERSION] = VERSION;

  /** Widgets extend these: `static override styles = [RwElement.styles, styles]`. */
  static override styles: CSSResultGroup = [themeStyles, buttonStyles, sourcesStyles];

  /**
   * `light`, `dark` or `auto` (follows the page's `color-scheme`). Unset, the widget inherits the
   * page's colours.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Which content pack to use: `clonazepam` (default) or `alprazolam`. */
  @property() substance?: 'clonazepam' | 'alprazolam';

  /**
   * The help line, in any US format (`(844) 318-7500`, `+1 844 318 7500`). Default: a child
   * `<a href="tel:…">`, else `<meta name="rw-phone">`, else the pack's help line.
   */
  @property() phone?: string;

  /**
   * The language shown: the element's `lang`, else the nearest ancestor's, else `<html lang>`,
   * when the kit has it (English, Spanish); otherwise English. Re-read on every update, and any
   * `lang` change in the page requests one.
   */
  @state() protected language = 'en';

  /** The phone lines every widget shows (911, 988, SAMHSA) and the content's own help line. */
  protected helplines: Helplines = usHelplines;

  /** The help line every widget links to; resolved on each update from `phone` and its fallbacks. */
  protected helpLine: PhoneNumber = centerLine(usHelplines);

  /** True in an update where the content changed: another `substance`, or another language. */
  protected contentChanged = true;

  /** The UI strings every widget shows, in the shown language. Each widget reads its own part with `uiText`. */
  protected common: UiStrings['common'] = common;

  /** The page's language where this element is (`langOf`), read on each update. */
  private inheritedLanguage = '';

  /**
   * True when the author's light-DOM children may have changed since the last update: on the
   * first update, when they mutate, and once the page has finished parsing (a plain script in
   * <head> upgrades an element before the parser has reached its children).
   */
  protected lightDomChanged = true;

  private readonly warned = new Set<string>();
  /** This element's own fixes for unreadable partner colours; see keepTextReadable. */
  private readonly readableSheet = typeof CSSStyleSheet === 'undefined' ? null : new CSSStyleSheet();
  /** Whether the colours were checked since the element was last connected. */
  private coloursChecked = false;
  /** What readableSheet holds now. */
  private readableCss = '';
  private readonly onLightDomChange = () => {
    this.lightDomChanged = true;
    this.requestUpdate();
  };
  // SSR guard (issue 18): no MutationObserver on the server, where nothing changes after the render.
  private readonly lightDomObserver = isServer ? null : new MutationObserver(this.onLightDomChange);
  /** A `lang` attribute changed on the page, or in a shadow root holding this element. */
  private readonly langObserver = isServer ? null : new MutationObserver(() => this.updateIfLanguageMoved());

  constructor() {
    super();
    // One listener for every link: the href says what was dialled, so no per-link handlers.
    this.addEventListener('click', (event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      // `sms:988?&body=AYUDA`: the number is what comes before any message.
      const [scheme, phone] = (link?.getAttribute('href') ?? '').split(/[:?]/);
      if (scheme === 'tel' || scheme === 'sms') {
        this.emit<RwCallDetail>('rw-call', { phone, channel: scheme === 'tel' ? 'call' : 'text', widget: this.widget });
      }
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented && this.closeOpenPart(event.composedPath())) {
        event.preventDefault();
      }
    });
  }

  /**
   * Escape closes what is open around the focus: the innermost open `<details>` (sources), and
   * focus returns to its summary. Widgets with their own disclosures extend this.
   * Returns whether something closed.
   */
  protected closeOpenPart(path: EventTarget[]): boolean {
    const details = path.find((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement && node.open);
    if (!details) return false;
    details.open = false;
    details.querySelector<HTMLElement>(':scope > summary')?.focus();
    return true;
  }

  /** The widget's name in events: the tag without its `rw-` prefix. */
  protected get widget(): string {
    return this.localName.replace(/^rw-/, '');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.coloursChecked = false;
    this.lightDomObserver?.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['href', 'id'],
    });
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.onLightDomChange, { once: true });
    }
    const lang = { subtree: true, attributeFilter: ['lang'] };
    this.langObserver?.observe(this.ownerDocument.documentElement, lang);
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      this.langObserver?.observe(root, lang);
    }
    // Back on the page, perhaps elsewhere: render for where it is now, in that section's language,
    // with its colours checked there (one moved before DOMContentLoaded has had no check yet).
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * Prerendered widgets (issue 18): one that arrives with a declarative shadow root (see
   * prerender/index.mjs) is rendered again in place, not hydrated. Its server markup is cleared here,
   * on upgrade, and the first render fills the same root in a microtask of the same task, so the
   * page never paints the empty root and nothing shifts.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /** Renders again when the language around this element is no longer the one it was rendered in. */
  private updateIfLanguageMoved(): void {
    if (this.hasUpdated && langOf(this) !== this.inheritedLanguage) this.requestUpdate();
  }

  /**
   * Moved into another document (an iframe): constructed stylesheets of this document cannot be
   * adopted there, so the styles move as <style> elements; back home, the sheets are adopted again.
   */
  adoptedCallback(): void {
    const root = this.renderRoot as ShadowRoot;
    root.querySelectorAll('style[data-rw-moved]').forEach((element) => element.remove());
    const styles = (this.constructor as typeof LitElement).elementStyles.map((style) =>
      style instanceof CSSStyleSheet ? style : style.styleSheet!,
    );
    if (this.ownerDocument === document) {
      root.adoptedStyleSheets = this.readableSheet ? [...styles, this.readableSheet] : styles;
      return;
    }
    root.adoptedStyleSheets = [];
    for (const sheet of styles) {
      const element = this.ownerDocument.createElement('style');
      element.dataset.rwMoved = '';
      element.textContent = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      root.prepend(element);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightDomObserver?.disconnect();
    this.langObserver?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.onLightDomChange);
  }

  /** Warns once per element about a bad value, naming the element, the attribute and the value. */
  protected warnInvalid(attribute: string, value: unknown, consequence: string): void {
    let shown = typeof value === 'string' ? value : String(value);
    if (shown.length > MAX_SHOWN_VALUE) shown = `${shown.slice(0, MAX_SHOWN_VALUE)}…`;
    const message = `[recovery-widgets] <${this.localName}> ${attribute}=${JSON.stringify(shown)} ${consequence}`;
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  }

  /**
   * Like warnInvalid, for what the author wrote as children. While the page is still being parsed
   * the children may be only partly there (an `<ol>` before its items), so nothing is said until
   * DOMContentLoaded, when every widget reads its children again.
   */
  protected warnAboutChildren(child: string, value: unknown, consequence: string): void {
    if (document.readyState !== 'loading') this.warnInvalid(child, value, consequence);
  }

  /** The first dialable number among `sources`; each one present but not dialable gets a warning. */
  protected firstDialable(sources: NumberSource[]): PhoneNumber | null {
    for (const { label, value } of sources) {
      if (value == null) continue;
      const parsed = parsePhone(value);
      if (parsed) return parsed;
      this.warnInvalid(label, value, 'is not a dialable US phone number; it is ignored.');
    }
    return null;
  }

  /** The attribute's value when it is one of `allowed`; otherwise `fallback`, with a warning if it was set. */
  protected oneOf<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
    if (value == null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warnInvalid(attribute, value, `is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  /** Dispatches a bubbling, composed `rw-*` event. Details carry outcomes, never a reader's answers. */
  protected emit<T>(type: `rw-${string}`, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme != null && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnInvalid('theme', this.theme, `is not one of ${THEMES.join(', ')}; using the page's colours.`);
    }
    this.inheritedLanguage = langOf(this);
    this.language = shownLanguage(this.inheritedLanguage);
    if (changed.has('substance') && this.substance != null && !(PACK_IDS as readonly string[]).includes(this.substance)) {
      this.warnInvalid('substance', this.substance, `is not a known substance; using ${DEFAULT_PACK_ID}.`);
    }
    this.contentChanged = changed.has('substance') || (changed as PropertyValues).has('language');
    if (this.contentChanged) {
      this.common = uiText(commonPart, this.language);
      this.contentChangedTo(this.substance, this.language);
    }
    this.helpLine = this.firstDialable(numberSources(this, 'phone', this.phone)) ?? centerLine(this.helplines);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.lightDomChanged = false;
    // Colours depend on attributes and the page, not on a reader's clicks (internal state).
    const elementProperties = (this.constructor as typeof LitElement).elementProperties;
    const onlyState = changed.size > 0 && [...changed.keys()].every((key) => elementProperties.get(key)?.state);
    // While the page is parsed, each widget renders as the parser reaches it, and measuring its
    // colours would make the browser compute the page's styles once per widget (1.4 s of main-thread
    // time for 150 widgets on a 4× slower CPU). Every widget renders again at DOMContentLoaded
    // (see connectedCallback), when the styles are computed once and each check is cheap.
    if (document.readyState === 'loading') return;
    if (!onlyState || !this.coloursChecked) this.keepTextReadable();
    this.coloursChecked = true;
  }

  /**
   * Fits the page's colours. The page's `accent-color`, if it sets one, becomes the default accent.
   * Whatever accent, danger colour or surface a partner sets, text on it keeps 4.5:1: where the
   * colours given fall short, the widget switches that text to black or white, whichever reads
   * better (always at least 4.58:1). Checked on every render; forced colors are left to the system.
   */
  private keepTextReadable(): void {
    const root = this.renderRoot as ShadowRoot;
    // In another document (see adoptedCallback) this document's sheets cannot be adopted.
    if (!this.readableSheet || this.ownerDocument !== document || forcedColors?.matches) return;
    const style = getComputedStyle(this);
    const declarations: string[] = [];
    let partnerColours = style.getPropertyValue('--rw-text').trim() !== '';
    // A partner value that is no colour at all would leave, say, white text on no background:
    // such a value is replaced by the default, with a warning.
    for (const [property, fixed, fallback] of FIXABLE_COLOURS) {
      const value = style.getPropertyValue(property).trim();
      partnerColours ||= value !== '';
      if (value && !CSS.supports('color', value)) {
        this.warnInvalid(property, value, 'is not a colour; using the default.');
        declarations.push(`${fixed}: ${fallback};`);
      }
    }
    // The page's own accent-color is the default accent, when the partner sets no --rw-accent.
    if (style.getPropertyValue('--rw-accent').trim() === '' && style.accentColor !== 'auto') {
      declarations.push(`--_host-accent: ${style.accentColor};`);
    }
    const base = declarations.join(' ');
    this.setReadableCss(base);
    // The kit's own colours read well together: with no partner colour and no page accent there is
    // nothing to measure, and the probe's extra style pass (a cost on pages with many widgets) is saved.
    if (!partnerColours && !base) return;
    // One hidden probe resolves all six colours in a single style pass.
    const probe = document.createElement('span');
    probe.hidden = true;
    Object.assign(probe.style, {
      color: 'inherit',
      backgroundColor: 'var(--_surface)',
      borderTopColor: 'var(--_on-accent)',
      borderRightColor: 'var(--_accent)',
      borderBottomColor: 'var(--_on-danger)',
      borderLeftColor: 'var(--_danger)',
    });
    root.append(probe);
    const resolved = getComputedStyle(probe);
    const pairs: [name: string, text: string, background: string][] = [
      ['--_readable-on-accent', resolved.borderTopColor, resolved.borderRightColor],
      ['--_readable-on-danger', resolved.borderBottomColor, resolved.borderLeftColor],
      ['--_readable-text', resolved.color, resolved.backgroundColor],
    ];
    const fixes: string[] = [];
    for (const [name, text, background] of pairs) {
      const [fg, bg] = [parseColor(text), parseColor(background)];
      // A see-through surface shows the host page's own background, which the host keeps readable.
      if (!fg || !bg || bg.a < 1) continue;
      if (contrastRatio(fg, bg) < AA) fixes.push(`${name}: ${readableOn(bg)};`);
    }
    probe.remove();
    this.setReadableCss([base, ...fixes].filter(Boolean).join(' '));
  }

  /** Puts `declarations` on :host through this element's own sheet, touching it only on a change. */
  private setReadableCss(declarations: string): void {
    const css = declarations ? `:host { ${declarations} }` : '';
    if (!this.readableSheet || css === this.readableCss) return;
    this.readableCss = css;
    this.readableSheet.replaceSync(css);
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.readableSheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.readableSheet];
    }
  }

  /** The widget, marked with the shown language where the page's differs (WCAG 3.1.2). */
  protected override render(): unknown {
    const lang = this.inheritedLanguage === this.language ? nothing : this.language;
    return html`<div class="lang" lang=${lang}>${this.renderWidget()}</div>`;
  }

  /**
   * Error isolation: whatever throws while this widget updates (reading its attributes, content or
   * template), the fault stays here. The widget shows the help line, `console.error` names it, and
   * the page and the other widgets carry on.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.error(`[recovery-widgets] <${this.localName}> failed to render; it shows the help line instead.`, error);
      render(callLink(this.helpLine, this.common), this.renderRoot, this.renderOptions);
    }
  }

  /** Widgets that show a pack take it here (see RwContentElement); the base needs only the lines. */
  protected contentChangedTo(_substance: string | undefined, _language: string): void {}

  /** The widget's own template. If it throws, the element shows the help line instead. */
  protected abstract renderWidget(): unknown;
}

declare global {
  interface HTMLElementEventMap {
    'rw-call': CustomEvent<RwCallDetail>;
  }
  /** The event bubbles out of shadow roots, so pages listen for it on document too. */
  interface DocumentEventMap {
    'rw-call': CustomEvent<RwCallDetail>;
  }
}
