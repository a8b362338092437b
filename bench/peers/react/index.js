// Bench peer (c): the trio as React 19 function components (useState, createElement; no JSX so no
// compiler is needed), each mounted with react-dom/client's createRoot into the open shadow root of
// a small custom element, the usual way to ship React as embeddable elements. Built (production
// React) by bench/rollup.peers.mjs into bench/.build/react.js (a classic script).
//
// Omits, relative to the kit's widgets: attributes (phone, heading, hours, variant, theme, lang …),
// content packs and the second language, number parsing and the fallback-link number, validation
// and warnings, contrast checks, events (rw-call …), danger signs and graded guidance, sources,
// "clear my answers", "you are here", Escape handling and error isolation.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  BANNER, BANNER_CSS, CHECKLIST, CHECKLIST_CSS, EMERGENCY, HELP_LINE, TIMELINE, TIMELINE_CSS, sheet,
} from '../content.js';

const CallLink = () => h('a', { className: 'call', href: HELP_LINE.href }, HELP_LINE.label);
const EmergencyLine = () =>
  h('p', { className: 'emergency' },
    ...EMERGENCY.map((part, i) => (typeof part === 'string' ? part : h('a', { key: i, href: part.href }, part.label))));

function Banner() {
  return h('section', { className: 'panel', 'aria-labelledby': 'heading' },
    h('h2', { id: 'heading' }, BANNER.heading),
    h(CallLink),
    h(EmergencyLine));
}

function Checklist() {
  const [count, setCount] = useState(0);
  return h('section', { className: 'panel', 'aria-labelledby': 'heading' },
    h('h2', { id: 'heading' }, CHECKLIST.heading),
    h('p', null, CHECKLIST.intro),
    h('fieldset', { onChange: (event) => setCount(event.currentTarget.querySelectorAll('input:checked').length) },
      h('legend', null, CHECKLIST.legend),
      CHECKLIST.items.map((item) => h('label', { key: item }, h('input', { type: 'checkbox' }), h('span', null, item)))),
    h('p', { className: 'result', role: 'status' }, CHECKLIST.result(count)),
    h('p', null, h(CallLink)));
}

function Timeline() {
  const [open, setOpen] = useState(() => new Set());
  const toggle = (i) => setOpen((before) => {
    const next = new Set(before);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    return next;
  });
  return h('section', { className: 'panel', 'aria-labelledby': 'heading' },
    h('h2', { id: 'heading' }, TIMELINE.heading),
    h('ol', { role: 'list' },
      TIMELINE.stages.map((stage, i) => h('li', { key: stage.title },
        h('span', { className: 'marker', 'aria-hidden': 'true' }, i + 1),
        h('h3', null,
          h('button', { type: 'button', 'aria-expanded': open.has(i), 'aria-controls': `details-${i}`, onClick: () => toggle(i) }, stage.title)),
        h('p', { className: 'summary' }, stage.summary),
        h('div', { id: `details-${i}`, hidden: !open.has(i) }, stage.details.map((text) => h('p', { key: text }, text)))))),
    h('p', null, `${TIMELINE.cta} `, h(CallLink)));
}

/** A custom element that renders `Component` into its shadow root with its own React root. */
function reactElement(Component, cssText) {
  const styles = sheet(cssText);
  return class extends HTMLElement {
    connectedCallback() {
      if (!this.root) {
        const shadow = this.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [styles];
        this.root = createRoot(shadow);
      }
      this.root.render(h(Component));
    }
  };
}

customElements.define('react-help-banner', reactElement(Banner, BANNER_CSS));
customElements.define('react-symptom-checklist', reactElement(Checklist, CHECKLIST_CSS));
customElements.define('react-treatment-timeline', reactElement(Timeline, TIMELINE_CSS));
