import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Source, Stat } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { sourceLink } from '../../internal/sources.js';
import { styles } from './stat-cards.styles.js';
import { cleanText, textOf } from '../../internal/light-dom.js';
import { statCardsPart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

const JSON_CHILD = 'child <script type="application/json">';


/** A partner's figure or year may be written as a JSON number (`2024`); anything else is not text. */
const jsonText = (value: unknown): string | null =>
  typeof value === 'string' ? cleanText(value) : typeof value === 'number' && Number.isFinite(value) ? String(value) : null;

/** Partner figures as read, before the pack's figures are considered. */
interface Reading {
  stats: Stat[] | null;
  /** Set when the JSON child exists but gives no figures: the warning waits until we know the fallback. */
  jsonProblem?: { value: string; reason: string };
}

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
 * @csspart year - "Year: 2020".
 * @csspart source - "Source: …", a link when the source has an https URL, or "Source not given".
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line (911, 988).
 *
 * @slot - The partner's own figures, which replace the pack's: a `<ul>` of `<li data-year="2024"><strong>1 in 3</strong> what it counts <cite><a href="https://…">Source</a></cite></li>`, or a `<script type="application/json">` array of `{"figure", "label", "year"?, "source"?}` (which wins over the list). Also a call link such as `<p><a href="tel:…">Call …</a></p>` for readers without JavaScript; the widget takes its help line from it when there is no `phone` attribute.
 */
export class RwStatCards extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  /** Replaces the default heading, which also names the region. */
  @property() heading?: string;

  /** Figures from the partner's child JSON script or list; they replace the pack's. */
  private partnerStats: Stat[] | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.lightDomChanged) this.partnerStats = this.readPartnerStats();
  }

  /** The child JSON script wins; when it gives no figures, the child list; then the pack's figures. */
  private readPartnerStats(): Stat[] | null {
    // SSR guard (issue 18): the server cannot read children; the prerenderer leaves widgets with authored lists to the script.
    if (isServer) return null;
    const fromJson = this.readJson();
    if (fromJson.stats) return fromJson.stats;
    const fromList = this.readList();
    if (fromJson.jsonProblem) {
      const { value, reason } = fromJson.jsonProblem;
      const fallback = fromList ? 'showing the child list instead.' : 'showing the default figures.';
      this.warnInvalid(JSON_CHILD, value, `${reason}; ${fallback}`);
    }
    return fromList;
  }

  /** `<script type="application/json">[{"figure": "1 in 3", "label": "…", "year": "2024", "source": {…}}]</script>` */
  private readJson(): Reading {
    const script = this.querySelector(':scope > script[type="application/json" i]');
    if (!script) return { stats: null };
    const raw = script.textContent ?? '';
    let given: unknown;
    try {
      given = JSON.parse(raw);
    } catch {
      return { stats: null, jsonProblem: { value: raw, reason: 'is not valid JSON' } };
    }
    if (!Array.isArray(given)) {
      return { stats: null, jsonProblem: { value: raw, reason: 'is not a JSON array of figures such as [{"figure": "1 in 3", "label": "…"}]' } };
    }
    const stats: Stat[] = [];
    for (const [i, entry] of given.entries()) {
      const stat = this.jsonStat(entry, i);
      if (stat) stats.push(stat);
    }
    if (stats.length > 0) return { stats };
    return { stats: null, jsonProblem: { value: raw, reason: 'has no usable figures' } };
  }

  private jsonStat(entry: unknown, i: number): Stat | null {
    const name = `${JSON_CHILD} entry ${i + 1}`;
    const record = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
    const figure = jsonText(record.figure);
    const label = typeof record.label === 'string' ? cleanText(record.label) : '';
    if (!figure || !label) {
      this.warnAboutChildren(name, JSON.stringify(entry) ?? String(entry), 'needs a "figure" and a "label" as text; it is left out.');
      return null;
    }
    const year = record.year == null ? '' : jsonText(record.year);
    if (year == null) this.warnAboutChildren(`${name} "year"`, JSON.stringify(record.year), 'is not text; the card shows no year.');
    return { id: `partner-${i + 1}`, figure, label, year: year ?? '', source: this.jsonSource(record.source, name) };
  }

  /** `"source": {"title": "Annual report", "url": "https://…"}`, or just a title as a string. */
  private jsonSource(value: unknown, name: string): Source | undefined {
    if (value == null) return undefined;
    if (typeof value === 'string') return cleanText(value) ? { title: cleanText(value), lang: '' } : undefined;
    const record = typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    const url = typeof record.url === 'string' ? record.url.trim() : '';
    const title = typeof record.title === 'string' ? cleanText(record.title) : '';
    if (!title && !url) {
      this.warnAboutChildren(`${name} "source"`, JSON.stringify(value), 'has no "title" or "url"; the card says "Source not given".');
      return undefined;
    }
    return this.checkedSource(title || url, url, `${name} "source" "url"`);
  }

  /** `<ul><li data-year="2024"><strong>1 in 3</strong> of our patients … <cite><a href="…">Report</a></cite></li></ul>` */
  private readList(): Stat[] | null {
    const list = this.querySelector(':scope > ul, :scope > ol');
    if (!list) return null;
    const stats: Stat[] = [];
    for (const [i, item] of [...list.querySelectorAll(':scope > li')].entries()) {
      const name = `child <li> number ${i + 1}`;
      const figure = textOf(item.querySelector('strong, b'));
      // The label is the item's text without the figure and the citation.
      const rest = item.cloneNode(true) as Element;
      rest.querySelector('strong, b')?.remove();
      for (const cite of rest.querySelectorAll('cite')) cite.remove();
      const label = textOf(rest);
      if (!figure || !label) {
        const missing = figure ? 'no text besides the figure to say what it counts' : 'no figure in <strong> or <b>';
        this.warnAboutChildren(name, textOf(item), `has ${missing}; it is left out.`);
        continue;
      }
      const cite = item.querySelector('cite');
      const link = cite?.querySelector('a[href]');
      const url = link?.getAttribute('href') ?? '';
      const title = textOf(cite) || url.trim();
      const source = title ? this.checkedSource(title, url, `${name} <cite> link href`) : undefined;
      stats.push({ id: item.id || `partner-${i + 1}`, figure, label, year: cleanText(item.getAttribute('data-year')), source });
    }
    if (stats.length > 0) return stats;
    this.warnAboutChildren(`child <${list.localName}>`, textOf(list), 'has no usable figures; showing the default figures.');
    return null;
  }

  /**
   * A partner's source keeps its URL only when that resolves to https; anything else (javascript:,
   * data:, http:) is dropped with a warning and the title shows as plain text.
   */
  private checkedSource(title: string, url: string, name: string): Source {
    if (!url.trim()) return { title, lang: '' };
    let resolved: URL | null = null;
    try {
      resolved = new URL(url.trim(), document.baseURI);
    } catch {
      resolved = null;
    }
    if (resolved?.protocol === 'https:') return { title, url: resolved.href, lang: '' };
    this.warnAboutChildren(name, url, 'is not an https link; the source is shown as text.');
    return { title, lang: '' };
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(statCardsPart, this.language);
  }

  protected renderWidget() {
    const { strings, common } = this;
    const stats = this.partnerStats ?? this.pack.stats;
    const heading = this.heading || (this.partnerStats ? strings.partnerHeading : strings.heading);
    // role="list": Safari drops the list role of a list without bullets.
    return html`
      <section part="stats" class="stats panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${heading}</h2>
        <ul part="cards" class="cards" role="list">
          ${stats.map((stat) => this.renderCard(stat))}
        </ul>
        ${helpFooter(strings.cta, this.helpLine, this.helplines, common)}
      </section>
    `;
  }

  private renderCard(stat: Stat) {
    const { strings } = this;
    return html`
      <li part="card" class="card panel">
        <p part="figure" class="figure">${stat.figure}</p>
        <p part="label" class="label">${stat.label}</p>
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
