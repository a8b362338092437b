/**
 * Every widget the kit ships, in one place. Cross-cutting tests (theming, hostile pages, no-JS
 * markup, CSP) loop over this list, so a widget added here gets all of them.
 */
export interface WidgetCase {
  tag: string;
  /** The documented markup a partner pastes, with its no-JavaScript fallback. */
  snippet: string;
}

const callFallback = '<p><a href="tel:+18443187500">Call (844) 318-7500</a></p>';

export const WIDGETS: WidgetCase[] = [
  { tag: 'rw-help-banner', snippet: '<rw-help-banner><a href="tel:+18443187500">Call (844) 318-7500</a></rw-help-banner>' },
  { tag: 'rw-symptom-checklist', snippet: `<rw-symptom-checklist>${callFallback}</rw-symptom-checklist>` },
  { tag: 'rw-treatment-timeline', snippet: `<rw-treatment-timeline current="detox">${callFallback}</rw-treatment-timeline>` },
  { tag: 'rw-substance-facts', snippet: `<rw-substance-facts>${callFallback}</rw-substance-facts>` },
  {
    tag: 'rw-dependence-cycle',
    snippet:
      '<rw-dependence-cycle><ol><li>Someone takes clonazepam.</li><li>The body gets used to it.</li>' +
      '<li>Withdrawal starts when a dose is missed.</li><li>Taking it again eases withdrawal.</li></ol></rw-dependence-cycle>',
  },
  {
    tag: 'rw-stat-cards',
    snippet:
      '<rw-stat-cards><ul><li data-year="2020"><strong>4.8 million</strong> people aged 12 or older misused benzodiazepines ' +
      '<cite><a href="https://www.drugpolicyfacts.org/node/1394">NSDUH 2020</a></cite></li></ul></rw-stat-cards>',
  },
  { tag: 'rw-support-tips', snippet: `<rw-support-tips>${callFallback}</rw-support-tips>` },
];
