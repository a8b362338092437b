import { expect, fixture, html } from '@open-wc/testing';
import '../src/support-tips.js';
import type { RwSupportTips } from '../src/support-tips.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { preventNavigation } from './page-guards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<rw-support-tips>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  for (const substance of ['clonazepam', 'alprazolam']) {
    it(`${substance}: "Do" and "Don't" lists in plain words, ending in the help line`, async () => {
      const el = await fixture<RwSupportTips>(html`<rw-support-tips substance=${substance}></rw-support-tips>`);
      const nodes = axNodes(await axTree('rw-support-tips'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal('Helping a friend or loved one');
      const lists = nodes.filter((n) => n.role === 'list');
      expect(lists.map((n) => n.name)).to.deep.equal(['Do', "Don't"]);
      const all = text(el.shadowRoot!.querySelector('section'));
      expect(all).to.contain('How are you doing?');
      expect(all).to.contain('"we" and "us"');
      expect(all).not.to.match(/\b(addicts?|abusers?|junkie)\b/i);
      expect(linksIn(el.shadowRoot!.querySelector('.next')!)).to.deep.equal([{ name: 'Call (844) 318-7500', href: 'tel:+18443187500' }]);
      await expect(el).to.be.accessible();
    });
  }
});
