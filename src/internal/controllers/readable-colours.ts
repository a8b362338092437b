import type { LitElement, PropertyValues, ReactiveController } from 'lit';
import { backdropOf } from '../backdrop.js';
import { AA, contrastRatio, isDark, parseColor, readableOn } from '../contrast.js';
import type { Problem } from '../parsers/problem.js';
import { THEMES } from '../theme.js';

/** Forced colors: the system picks every colour, so the widgets leave contrast to it. */
const forcedColors = typeof matchMedia === 'undefined' ? null : matchMedia('(forced-colors: active)');

/**
 * Public colour properties, the private property that replaces an invalid value, and its default
 * (the colours themselves are written once, in theme.ts).
 */
const FIXABLE_COLOURS: [property: string, fixed: string, fallback: string][] = [
  ['--rw-accent', '--_fixed-accent', 'var(--_default-accent)'],
  ['--rw-on-accent', '--_fixed-on-accent', 'var(--_default-on-accent)'],
  ['--rw-surface', '--_fixed-surface', 'color-mix(in srgb, var(--_accent) 7%, transparent)'],
  ['--rw-danger', '--_fixed-danger', 'var(--_default-danger)'],
  ['--rw-on-danger', '--_fixed-on-danger', 'var(--_default-on-danger)'],
];

/**
 * Fits the page's colours, around each update in the browser: reads before the render, measures
 * after it only where a partner's colours need it. The page's `accent-color`, if it sets
 * one, becomes the default accent. Whatever accent, danger colour or surface a partner sets, text
 * on it keeps 4.5:1: where the colours given fall short, the widget switches that text to black or
 * white, whichever reads better (always at least 4.58:1). Forced colors are left to the system.
 * The fixes go on :host through the element's own constructed sheet.
 */
export class ReadableColoursController implements ReactiveController {
  /** This element's own fixes for unreadable partner colours. */
  private readonly sheet = typeof CSSStyleSheet === 'undefined' ? null : new CSSStyleSheet();
  /** What `sheet` holds now. */
  private css = '';
  /** Whether the colours were checked since the element was last connected. */
  private checked = false;
  /** What `check` wrote, when the colours need measuring after the render. */
  private measured?: string;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.checked = false;
  }

  /**
   * Called before each render in the browser (from the element's `update`), unless only internal
   * state (a reader's clicks) changed: reads the page's colours while its styles are still clean
   * (after the render, each read would force a style pass), and writes the scheme and the fixes for
   * invalid values. Returns the partner values that are no colour at all.
   */
  check(changed: PropertyValues): Problem[] {
    const elementProperties = (this.host.constructor as typeof LitElement).elementProperties;
    const onlyState = changed.size > 0 && [...changed.keys()].every((key) => elementProperties.get(key)?.state);
    // While the page is parsed, each widget renders as the parser reaches it, and measuring its
    // colours would make the browser compute the page's styles once per widget (1.4 s of main-thread
    // time for 150 widgets on a 4× slower CPU). Every widget renders again at DOMContentLoaded
    // (see AuthoredChildren), when the styles are computed once and each check is cheap.
    if (document.readyState === 'loading' || (onlyState && this.checked)) return [];
    this.checked = true;
    const { host } = this;
    const problems: Problem[] = [];
    this.measured = undefined;
    // In another document (see moveStyles) this document's sheets cannot be adopted.
    if (!this.sheet || host.ownerDocument !== document || forcedColors?.matches) return problems;
    const style = getComputedStyle(host);
    const declarations: string[] = [];
    let partnerColours = style.getPropertyValue('--rw-text').trim() !== '';
    // A partner value that is no colour at all would leave, say, white text on no background:
    // such a value is replaced by the default, with a warning.
    for (const [property, fixed, fallback] of FIXABLE_COLOURS) {
      const value = style.getPropertyValue(property).trim();
      partnerColours ||= value !== '';
      if (value && !CSS.supports('color', value)) {
        problems.push({ name: property, value, consequence: 'is not a colour; using the default.' });
        declarations.push(`${fixed}: ${fallback};`);
      }
    }
    // With no valid `theme`, the widget takes the colour scheme of what is behind it, so on a dark
    // page that declares no color-scheme its checkboxes, emergency card and light-dark() colours
    // are the dark ones.
    const theme = (host as LitElement & { theme?: string }).theme ?? '';
    const scheme = (THEMES as readonly string[]).includes(theme) ? '' : `color-scheme: ${isDark(backdropOf(host)) ? 'dark' : 'light'};`;
    // The page's own accent-color is the default accent, when the partner sets no --rw-accent.
    if (style.getPropertyValue('--rw-accent').trim() === '' && style.accentColor !== 'auto') {
      declarations.push(`--_host-accent: ${style.accentColor};`);
    }
    const base = [scheme, ...declarations].filter(Boolean).join(' ');
    this.setCss(base);
    // The kit's own colours read well together: with no partner colour and no page accent there is
    // nothing to measure, and the probe's extra style pass (a cost on pages with many widgets) is saved.
    if (partnerColours || declarations.length) this.measured = base;
    return problems;
  }

  /**
   * Called after the render, where the colours read need measuring (see `check`): one hidden probe
   * resolves all six colours in a single style pass, and text that falls short of 4.5:1 switches to
   * black or white.
   */
  measure(): void {
    const base = this.measured;
    if (base === undefined) return;
    this.measured = undefined;
    const root = this.host.renderRoot as ShadowRoot;
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
    this.setCss([base, ...fixes].filter(Boolean).join(' '));
  }

  /** Puts `declarations` on :host through the element's own sheet, touching it only on a change. */
  private setCss(declarations: string): void {
    const css = declarations ? `:host { ${declarations} }` : '';
    if (!this.sheet || css === this.css) return;
    this.css = css;
    this.sheet.replaceSync(css);
    const root = this.host.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
  }

  /**
   * The element moved into another document (an iframe): constructed stylesheets of this document
   * cannot be adopted there, so the styles move as <style> elements; back home, the sheets are
   * adopted again (the element's styles and this controller's fixes).
   */
  moveStyles(): void {
    const { host } = this;
    const root = host.renderRoot as ShadowRoot;
    root.querySelectorAll('style[data-rw-moved]').forEach((element) => element.remove());
    const styles = (host.constructor as typeof LitElement).elementStyles.map((style) =>
      style instanceof CSSStyleSheet ? style : style.styleSheet!,
    );
    if (host.ownerDocument === document) {
      root.adoptedStyleSheets = this.sheet ? [...styles, this.sheet] : styles;
      return;
    }
    root.adoptedStyleSheets = [];
    for (const sheet of styles) {
      const element = host.ownerDocument.createElement('style');
      element.dataset.rwMoved = '';
      element.textContent = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      root.prepend(element);
    }
  }
}
