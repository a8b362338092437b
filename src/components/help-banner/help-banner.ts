import { html, nothing, type PropertyValues } from 'lit';
import { RwElement } from '../../internal/element.js';
import { HelpLineController } from '../../internal/controllers/help-line.js';
import { callLink, compactEmergencySentence, emergencySentence } from '../../internal/help-line.js';
import { oneOf } from '../../internal/parsers/attributes.js';
import { smsHref } from '../../internal/phone.js';
import { styles } from './help-banner.styles.js';
import { helpBannerPart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

const VARIANTS = ['inline', 'sticky'] as const;

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
 * @csspart line-name - Whose line the call link dials: "<center> admissions", or "Treatment center line".
 * @csspart hours - The opening hours line.
 * @csspart call - The main call link.
 * @csspart text - The text-message link.
 * @csspart emergency - The emergency line (911, 988, SAMHSA); under `no-emergency`, a short line with 911 and 988 only.
 * @csspart dismiss - The close button.
 * @csspart compact - What stays after the reader closes the banner: the call link and the emergency line.
 *
 * @cssprop [--rw-sticky-surface=Canvas] - Opaque background under a stuck `sticky` banner, so page text never shows through.
 *
 * @slot - Fallback for readers without JavaScript: a link `<a href="tel:…">` (and `<a href="sms:…">` for texting). The banner takes its numbers from these links when there is no `phone` or `sms` attribute, and shows its own links in their place.
 */
export class RwHelpBanner extends RwElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    sms: {},
    heading: {},
    center: {},
    hours: {},
    variant: { reflect: true },
    noEmergency: { type: Boolean, attribute: 'no-emergency' },
    dismissible: { type: Boolean },
    dismissed: { state: true },
  };

  /** A number that takes text messages. Default: a child `<a href="sms:…">`, else `<meta name="rw-sms">`, else none. */
  declare sms?: string;

  /** The heading and the region's name. */
  declare heading?: string;

  /** The treatment center's name: the line is labelled "<center> admissions". Default: "Treatment center line". */
  declare center?: string;

  /** When the line answers, shown as written ("24/7"). */
  declare hours?: string;

  /** `inline` (default) or `sticky` (held at the bottom of the viewport on narrow screens). */
  declare variant?: 'inline' | 'sticky';

  /**
   * Shortens the emergency line to 911 and 988 (no texting, no SAMHSA line), for pages that show the
   * full line elsewhere. 911 and 988 are never hidden.
   */
  noEmergency = false;

  /** Shows a close button. Closing lasts for the page view and leaves the call link and the emergency line. */
  dismissible = false;

  private dismissed = false;

  /** The texting number: `sms`, else a child `<a href="sms:…">`, else `<meta name="rw-sms">`. */
  private readonly textLine = new HelpLineController(this, 'sms');
  /** Exposes `:state(dismissed)` to the styles, so a closed sticky banner stops sticking. */
  private readonly internals = this.attachInternals();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('variant')) this.take(oneOf('variant', this.variant, VARIANTS, 'inline'));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as PropertyValues).has('dismissed') && this.dismissed) {
      this.renderRoot.querySelector<HTMLElement>('[part~="compact"] a')?.focus();
    }
  }

  private dismiss(): void {
    this.dismissed = true;
    this.internals.states.add('dismissed');
    this.emit<RwDismissDetail>('rw-dismiss', { widget: this.widget });
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(helpBannerPart, this.language.shown);
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    const text = this.textLine.number;
    const call = callLink(this.helpLine.line, common);
    const lineName = strings.lineName(this.center?.trim() ?? '');

    if (this.dismissed) {
      return html`<p part="compact" class="compact emergency">
        <span part="line-name">${lineName}:</span> ${call} ${emergencySentence(this.helpLine.helplines, common)}
      </p>`;
    }

    return html`
      <section part="banner" class="banner panel" aria-labelledby="heading">
        <div class="intro">
          <h2 id="heading" part="heading" class="heading">${this.heading || strings.heading}</h2>
          <p part="line-name" class="line-name">${lineName}</p>
          ${this.hours ? html`<p part="hours" class="hours">${this.hours}</p>` : nothing}
        </div>
        <div class="actions">
          ${call}
          ${text ? html`<a part="text" class="button outline" href=${smsHref(text.e164)}>${common.text(text.display)}</a>` : nothing}
        </div>
        <p part="emergency" class="emergency">
          ${this.noEmergency ? compactEmergencySentence(this.helpLine.helplines, common) : emergencySentence(this.helpLine.helplines, common)}
        </p>
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

declare global {
  interface HTMLElementTagNameMap {
    'rw-help-banner': RwHelpBanner;
  }
  interface HTMLElementEventMap {
    'rw-dismiss': CustomEvent<RwDismissDetail>;
  }
  /** The event bubbles out of shadow roots, so pages listen for it on document too. */
  interface DocumentEventMap {
    'rw-dismiss': CustomEvent<RwDismissDetail>;
  }
}
