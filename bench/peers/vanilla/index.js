// Bench peer (a): the trio as plain custom elements, no library. Each element builds its shadow DOM
// once when first connected, with the DOM API; the checklist and the timeline update only the nodes
// that change. Built by bench/rollup.peers.mjs into bench/.build/vanilla.js (a classic script).
//
// Omits, relative to the kit's widgets: attributes (phone, heading, hours, variant, theme, lang …),
// content packs and the second language, number parsing and the fallback-link number, validation
// and warnings, contrast checks, events (rw-call …), danger signs and graded guidance, sources,
// "clear my answers", "you are here", Escape handling and error isolation.
import {
  BANNER, BANNER_CSS, CHECKLIST, CHECKLIST_CSS, EMERGENCY, HELP_LINE, TIMELINE, TIMELINE_CSS, sheet,
} from '../content.js';

/** Creates an element with attributes and children (strings become text). */
function h(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const callLink = () => h('a', { class: 'call', href: HELP_LINE.href }, HELP_LINE.label);
const emergencyLine = () =>
  h('p', { class: 'emergency' }, ...EMERGENCY.map((part) => (typeof part === 'string' ? part : h('a', { href: part.href }, part.label))));

/** Attaches an open shadow root with the widget's sheet and renders into it, once. */
class Widget extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [this.constructor.sheet];
    root.append(this.render());
  }
}

class VanillaHelpBanner extends Widget {
  static sheet = sheet(BANNER_CSS);
  render() {
    return h('section', { class: 'panel', 'aria-labelledby': 'heading' },
      h('h2', { id: 'heading' }, BANNER.heading),
      callLink(),
      emergencyLine());
  }
}

class VanillaSymptomChecklist extends Widget {
  static sheet = sheet(CHECKLIST_CSS);
  render() {
    const result = h('p', { class: 'result', role: 'status' }, CHECKLIST.result(0));
    const fieldset = h('fieldset', null,
      h('legend', null, CHECKLIST.legend),
      ...CHECKLIST.items.map((item) => h('label', null, h('input', { type: 'checkbox' }), h('span', null, item))));
    fieldset.addEventListener('change', () => {
      result.textContent = CHECKLIST.result(fieldset.querySelectorAll('input:checked').length);
    });
    return h('section', { class: 'panel', 'aria-labelledby': 'heading' },
      h('h2', { id: 'heading' }, CHECKLIST.heading),
      h('p', null, CHECKLIST.intro),
      fieldset,
      result,
      h('p', null, callLink()));
  }
}

class VanillaTreatmentTimeline extends Widget {
  static sheet = sheet(TIMELINE_CSS);
  render() {
    const stages = TIMELINE.stages.map((stage, i) => {
      const details = h('div', { id: `details-${i}`, hidden: '' }, ...stage.details.map((text) => h('p', null, text)));
      const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `details-${i}` }, stage.title);
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        details.hidden = !open;
      });
      return h('li', null,
        h('span', { class: 'marker', 'aria-hidden': 'true' }, String(i + 1)),
        h('h3', null, button),
        h('p', { class: 'summary' }, stage.summary),
        details);
    });
    return h('section', { class: 'panel', 'aria-labelledby': 'heading' },
      h('h2', { id: 'heading' }, TIMELINE.heading),
      h('ol', { role: 'list' }, ...stages),
      h('p', null, `${TIMELINE.cta} `, callLink()));
  }
}

customElements.define('vanilla-help-banner', VanillaHelpBanner);
customElements.define('vanilla-symptom-checklist', VanillaSymptomChecklist);
customElements.define('vanilla-treatment-timeline', VanillaTreatmentTimeline);
