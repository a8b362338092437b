import { html } from 'lit';
import { RwContentElement } from '../../internal/content-element.js';
import { RwElement } from '../../internal/element.js';
import { helpFooter } from '../../internal/help-line.js';
import { collectSources, sourcesDisclosure } from '../../internal/sources.js';
import { styles } from './dependence-cycle.styles.js';
import { dependenceCyclePart } from '../../content/locales/index.js';
import { uiText } from '../../internal/i18n.js';

/**
 * The dependence loop, framed correctly: physical dependence is common and is not addiction, and
 * if the reader and their prescriber decide to stop, a slow taper is the safe way. Drawn as a cycle when there is room; to a
 * screen reader it is an ordered list that says it starts again.
 *
 * @element rw-dependence-cycle
 *
 * @fires rw-call - A call or text link was activated. `detail: { phone, channel, widget }`.
 *
 * @csspart cycle - The labelled region around everything.
 * @csspart heading - The heading.
 * @csspart steps - The ordered list of steps.
 * @csspart step - Each step.
 * @csspart loops-back - "Then the loop starts again at step 1."
 * @csspart framing - "Needing the medicine to avoid withdrawal is physical dependence…"
 * @csspart way-out - "If you and your prescriber decide to stop, a slow taper is the safe way."
 * @csspart sources - The sources, opened on demand.
 * @csspart call - The call link at the end.
 * @csspart emergency - The quiet emergency line.
 *
 * @slot - Fallback content for readers without JavaScript, such as an `<ol>` of the loop's steps and a call link `<p><a href="tel:…">Call …</a></p>`; the widget takes its help line from the link when there is no `phone` attribute. The widget shows the pack's steps in their place.
 */
export class RwDependenceCycle extends RwContentElement {
  static override styles = [RwElement.styles, styles];

  static override properties = {
    heading: {},
  };

  /** Replaces the default heading. */
  declare heading?: string;

  /** This widget's strings, in the shown language. */
  private get strings() {
    return uiText(dependenceCyclePart, this.language.shown);
  }

  protected renderWidget() {
    const { strings } = this;
    const { common } = this.language;
    const { steps, framing, wayOut } = this.pack.cycle;
    const sources = collectSources([...steps, framing, wayOut]);
    return html`
      <section part="cycle" class="cycle panel" aria-labelledby="heading">
        <h2 id="heading" part="heading" class="heading">${this.heading || this.pack.wording?.cycleHeading || strings.heading}</h2>
        <div class="diagram">
          <ol part="steps" class="steps" role="list">
            ${steps.map(
              (step, i) => html`<li part="step" class="step">
                <span class="marker" aria-hidden="true">${i + 1}</span>
                <span>${step.text}</span>
              </li>`,
            )}
          </ol>
          <svg class="loop" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
            <circle cx="50" cy="50" r="34" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="12 6" />
            <!-- Arrowheads, clockwise: right side down, bottom left, left side up, top right. -->
            <path d="M78 46L90 46L84 55Z M54 78L54 90L45 84Z M10 54L22 54L16 45Z M46 10L46 22L55 16Z" fill="currentColor" />
          </svg>
        </div>
        <p part="loops-back" class="loops-back">${strings.loopsBack}</p>
        <p part="framing" class="framing">${framing.text}</p>
        <p part="way-out" class="way-out"><strong>${wayOut.text}</strong></p>
        ${sourcesDisclosure(common.references(sources.length), sources)}
        ${helpFooter(this.pack.wording?.cycleCta ?? strings.cta, this.helpLine.line, this.helpLine.helplines, common)}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rw-dependence-cycle': RwDependenceCycle;
  }
}
