import { html } from 'lit';
import type { Fact } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { collectSources, sourcesDisclosure } from '../../internal/sources.js';
import { styles } from './support-tips.styles.js';
import { supportTipsPart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

const CHECK = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;
const CROSS = html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`;

/**
 * "Helping a friend or loved one": what helps and what to avoid, in plain, person-first words,
 * ending in the help line.
 *
 * @element rw-support-tips
 *
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 *
 * @csspart tips - The labelled region around everything.
 * @csspart heading - The heading.
 * @csspart do - The "Do" list with its heading.
 * @csspart dont - The "Don't" list with its heading.
 * @csspart tip - Each tip.
 * @csspart sources - The sources, opened on demand.
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line.
 *
 * @slot - A call link such as `<p><a href="tel:…">Call …</a></p>` for readers without JavaScript; the widget takes its help line from it when there is no `phone` attribute.
 */
export class RwSupportTips extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    heading: {},
  };

  /** Replaces the default heading. */
  declare heading?: string;

  private renderList(kind: 'do' | 'dont', title: string, icon: typeof CHECK, tips: Fact[]) {
    return html`
      <div part=${kind} class="group ${kind}">
        <h3 id="${kind}-heading">${icon} ${title}</h3>
        <ul aria-labelledby="${kind}-heading">
          ${tips.map((tip) => html`<li part="tip">${tip.text}</li>`)}
        </ul>
      </div>
    `;
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(supportTipsPart, this.language.shown);
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    const { tips } = this.pack;
    const sources = collectSources([...tips.do, ...tips.dont]);
    return html`
      <section part="tips" class="tips panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${this.heading || strings.heading}</h2>
        <div class="groups">
          ${this.renderList('do', strings.do, CHECK, tips.do)} ${this.renderList('dont', strings.dont, CROSS, tips.dont)}
        </div>
        ${sourcesDisclosure(common.references(sources.length), sources)}
        ${helpFooter(strings.cta, this.helpLine.line, this.helpLine.helplines, common)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-support-tips': RwSupportTips;
  }
}
