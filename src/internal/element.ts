import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultPack, packs } from '../content/packs/index.js';
import type { Pack } from '../content/types.js';
import { KIT_VERSION } from './define.js';
import { formatNumber, telHref } from './phone.js';
import { THEMES } from './theme.js';
import { VERSION } from './version.js';

const MAX_SHOWN_VALUE = 80;

/**
 * The base of every widget: theme and substance attributes, warnings that name the element,
 * attribute and value, `rw-*` events, and a render that never leaves the reader without the
 * help line.
 */
export abstract class RwElement extends LitElement {
  static readonly [KIT_VERSION] = VERSION;

  /** `light`, `dark` or `auto`; unset, the widget inherits the host page's colours. */
  @property({ reflect: true }) theme?: string;

  /** Which content pack to use (`clonazepam` by default). */
  @property() substance?: string;

  /** The content pack chosen by `substance`, or the default pack. */
  protected pack: Pack = defaultPack;

  private readonly warned = new Set<string>();

  /** The widget's name in events: the tag without its `rw-` prefix. */
  protected get widget(): string {
    return this.localName.replace(/^rw-/, '');
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

  /** Dispatches a bubbling, composed `rw-*` event. Details carry outcomes, never a reader's answers. */
  protected emit<T>(type: `rw-${string}`, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.theme != null && !(THEMES as readonly string[]).includes(this.theme)) {
      this.warnInvalid('theme', this.theme, `is not one of ${THEMES.join(', ')}; using the page's colours.`);
    }
    if (changed.has('substance')) {
      const known = this.substance != null && Object.hasOwn(packs, this.substance);
      if (this.substance != null && !known) {
        this.warnInvalid('substance', this.substance, `is not a known substance; using ${defaultPack.id}.`);
      }
      this.pack = known ? packs[this.substance as string] : defaultPack;
    }
  }

  protected override render(): unknown {
    try {
      return this.renderWidget();
    } catch (error) {
      console.error(`[recovery-widgets] <${this.localName}> failed to render; it shows the help line instead.`, error);
      const { number } = defaultPack.helplines.help;
      return html`<p><a href=${telHref(number)}>Call ${formatNumber(number)}</a></p>`;
    }
  }

  /** The widget's own template. If it throws, the element shows the help line instead. */
  protected abstract renderWidget(): unknown;
}
