import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { locales, defaultLocale } from '../../content/locales/index.js';
import { RwElement } from '../../internal/element.js';
import { pickLocale } from '../../internal/i18n.js';
import { formatNumber, parsePhone, smsHref, telHref, type PhoneNumber } from '../../internal/phone.js';
import { themeStyles } from '../../internal/theme.js';
import { styles } from './help-banner.styles.js';

const VARIANTS = ['inline', 'sticky'] as const;

/** Where a number came from, for the warning when it is not dialable. */
interface NumberSource {
  label: string;
  value: string | null | undefined;
}

export interface RwCallDetail {
  /** The number dialled or texted: E.164 (`+18443187500`) or a short code (`911`, `988`). */
  phone: string;
  channel: 'call' | 'text';
  widget: string;
}

export interface RwDismissDetail {
  widget: string;
}

/**
 * A call-to-action banner: the treatment center's help line, optionally a texting number, and a
 * quieter emergency line (911, 988).
 *
 * @element rw-help-banner
 *
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 * @fires rw-dismiss - The reader closed the banner. `detail: { widget }`.
 *
 * @csspart banner - The labelled region around everything.
 * @csspart heading - The heading ("Get help now").
 * @csspart hours - The opening hours line.
 * @csspart call - The main call link.
 * @csspart text - The text-message link.
 * @csspart emergency - The emergency line (911, 988).
 * @csspart dismiss - The close button.
 * @csspart compact - What stays after the reader closes the banner.
 */
export class RwHelpBanner extends RwElement {
  static override styles = [themeStyles, styles];

  /** The help line, in any US format. Default: `<meta name="rw-phone">`, else the pack's line. */
  @property() phone?: string;

  /** A number that takes text messages. Default: `<meta name="rw-sms">`, else none. */
  @property() sms?: string;

  /** The heading and the region's name. */
  @property() heading?: string;

  /** When the line answers, shown as written ("24/7"). */
  @property() hours?: string;

  /** `inline` (default) or `sticky` (held at the bottom of the viewport on narrow screens). */
  @property({ reflect: true }) variant?: string;

  /** Hides the emergency line (911, 988). Only for pages that show it elsewhere. */
  @property({ type: Boolean, attribute: 'no-emergency' }) noEmergency = false;

  /** Shows a close button. Closing lasts for the page view and leaves a compact call link. */
  @property({ type: Boolean }) dismissible = false;

  @state() private dismissed = false;

  private line!: PhoneNumber;
  private textLine: PhoneNumber | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant') && this.variant != null && !(VARIANTS as readonly string[]).includes(this.variant)) {
      this.warnInvalid('variant', this.variant, `is not one of ${VARIANTS.join(', ')}; using inline.`);
    }
    // Cheap to redo on every update, and it picks up a page-level <meta> added after load.
    const fallback = this.pack.helplines.help.number;
    this.line = this.firstDialable('phone', [
      { label: 'phone', value: this.phone },
      { label: 'child <a href>', value: this.lightDomHref('tel') },
      { label: 'page <meta name="rw-phone"> content', value: metaContent('rw-phone') },
    ]) ?? { e164: fallback, display: formatNumber(fallback) };
    this.textLine = this.firstDialable('sms', [
      { label: 'sms', value: this.sms },
      { label: 'child <a href>', value: this.lightDomHref('sms') },
      { label: 'page <meta name="rw-sms"> content', value: metaContent('rw-sms') },
    ]);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('dismissed') && this.dismissed) {
      this.renderRoot.querySelector<HTMLElement>('[part~="compact"] a')?.focus();
    }
  }

  /** The first given number that is dialable; each bad one gets a warning. */
  private firstDialable(kind: 'phone' | 'sms', sources: NumberSource[]): PhoneNumber | null {
    for (const { label, value } of sources) {
      if (value == null) continue;
      const parsed = parsePhone(value);
      if (parsed) return parsed;
      this.warnInvalid(label, value, `is not a dialable US ${kind === 'phone' ? 'phone' : 'texting'} number; it is ignored.`);
    }
    return null;
  }

  /** The href of the author's no-JavaScript fallback link (`<a href="tel:…">`), if any. */
  private lightDomHref(scheme: 'tel' | 'sms'): string | null {
    return this.querySelector(`a[href^="${scheme}:" i]`)?.getAttribute('href') ?? null;
  }

  constructor() {
    super();
    // One listener for every link: the href says what was dialled, so no per-link handlers.
    this.addEventListener('click', (event) => {
      const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      const [scheme, phone] = (link?.getAttribute('href') ?? '').split(':');
      if (scheme === 'tel' || scheme === 'sms') {
        this.emit<RwCallDetail>('rw-call', { phone, channel: scheme === 'tel' ? 'call' : 'text', widget: this.widget });
      }
    });
  }

  private dismiss(): void {
    this.dismissed = true;
    this.emit<RwDismissDetail>('rw-dismiss', { widget: this.widget });
  }

  protected renderWidget() {
    const strings = pickLocale(this, locales, defaultLocale).helpBanner;
    const { emergency, crisis } = this.pack.helplines;
    const crisisText = crisis.sms ?? crisis.number;
    const call = html`<a part="call" class="call" href=${telHref(this.line.e164)}>${strings.call(this.line.display)}</a>`;
    const callCrisis = html`<a href=${telHref(crisis.number)}>${strings.callCrisis(crisis.number)}</a>`;

    if (this.dismissed) {
      return html`<p part="compact" class="compact">${call} ${callCrisis}</p>`;
    }

    return html`
      <section part="banner" class="banner" aria-labelledby="heading">
        <div class="intro">
          <h2 id="heading" part="heading" class="heading">${this.heading || strings.heading}</h2>
          ${this.hours ? html`<p part="hours" class="hours">${this.hours}</p>` : nothing}
        </div>
        <div class="actions">
          ${call}
          ${this.textLine
            ? html`<a part="text" class="text" href=${smsHref(this.textLine.e164)}>${strings.text(this.textLine.display)}</a>`
            : nothing}
        </div>
        ${this.noEmergency
          ? nothing
          : html`<p part="emergency" class="emergency">
              ${strings.emergencyLead}
              <a href=${telHref(emergency.number)}>${strings.callEmergency(emergency.number)}</a>.
              ${strings.crisisLead} ${callCrisis} ${strings.or}
              <a href=${smsHref(crisisText)}>${strings.textCrisis(crisisText)}</a>.
            </p>`}
        ${this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${strings.close} @click=${this.dismiss}>
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </button>`
          : nothing}
      </section>
    `;
  }
}

function metaContent(name: string): string | null {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-help-banner': RwHelpBanner;
  }
  interface HTMLElementEventMap {
    'rw-call': CustomEvent<RwCallDetail>;
    'rw-dismiss': CustomEvent<RwDismissDetail>;
  }
}
