import { expect, fixture, html } from '@open-wc/testing';
import '../src/substance-facts.js';
import type { RwSubstanceFacts } from '../src/substance-facts.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { captureWarnings, preventNavigation } from './page-guards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: RwSubstanceFacts) => el.shadowRoot!;

describe('<rw-substance-facts>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  it('clonazepam: a region with the sections in order, approved and off-label uses apart', async () => {
    const el = await fixture<RwSubstanceFacts>(html`<rw-substance-facts></rw-substance-facts>`);
    const nodes = axNodes(await axTree('rw-substance-facts'));
    expect(nodes.find((n) => n.role === 'region' && n.name.startsWith('About'))?.name).to.equal('About clonazepam (Klonopin)');
    expect(nodes.filter((n) => n.role === 'heading' && n.level === 3).map((n) => n.name)).to.deep.equal([
      'What is clonazepam?',
      'What it is approved to treat',
      'Other uses',
      'How long it stays in the body',
      'Tolerance and dependence',
      'Staying safe',
    ]);
    const all = text(root(el).querySelector('section'));
    expect(all).to.contain('long-acting benzodiazepine');
    expect(all).to.contain('Tolerance and physical dependence can develop within weeks of regular use, even at prescribed doses.');
    expect(all).to.contain('Never stop taking it suddenly.');
    expect(all).to.contain('opioids');
    expect(all).to.contain('Older adults');
    expect(all).to.contain('half-life is usually 30 to 40 hours');
    // The seed's unsupported claims never ship.
    expect(all).not.to.match(/six months|skyrocket|dopamine levels/i);
    await expect(el).to.be.accessible();
  });

  it('says whom the 1.5% counts: all adults who use benzodiazepines, not long-term regular users (issue 16)', async () => {
    for (const substance of ['clonazepam', 'alprazolam']) {
      const el = await fixture<RwSubstanceFacts>(html`<rw-substance-facts substance=${substance}></rw-substance-facts>`);
      const all = text(root(el).querySelector('section'));
      expect(all).to.contain('Of all adults who use benzodiazepines in a year, about 1.5% have a benzodiazepine use disorder.');
      expect(all).not.to.contain('Only about 1.5% of them');
      expect(text(root(el).querySelector('[part~="sources"]'))).to.contain('Blanco C et al.');
    }
  });

  it('every fact shows numbered references that match the source list, opened on demand', async () => {
    const el = await fixture<RwSubstanceFacts>(html`<rw-substance-facts></rw-substance-facts>`);
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    const references = [...details.querySelectorAll('li')];
    expect(text(details.querySelector('summary'))).to.equal(`Sources (${references.length})`);
    for (const fact of root(el).querySelectorAll('[part~="fact"]')) {
      const cite = fact.querySelector('[part~="cite"]')!;
      expect(text(cite), text(fact)).to.match(/^Sources\[\d+(, \d+)*\]$/);
      for (const n of text(cite).match(/\d+/g)!) expect(Number(n)).to.be.within(1, references.length);
    }
    for (const { href } of linksIn(details)) expect(href).to.match(/^https:\/\/[^\s]+\.[a-z]{2,}/);
    details.open = true;
    await expect(el).to.be.accessible();
  });

  it('alprazolam: its own facts, and a section with nothing confirmed is left out', async () => {
    const el = await fixture<RwSubstanceFacts>(html`<rw-substance-facts substance="alprazolam"></rw-substance-facts>`);
    const headings = [...root(el).querySelectorAll('h3')].map(text);
    expect(text(root(el).querySelector('h2'))).to.equal('About alprazolam (Xanax)');
    expect(headings).to.deep.equal(['What is alprazolam?', 'What it is approved to treat', 'Tolerance and dependence', 'Staying safe']);
    expect(text(root(el).querySelector('section'))).to.contain('generalized anxiety disorder');
    await expect(el).to.be.accessible();
  });

  it('an unknown substance warns and shows the default pack, with the help line', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<RwSubstanceFacts>(html`<rw-substance-facts substance="kryptonite"></rw-substance-facts>`);
      expect(text(root(el).querySelector('h2'))).to.equal('About clonazepam (Klonopin)');
      expect(warnings.messages[0]).to.contain('<rw-substance-facts> substance="kryptonite"');
      expect(linksIn(root(el).querySelector('.next')!)).to.deep.equal([{ name: 'Call (844) 318-7500', href: 'tel:+18443187500' }]);
    } finally {
      warnings.restore();
    }
  });
});
