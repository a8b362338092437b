/**
 * Every widget the kit ships, in one place. Cross-cutting tests (theming, hostile pages, no-JS
 * markup, CSP) loop over this list, so a widget added here gets all of them.
 */
export interface WidgetCase {
  tag: string;
  /** The documented markup a partner pastes, with its no-JavaScript fallback. */
  snippet: string;
  /** Every attribute the widget reads. */
  attributes: string[];
  /** Each light-DOM field a partner may write, as markup around an already HTML-escaped value. */
  lightDom: ((escaped: string) => string)[];
  /** Each JSON config field, as the child markup holding a JSON value. */
  json?: ((value: string) => string)[];
}

const COMMON = ['heading', 'phone', 'theme', 'substance', 'lang'];
const callChild = (v: string) => `<p><a href="tel:${v}">${v}</a></p>`;
/** A child JSON script as a partner should write it: `<` escaped so no value can end the script. */
const jsonScript = (data: unknown) => `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

const callFallback = '<p><a href="tel:+18443187500">Call (844) 318-7500</a></p>';

export const WIDGETS: WidgetCase[] = [
  {
    tag: 'rw-help-banner',
    snippet: '<rw-help-banner><a href="tel:+18443187500">Call (844) 318-7500</a></rw-help-banner>',
    attributes: [...COMMON, 'sms', 'center', 'hours', 'variant', 'dismissible', 'no-emergency'],
    lightDom: [(v) => `<a href="tel:${v}">${v}</a>`, (v) => `<a href="sms:${v}">${v}</a>`],
  },
  {
    tag: 'rw-symptom-checklist',
    snippet: `<rw-symptom-checklist>${callFallback}</rw-symptom-checklist>`,
    attributes: [...COMMON, 'mode', 'audience', 'threshold'],
    lightDom: [(v) => `<ul><li>${v}</li><li>${v}</li></ul>`, callChild],
  },
  {
    tag: 'rw-treatment-timeline',
    snippet: `<rw-treatment-timeline current="detox">${callFallback}</rw-treatment-timeline>`,
    attributes: [...COMMON, 'preset', 'current', 'expanded', 'durations'],
    lightDom: [(v) => `<ol><li id="${v}"><h3>${v}</h3><p>${v}</p><p>${v}</p></li></ol>`, callChild],
    json: [(v) => `<rw-treatment-timeline expanded durations="${JSON.stringify({ detox: v }).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></rw-treatment-timeline>`],
  },
  {
    tag: 'rw-substance-facts',
    snippet: `<rw-substance-facts>${callFallback}</rw-substance-facts>`,
    attributes: COMMON,
    lightDom: [callChild],
  },
  {
    tag: 'rw-dependence-cycle',
    snippet:
      '<rw-dependence-cycle><ol><li>Someone takes clonazepam.</li><li>The body gets used to it.</li>' +
      '<li>Withdrawal starts when a dose is missed.</li><li>Taking it again eases withdrawal.</li></ol></rw-dependence-cycle>',
    attributes: COMMON,
    lightDom: [(v) => `<ol><li>${v}</li></ol>`, callChild],
  },
  {
    tag: 'rw-stat-cards',
    snippet:
      '<rw-stat-cards><ul><li data-year="2020"><strong>4.8 million</strong> people aged 12 or older misused benzodiazepines ' +
      '<cite><a href="https://www.drugpolicyfacts.org/node/1394">NSDUH 2020</a></cite></li></ul></rw-stat-cards>',
    attributes: COMMON,
    lightDom: [(v) => `<ul><li data-year="${v}"><strong>${v}</strong> ${v} <cite><a href="${v}">${v}</a></cite></li></ul>`, callChild],
    json: [
      (v) => `<rw-stat-cards>${jsonScript([{ figure: v, label: v, year: v, source: { title: v, url: v } }])}</rw-stat-cards>`,
      (v) => `<rw-stat-cards>${jsonScript([{ figure: v, label: 'A label', source: v }])}</rw-stat-cards>`,
    ],
  },
  {
    tag: 'rw-support-tips',
    snippet: `<rw-support-tips>${callFallback}</rw-support-tips>`,
    attributes: COMMON,
    lightDom: [callChild],
  },
];

/** A widget element as tests use it: a LitElement's updateComplete, without importing its class. */
export type Updatable = HTMLElement & { updateComplete: Promise<boolean> };
