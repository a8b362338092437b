// Bench peer (b): the trio in Lit 3 with no extra features: LitElement, html templates, static
// styles and reactive state, nothing else (no directives, decorators or controllers). Built by
// bench/rollup.peers.mjs into bench/.build/lit.js (a classic script with Lit inside).
//
// Omits, relative to the kit's widgets: attributes (phone, heading, hours, variant, theme, lang …),
// content packs and the second language, number parsing and the fallback-link number, validation
// and warnings, contrast checks, events (rw-call …), danger signs and graded guidance, sources,
// "clear my answers", "you are here", Escape handling and error isolation.
import { LitElement, html, unsafeCSS } from 'lit';
import { BANNER, BANNER_CSS, CHECKLIST, CHECKLIST_CSS, EMERGENCY, HELP_LINE, TIMELINE, TIMELINE_CSS } from '../content.js';

const callLink = html`<a class="call" href=${HELP_LINE.href}>${HELP_LINE.label}</a>`;
const emergencyLine = html`<p class="emergency">${EMERGENCY.map((part) =>
  typeof part === 'string' ? part : html`<a href=${part.href}>${part.label}</a>`)}</p>`;

class LitHelpBanner extends LitElement {
  static styles = unsafeCSS(BANNER_CSS);
  render() {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading">${BANNER.heading}</h2>
      ${callLink}
      ${emergencyLine}
    </section>`;
  }
}

class LitSymptomChecklist extends LitElement {
  static styles = unsafeCSS(CHECKLIST_CSS);
  static properties = { count: { state: true } };
  constructor() {
    super();
    this.count = 0;
  }
  render() {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading">${CHECKLIST.heading}</h2>
      <p>${CHECKLIST.intro}</p>
      <fieldset @change=${(event) => { this.count = event.currentTarget.querySelectorAll('input:checked').length; }}>
        <legend>${CHECKLIST.legend}</legend>
        ${CHECKLIST.items.map((item) => html`<label><input type="checkbox"><span>${item}</span></label>`)}
      </fieldset>
      <p class="result" role="status">${CHECKLIST.result(this.count)}</p>
      <p>${callLink}</p>
    </section>`;
  }
}

class LitTreatmentTimeline extends LitElement {
  static styles = unsafeCSS(TIMELINE_CSS);
  static properties = { open: { state: true } };
  constructor() {
    super();
    this.open = new Set();
  }
  toggle(i) {
    const open = new Set(this.open);
    if (open.has(i)) open.delete(i);
    else open.add(i);
    this.open = open;
  }
  render() {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading">${TIMELINE.heading}</h2>
      <ol role="list">
        ${TIMELINE.stages.map((stage, i) => html`<li>
          <span class="marker" aria-hidden="true">${i + 1}</span>
          <h3><button type="button" aria-expanded=${this.open.has(i) ? 'true' : 'false'} aria-controls="details-${i}"
            @click=${() => this.toggle(i)}>${stage.title}</button></h3>
          <p class="summary">${stage.summary}</p>
          <div id="details-${i}" ?hidden=${!this.open.has(i)}>${stage.details.map((text) => html`<p>${text}</p>`)}</div>
        </li>`)}
      </ol>
      <p>${TIMELINE.cta} ${callLink}</p>
    </section>`;
  }
}

customElements.define('lit-help-banner', LitHelpBanner);
customElements.define('lit-symptom-checklist', LitSymptomChecklist);
customElements.define('lit-treatment-timeline', LitTreatmentTimeline);
