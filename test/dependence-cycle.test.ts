import { expect, fixture, html } from '@open-wc/testing';
import '../src/dependence-cycle.js';
import type { RwDependenceCycle } from '../src/dependence-cycle.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { preventNavigation } from './page-guards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: RwDependenceCycle) => el.shadowRoot!;

describe('<rw-dependence-cycle>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  it('is an ordered list of the loop\'s steps that says it starts again, framed as dependence, not addiction', async () => {
    const el = await fixture<RwDependenceCycle>(html`<rw-dependence-cycle></rw-dependence-cycle>`);
    const nodes = axNodes(await axTree('rw-dependence-cycle'));
    expect(nodes.find((n) => n.role === 'region')?.name).to.equal('How the dependence loop works');
    expect(nodes.filter((n) => n.role === 'listitem')).to.have.length(4);
    expect([...root(el).querySelectorAll('[part~="step"]')].map((li) => text(li).replace(/^\d /, ''))).to.deep.equal([
      'Someone takes clonazepam regularly, for panic, seizures or another condition. Whether to keep taking it is decided with their prescriber.',
      'Over weeks, the body gets used to it. The same dose may work less well, and the dose may go up.',
      'If the dose is cut or stopped, withdrawal symptoms can start. They can feel like the first problem, such as anxiety or panic.',
      'Taking it again eases the withdrawal, and the loop starts over.',
    ]);
    expect(text(root(el).querySelector('[part~="loops-back"]'))).to.equal('Then the loop starts again at step 1.');
    expect(text(root(el).querySelector('[part~="framing"]'))).to.contain('It is common and is not the same as addiction.');
    expect(text(root(el).querySelector('[part~="way-out"]'))).to.equal(
      'If you and your prescriber decide to stop, a slow taper is the safe way. Never stop suddenly.',
    );
    expect(text(root(el).querySelector('section'))).not.to.match(/the way out/i);
    // The prescriber first, the center second (clinical-notes.md §2.2, §2.6 step 1).
    expect(text(root(el).querySelector('.next'))).to.match(
      /^Thinking about stopping\? Talk with your prescriber first\. Questions about treatment\? Call for advice\. Call \(844\) 318-7500$/,
    );
    expect(linksIn(root(el).querySelector('.next')!)[0].href).to.equal('tel:+18443187500');
    await expect(el).to.be.accessible();
  });

  it('is drawn as a loop when there is room (clockwise corners) and as a column when narrow', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 800px"><rw-dependence-cycle></rw-dependence-cycle></div>`);
    const el = box.querySelector('rw-dependence-cycle')!;
    await el.updateComplete;
    const rects = () => [...root(el).querySelectorAll('[part~="step"]')].map((li) => li.getBoundingClientRect());
    const [one, two, three, four] = rects();
    expect(Math.round(one.top)).to.equal(Math.round(two.top));
    expect(two.left).to.be.greaterThan(one.left);
    expect(three.top).to.be.greaterThan(two.top);
    expect(Math.round(three.left)).to.equal(Math.round(two.left));
    expect(Math.round(four.left)).to.equal(Math.round(one.left));
    expect(getComputedStyle(root(el).querySelector('.loop')!).display).to.equal('block');
    box.style.width = '320px';
    await new Promise(requestAnimationFrame);
    const narrow = rects();
    expect(narrow.every((r, i) => i === 0 || r.top > narrow[i - 1].top)).to.equal(true);
    expect(getComputedStyle(root(el).querySelector('.loop')!).display).to.equal('none');
    const section = root(el).querySelector('section')!;
    expect(section.scrollWidth).to.be.at.most(section.clientWidth + 2);
  });

  it('alprazolam starts the loop with its own first step', async () => {
    const el = await fixture<RwDependenceCycle>(html`<rw-dependence-cycle substance="alprazolam"></rw-dependence-cycle>`);
    expect(text(root(el).querySelector('[part~="step"]'))).to.contain('Someone takes alprazolam regularly, for anxiety or panic.');
  });
});
