import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/treatment-timeline.js';
import type { RwTreatmentTimeline } from '../src/treatment-timeline.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { captureWarnings, focusJustBefore, preventNavigation } from './page-guards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: RwTreatmentTimeline) => el.shadowRoot!;
const stages = (el: RwTreatmentTimeline) => [...root(el).querySelectorAll('[part~="stage"]')];
const toggles = (el: RwTreatmentTimeline) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')];
const detailsOf = (li: Element) => li.querySelector<HTMLElement>('[part~="details"]')!;
const isShown = (node: HTMLElement) => node.getBoundingClientRect().height > 0;
const current = (el: RwTreatmentTimeline) => stages(el).filter((li) => li.getAttribute('aria-current') === 'step');

const PROGRAM = [
  'Talk with your prescriber and our team',
  'Medically supervised detox: a slow taper',
  'Inpatient care, only if needed',
  'Residential treatment, only if needed',
  'Case management and life after treatment',
  'Ongoing support, with family',
];
const TAPER = [
  'Talk with your prescriber',
  'Make a taper plan, usually as an outpatient',
  'Taper in small steps',
  'Extra support',
  'More care, only when it is needed',
  'Recovery support',
];

describe('<rw-treatment-timeline>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  describe('presets', () => {
    it('shows the program as a named region with an ordered list of stages, each a collapsed button', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline></rw-treatment-timeline>`);
      const nodes = axNodes(await axTree('rw-treatment-timeline'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal('Your path through treatment');
      expect(nodes.filter((n) => n.role === 'listitem')).to.have.length(6);
      expect(nodes.filter((n) => n.role === 'button').map((n) => n.name)).to.deep.equal(PROGRAM);
      expect(root(el).querySelector('ol')).to.exist;
      for (const [i, li] of stages(el).entries()) {
        expect(text(li.querySelector('[part~="marker"]'))).to.equal(String(i + 1));
        expect(toggles(el)[i].getAttribute('aria-expanded')).to.equal('false');
        expect(isShown(detailsOf(li))).to.equal(false);
        expect(text(li.querySelector('.summary')).length).to.be.greaterThan(10);
      }
      expect(current(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('never promises a 5 to 7 day detox: the detox stage is a slow taper over months', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline expanded></rw-treatment-timeline>`);
      const all = text(root(el).querySelector('section'));
      expect(all).not.to.match(/5.?(to|–|-).?7 days/i);
      expect(text(stages(el)[1])).to.contain('How long: Usually months, sometimes a year or more');
      expect(text(stages(el)[1])).to.contain('Stopping suddenly can cause seizures');
      expect(text(stages(el)[1])).to.contain('Most people taper as outpatients');
    });

    it('follows clinical-notes.md §2.6: the prescriber first, then inpatient and residential care only if needed, with the reasons', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline expanded></rw-treatment-timeline>`);
      const [talk, , inpatient, residential] = stages(el).map(text);
      expect(talk).to.contain('decide together whether and when to taper');
      expect(talk).to.contain('No prescription? A doctor or the SAMHSA Helpline can help you find care.');
      expect(inpatient).to.contain('It is for severe or complicated withdrawal, use of other substances, or a health problem that needs close watching.');
      expect(inpatient).to.contain('It can come at any point, including at the start.');
      expect(residential).to.contain('It is for people with a benzodiazepine use disorder or other substance use');
      expect(toggles(el).map(text).filter((title) => /inpatient|residential/i.test(title))).to.deep.equal([
        'Inpatient care, only if needed',
        'Residential treatment, only if needed',
      ]);
    });

    it('preset="outpatient-taper" shows the six steps of the 2025 taper guideline, each with sources', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline preset="outpatient-taper" expanded></rw-treatment-timeline>`);
      expect(text(root(el).querySelector('h2'))).to.equal('Tapering off, step by step');
      expect(toggles(el).map(text)).to.deep.equal(TAPER);
      for (const li of stages(el)) {
        const links = linksIn(li.querySelector('.sources')!);
        expect(links.length).to.be.greaterThan(0);
        for (const { href } of links) expect(href).to.match(/^https:\/\//);
      }
    });
  });

  describe('current', () => {
    it('by id marks that stage with aria-current="step" and a visible "You are here" label', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline current="residential"></rw-treatment-timeline>`);
      expect(current(el)).to.deep.equal([stages(el)[3]]);
      const here = stages(el)[3].querySelector<HTMLElement>('[part~="here"]')!;
      expect(text(here)).to.equal('You are here');
      expect(isShown(here)).to.equal(true);
      expect(root(el).querySelectorAll('[part~="here"]')).to.have.length(1);
      expect(stages(el)[3].getAttribute('part')).to.equal('stage current');
      await expect(el).to.be.accessible();
    });

    it('by 1-based number, and it follows changes', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline preset="outpatient-taper" current="2"></rw-treatment-timeline>`);
      expect(current(el)).to.deep.equal([stages(el)[1]]);
      el.current = 'taper';
      await el.updateComplete;
      expect(current(el)).to.deep.equal([stages(el)[2]]);
    });

    it('does not rely on colour alone: the current marker is ringed, the label is text', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline current="1"></rw-treatment-timeline>`);
      const marker = getComputedStyle(stages(el)[0].querySelector('[part~="marker"]')!);
      const other = getComputedStyle(stages(el)[1].querySelector('[part~="marker"]')!);
      expect(marker.outlineStyle).to.equal('solid');
      expect(other.outlineStyle).to.equal('none');
    });
  });

  describe('opening stages', () => {
    it('a click opens and closes a stage, firing rw-stage-toggle', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline></rw-treatment-timeline>`);
      const [, second] = toggles(el);
      let event = oneEvent(el, 'rw-stage-toggle');
      second.click();
      expect((await event).detail).to.deep.equal({ widget: 'treatment-timeline', stage: 'detox', open: true });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(detailsOf(stages(el)[1]))).to.equal(true);
      expect(second.getAttribute('aria-controls')).to.equal(detailsOf(stages(el)[1]).id);
      await expect(el).to.be.accessible();
      event = oneEvent(el, 'rw-stage-toggle');
      second.click();
      expect((await event).detail.open).to.equal(false);
      await el.updateComplete;
      expect(isShown(detailsOf(stages(el)[1]))).to.equal(false);
    });

    it('works from the keyboard: Tab to a stage, Enter opens, Space closes', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline></rw-treatment-timeline>`);
      const removeStart = focusJustBefore(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const second = toggles(el)[1];
      expect(root(el).activeElement).to.equal(second);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('false');
      removeStart();
    });

    it('expanded opens every stage; removing it closes them', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline expanded></rw-treatment-timeline>`);
      expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(stages(el).every((li) => isShown(detailsOf(li)))).to.equal(true);
      await expect(el).to.be.accessible();
      el.expanded = false;
      await el.updateComplete;
      expect(stages(el).some((li) => isShown(detailsOf(li)))).to.equal(false);
    });

    it('prints with every stage open', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline></rw-treatment-timeline>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(stages(el).every((li) => isShown(detailsOf(li)))).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('animates the chevron only when the reader has not asked for reduced motion', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline></rw-treatment-timeline>`);
      const chevron = root(el).querySelector('.chevron')!;
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
      await emulateMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(chevron).transitionDuration).not.to.equal('0s');
    });
  });

  describe('layout follows the container, not the window', () => {
    it('is horizontal in a wide container and vertical in a narrow one', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 1000px"><rw-treatment-timeline></rw-treatment-timeline></div>`);
      const el = box.querySelector('rw-treatment-timeline')!;
      await el.updateComplete;
      const tops = () => stages(el).map((li) => Math.round(li.getBoundingClientRect().top));
      expect(new Set(tops()).size, 'one row').to.equal(1);
      box.style.width = '320px';
      await new Promise(requestAnimationFrame);
      const narrow = tops();
      expect(narrow.every((top, i) => i === 0 || top > narrow[i - 1]), 'one column').to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const [width, fontSize] of [[320, 16], [640, 32]]) {
      it(`fits a ${width}px container at ${fontSize}px text (${fontSize / 16 * 100}%) without horizontal scrolling`, async () => {
        const box = await fixture<HTMLElement>(html`
          <div style="width: ${width}px; font-size: ${fontSize}px"><rw-treatment-timeline expanded current="2"></rw-treatment-timeline></div>
        `);
        const el = box.querySelector('rw-treatment-timeline')!;
        await el.updateComplete;
        const section = root(el).querySelector('section')!;
        expect(section.scrollWidth).to.be.at.most(section.clientWidth + 2);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
      });
    }
  });

  describe('light-DOM authoring', () => {
    it('an <ol> of <li><h3>…</h3><p>…</p></li> replaces the stages, read as text', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`
        <rw-treatment-timeline current="aftercare">
          <ol>
            <li><h3>First call</h3><p>We listen and answer questions.</p><p>It takes about 20 minutes.</p></li>
            <li id="aftercare"><h3>Aftercare &lt;img src=x onerror="window.__pwned=1"&gt;</h3><p>Weekly groups.</p></li>
          </ol>
        </rw-treatment-timeline>
      `);
      expect(toggles(el).map(text)).to.deep.equal(['First call', 'Aftercare <img src=x onerror="window.__pwned=1">']);
      expect(text(stages(el)[0].querySelector('.summary'))).to.equal('We listen and answer questions.');
      expect(text(detailsOf(stages(el)[0]))).to.contain('It takes about 20 minutes.');
      expect(current(el)).to.deep.equal([stages(el)[1]]);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      const event = oneEvent(el, 'rw-stage-toggle');
      toggles(el)[0].click();
      expect((await event).detail.stage).to.equal('step-1');
    });

    it('leaves out an item without a heading, and warns', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RwTreatmentTimeline>(html`
          <rw-treatment-timeline><ol><li><p>No title here</p></li><li><h3>Aftercare</h3></li></ol></rw-treatment-timeline>
        `);
        expect(toggles(el).map(text)).to.deep.equal(['Aftercare']);
        expect(warnings.messages[0]).to.contain('<rw-treatment-timeline>').and.contain('child <li> number 1').and.contain('No title here');
      } finally {
        warnings.restore();
      }
    });

    for (const markup of ['<ol></ol>', '<ol><li>just text</li><li></li></ol>']) {
      it(`an empty or malformed list (${markup}) warns and shows the default path`, async () => {
        const warnings = captureWarnings();
        try {
          const holder = await fixture<HTMLElement>(html`<div></div>`);
          holder.innerHTML = `<rw-treatment-timeline>${markup}</rw-treatment-timeline>`;
          const el = holder.querySelector('rw-treatment-timeline')!;
          await el.updateComplete;
          expect(toggles(el).map(text)).to.deep.equal(PROGRAM);
          expect(warnings.messages.join('\n')).to.contain('<rw-treatment-timeline> child <ol>').and.contain('showing the default path');
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('call to action, durations and bad input', () => {
    it('ends with the shared help line, page-wide or from phone', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline phone="555-010-2000"></rw-treatment-timeline>`);
      const next = root(el).querySelector('.next')!;
      expect(text(next)).to.equal('Questions about any step? Call for advice. Call (555) 010-2000');
      expect(linksIn(next)).to.deep.equal([{ name: 'Call (555) 010-2000', href: 'tel:+15550102000' }]);
      expect(linksIn(root(el).querySelector('[part~="emergency"]')!).map((l) => l.href)).to.deep.equal([
        'tel:911',
        'tel:988',
        'sms:988',
        'tel:+18006624357',
      ]);
    });

    it('durations replace a stage\'s "How long"', async () => {
      const el = await fixture<RwTreatmentTimeline>(html`
        <rw-treatment-timeline expanded durations='{"detox": "Often 2 to 6 months", "inpatient": "About a week"}'></rw-treatment-timeline>
      `);
      expect(text(stages(el)[1])).to.contain('How long: Often 2 to 6 months');
      expect(text(stages(el)[2])).to.contain('How long: About a week');
    });

    const bad: [string, string, string][] = [
      ['preset', 'inpatient-only', 'using program'],
      ['substance', 'kryptonite', 'using clonazepam'],
      ['current', '0', 'no stage is marked'],
      ['current', '9', 'no stage is marked'],
      ['current', 'rehab', 'no stage is marked'],
      ['durations', '{detox: 3 weeks}', 'not a JSON object'],
      ['durations', '["3 weeks"]', 'not a JSON object'],
      ['durations', '{"rehab": "3 weeks"}', 'that entry is ignored'],
    ];
    for (const [attribute, value, consequence] of bad) {
      it(`${attribute}="${value}" warns and keeps the default path on screen`, async () => {
        const warnings = captureWarnings();
        try {
          const el = document.createElement('rw-treatment-timeline');
          el.setAttribute(attribute, value);
          const holder = await fixture<HTMLElement>(html`<div></div>`);
          holder.append(el);
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<rw-treatment-timeline>').and.contain(`${attribute}=${JSON.stringify(value)}`).and.contain(consequence);
          expect(toggles(el).map(text)).to.deep.equal(PROGRAM);
          expect(current(el)).to.have.length(0);
          expect(linksIn(root(el).querySelector('.next')!)[0].href).to.equal('tel:+18443187500');
          if (attribute === 'durations') expect(text(stages(el)[1])).to.contain('How long: Usually months');
        } finally {
          warnings.restore();
        }
      });
    }
  });
});

describe('<rw-treatment-timeline>: Escape', () => {
  it('with nothing open, Escape is left to the page (a host dialog may close on it)', async () => {
    const el = await fixture<RwTreatmentTimeline>(html`<rw-treatment-timeline></rw-treatment-timeline>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.focus();
    let prevented: boolean | null = null;
    document.addEventListener('keydown', (event) => (prevented = event.defaultPrevented), { once: true });
    await sendKeys({ press: 'Escape' });
    expect(prevented).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
});
