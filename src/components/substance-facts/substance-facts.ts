import { html, nothing, type PropertyValues } from 'lit';
import { FACT_SECTIONS, type Fact, type FactSection, type Source } from '../../content/types.js';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { collectSources, sourceKey, sourcesDisclosure } from '../../internal/sources.js';
import { styles } from './substance-facts.styles.js';
import { substanceFactsPart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';


/**
 * What a medicine is and does: approved and off-label uses kept apart, how long it stays in the
 * body, tolerance and dependence, and how to stay safe. Every fact carries numbered references
 * to a source list opened on demand.
 *
 * @element rw-substance-facts
 *
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 *
 * @csspart facts - The labelled region around everything.
 * @csspart heading - The heading ("About clonazepam (Klonopin)").
 * @csspart section - Each section (`section safety` for the safety section).
 * @csspart safety - The safety section, also a `section`, drawn with emphasis.
 * @csspart fact - Each fact.
 * @csspart cite - A fact's reference numbers.
 * @csspart sources - The numbered source list, opened on demand.
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line.
 *
 * @cssprop --rw-danger - The safety section's side border. Default `#b3261e` (`#ffb4ab` in a dark colour scheme).
 *
 * @slot - A call link such as `<p><a href="tel:…">Call …</a></p>` for readers without JavaScript; the widget takes its help line from it when there is no `phone` attribute.
 */
export class RwSubstanceFacts extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    heading: {},
  };

  /** Replaces the default heading. */
  declare heading?: string;

  /** Every source of the pack's facts, in order of first appearance: reference 1, 2, … */
  private references: Source[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || this.contentChanged) {
      this.references = collectSources(FACT_SECTIONS.flatMap((section) => this.pack.facts[section] ?? []));
    }
  }

  /** "[1, 3]": the fact's reference numbers, read as "Sources 1, 3". */
  private cite(fact: Fact) {
    const numbers = fact.sources
      .map((source) => this.references.findIndex((ref) => sourceKey(ref) === sourceKey(source)) + 1)
      .sort((a, b) => a - b)
      .join(', ');
    return html`<span part="cite" class="cite"
      ><span class="visually-hidden">${this.strings.cite}</span><span aria-hidden="true">[</span>${numbers}<span
        aria-hidden="true"
        >]</span
      ></span
    >`;
  }

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(substanceFactsPart, this.language.shown);
  }

  /** A section's heading: the family's own, else the UI's (a section the UI does not name needs the family's). */
  private sectionHeading(section: FactSection): string {
    const own = this.pack.wording?.factSections?.[section];
    if (own) return own;
    const ui: Partial<Record<FactSection, (generic: string) => string>> = this.strings.sections;
    return ui[section]?.(this.pack.names.generic) ?? '';
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    const { names, wording } = this.pack;
    const heading = this.heading || wording?.factsHeading || strings.heading(names.generic, names.brands?.[0] ?? '');
    return html`
      <section part="facts" class="facts panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${heading}</h2>
        ${FACT_SECTIONS.map((section) => {
          const facts = this.pack.facts[section] ?? [];
          if (facts.length === 0) return nothing;
          return html`
            <section part=${section === 'safety' ? 'section safety' : 'section'} class="section ${section}"
              aria-labelledby="section-${section}">
              <h3 id="section-${section}">${this.sectionHeading(section)}</h3>
              ${facts.map((fact) => html`<p part="fact" class="fact">${fact.text} ${this.cite(fact)}</p>`)}
            </section>
          `;
        })}
        ${sourcesDisclosure(common.references(this.references.length), this.references)}
        ${helpFooter(wording?.factsCta ?? strings.cta, this.helpLine.line, this.helpLine.helplines, common)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-substance-facts': RwSubstanceFacts;
  }
}
