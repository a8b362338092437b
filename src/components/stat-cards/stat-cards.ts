import { html, nothing, type PropertyValues } from 'lit';
import type { Stat } from '../../content/types.js';
import { AuthoredList } from '../../internal/controllers/authored-children.js';
import { parsePartnerStats } from '../../internal/parsers/stat-json.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { sourceLink } from '../../internal/sources.js';
import { styles } from './stat-cards.styles.js';
import { statCardsPart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

/**
 * Statistics as cards: each figure large, what it counts, the year and the source (a link when
 * it is https). The pack's supported figures by default; a partner's own figures from a child
 * list or a child JSON script. A call to action and the quiet emergency line at the end.
 *
 * @element rw-stat-cards
 *
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 *
 * @csspart stats - The labelled region around everything.
 * @csspart heading - The heading.
 * @csspart cards - The list of cards.
 * @csspart card - Each card.
 * @csspart figure - A card's figure ("4.8 million").
 * @csspart label - What the figure counts.
 * @csspart definition - Exactly what was counted, and who ("Past-year alcohol use disorder, people aged 12 and older").
 * @csspart year - "Year: 2020".
 * @csspart source - "Source: …", a link when the source has an https URL, or "Source not given".
 * @csspart note - Under the pack's cards, when two could read as a trend: "Different measures and years; not a trend."
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line (911, 988).
 *
 * @slot - The partner's own figures, which replace the pack's: a `<ul>` of `<li data-year="2024"><strong>1 in 3</strong> what it counts <cite><a href="https://…">Source</a></cite></li>`, or a `<script type="application/json">` array of `{"figure", "label", "year"?, "source"?}` (which wins over the list). Also a call link such as `<p><a href="tel:…">Call …</a></p>` for readers without JavaScript; the widget takes its help line from it when there is no `phone` attribute.
 */
export class RwStatCards extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    heading: {},
  };

  /** Replaces the default heading, which also names the region. */
  declare heading?: string;

  /** Figures from the partner's child JSON script or list; they replace the pack's. */
  private readonly partnerStats = new AuthoredList(this, () => parsePartnerStats(this, document.baseURI));

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A sanitizer (DOMPurify, sanitize-html, WordPress) removes a child JSON script: the partner's
    // heading would then stand over the national figures, silently.
    if (this.heading && !this.partnerStats.value && (changed.has('heading') || this.partnerStats.changed)) {
      this.warn([{
        name: 'heading',
        value: this.heading,
        consequence: 'is shown over the default national figures: no partner figures were found (a child <ul> of figures, or a <script type="application/json"> that a sanitizer may have removed).',
        authored: true,
      }]);
    }
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(statCardsPart, this.language.shown);
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    const stats = this.partnerStats.value ?? this.pack.stats;
    const heading = this.heading || (this.partnerStats.value ? strings.partnerHeading : (this.pack.wording?.statsHeading ?? strings.heading));
    // role="list": Safari drops the list role of a list without bullets.
    return html`
      <section part="stats" class="stats panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${heading}</h2>
        <ul part="cards" class="cards" role="list">
          ${stats.map((stat) => this.renderCard(stat))}
        </ul>
        ${this.partnerStats.value || !this.pack.wording?.statsNote ? nothing : html`<p part="note" class="note">${this.pack.wording.statsNote}</p>`}
        ${helpFooter(strings.cta, this.helpLine.line, this.helpLine.helplines, common)}
      </section>
    `;
  }

  private renderCard(stat: Stat) {
    const { strings } = this;
    return html`
      <li part="card" class="card panel">
        <p part="figure" class="figure">${stat.figure}</p>
        <p part="label" class="label">${stat.label}</p>
        ${stat.definition ? html`<p part="definition" class="definition">${stat.definition}</p>` : nothing}
        ${stat.year ? html`<p part="year" class="year">${strings.year} ${stat.year}</p>` : nothing}
        <p part="source" class="source">
          ${strings.sourceLabel} ${stat.source ? sourceLink(stat.source) : html`<span class="not-given">${strings.sourceNotGiven}</span>`}
        </p>
      </li>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-stat-cards': RwStatCards;
  }
}
