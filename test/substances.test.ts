import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';

/** `substance="alprazolam"` switches every widget that names the medicine, and no clonazepam text is left. */
const NAMING_WIDGETS: [string, string][] = [
  ['rw-substance-facts', 'About alprazolam (Xanax)'],
  ['rw-dependence-cycle', 'Someone takes alprazolam regularly, for anxiety or panic.'],
  ['rw-symptom-checklist', 'Check for signs of a problem with alprazolam (Xanax)'],
  ['rw-treatment-timeline', 'detox from alprazolam is a slow taper'],
  ['rw-stat-cards', 'emergency department visits involved misuse of alprazolam'],
];

describe('substance="alprazolam"', () => {
  for (const [tag, expected] of NAMING_WIDGETS) {
    it(`<${tag}> shows alprazolam content`, async () => {
      const el = await fixture<HTMLElement>(html`<${unsafeStatic(tag)} substance="alprazolam" expanded></${unsafeStatic(tag)}>`);
      const shown = (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
      expect(shown).to.contain(expected);
      expect(shown.toLowerCase()).not.to.contain('clonazepam (klonopin)');
      expect(shown).not.to.contain('Klonopin');
    });
  }
});
