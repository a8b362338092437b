import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/stat-cards.js';
import type { RwStatCards } from '../src/stat-cards.js';
import { defaultPack } from '../src/content/packs/index.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { captureWarnings, preventNavigation } from './page-guards.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: RwStatCards) => el.shadowRoot!;
const cards = (el: RwStatCards) => [...root(el).querySelectorAll('[part~="card"]')];
const partText = (el: RwStatCards, part: string) => cards(el).map((card) => text(card.querySelector(`[part~="${part}"]`)));
const isShown = (node: Element) => node.getBoundingClientRect().height > 0;

const FIGURES = ['4.8 million', '30.6 million'];

/** Puts `markup` inside a fresh element, as a partner's HTML would, and waits for it to render. */
async function authored(markup: string, attributes = ''): Promise<RwStatCards> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.innerHTML = `<rw-stat-cards ${attributes}>${markup}</rw-stat-cards>`;
  const el = holder.querySelector('rw-stat-cards')!;
  await el.updateComplete;
  return el;
}

/** A child JSON script as a partner should write it: `<` escaped, so a "</script>" in a value cannot end it. */
const json = (value: unknown) =>
  `<script type="application/json">${typeof value === 'string' ? value : JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;

const PARTNER_LIST = `
  <ul>
    <li data-year="2024"><strong>1 in 3</strong> of our patients start with an outpatient taper
      <cite><a href="https://example.org/report">Annual report</a></cite></li>
    <li><b>92%</b> would recommend us to a friend</li>
  </ul>`;

describe('<rw-stat-cards>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  describe("the pack's figures", () => {
    it('shows every supported figure as a card: figure, label, year and an https source link', async () => {
      const el = await fixture<RwStatCards>(html`<rw-stat-cards></rw-stat-cards>`);
      expect(partText(el, 'figure')).to.deep.equal(FIGURES);
      expect(partText(el, 'label')).to.deep.equal(defaultPack.stats.map((stat) => stat.label));
      expect(partText(el, 'year')).to.deep.equal(['Year: 2020', 'Year: 2015–2016']);
      for (const [i, card] of cards(el).entries()) {
        const source = card.querySelector('[part~="source"]')!;
        const { title, url } = defaultPack.stats[i].source;
        expect(text(source)).to.equal(`Source: ${title}`);
        expect(linksIn(source)).to.deep.equal([{ name: title, href: url }]);
        expect(url).to.match(/^https:\/\//);
      }
      expect(text(root(el).querySelector('h2'))).to.equal('Benzodiazepine use in the U.S.');
      expect(root(el).querySelector('ul > li')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('defines "misuse" on the card, and says the older adults-only survey does not compare with 2020 (issue 16)', async () => {
      const el = await fixture<RwStatCards>(html`<rw-stat-cards></rw-stat-cards>`);
      const [misuse, use] = partText(el, 'label');
      expect(misuse).to.contain('people aged 12 or older').and.contain('Misuse means taking them in a way a doctor did not direct, or without a prescription.');
      expect(use).to.contain('adults aged 18 or older').and.contain('it does not compare with the 2020 figure');
      expect(partText(el, 'figure')).not.to.include('5.3 million');
      const [source] = partText(el, 'source');
      expect(source).to.contain('SAMHSA').and.contain('2020 National Survey on Drug Use and Health');
      expect(linksIn(cards(el)[0])[0].href).to.match(/^https:\/\/www\.samhsa\.gov\//);
    });

    it('reads as a region named by its heading, holding a list of 2 items', async () => {
      await fixture<RwStatCards>(html`<rw-stat-cards></rw-stat-cards>`);
      const nodes = axNodes(await axTree('rw-stat-cards'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal('Benzodiazepine use in the U.S.');
      expect(nodes.find((n) => n.role === 'heading')?.level).to.equal(2);
      const list = nodes.find((n) => n.role === 'list')!;
      expect(list, 'a list').to.exist;
      expect((list.children ?? []).filter((n) => n.role === 'listitem')).to.have.length(2);
      expect(nodes.filter((n) => n.role === 'listitem')).to.have.length(2);
    });

    it('heading replaces the heading, which names the region', async () => {
      await fixture<RwStatCards>(html`<rw-stat-cards heading="Benzodiazepines by the numbers"></rw-stat-cards>`);
      const nodes = axNodes(await axTree('rw-stat-cards'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal('Benzodiazepines by the numbers');
    });

    it('ends with the shared help line and the quiet emergency line', async () => {
      const el = await fixture<RwStatCards>(html`<rw-stat-cards phone="555-010-2000"></rw-stat-cards>`);
      const next = root(el).querySelector('.next')!;
      expect(text(next)).to.equal('Worried about yourself or someone you love? Call for advice. Call (555) 010-2000');
      expect(linksIn(next)).to.deep.equal([{ name: 'Call (555) 010-2000', href: 'tel:+15550102000' }]);
      expect(next.querySelector('a')!.getAttribute('part')).to.equal('call');
      expect(linksIn(root(el).querySelector('[part~="emergency"]')!).map((l) => l.href)).to.deep.equal([
        'tel:911',
        'tel:988',
        'sms:988',
        'tel:+18006624357',
      ]);
      const event = new Promise<CustomEvent>((resolve) => el.addEventListener('rw-call', resolve, { once: true }));
      next.querySelector('a')!.click();
      expect((await event).detail).to.deep.equal({ phone: '+15550102000', channel: 'call', widget: 'stat-cards' });
    });

    it('without phone, calls the pack\'s help line', async () => {
      const el = await fixture<RwStatCards>(html`<rw-stat-cards></rw-stat-cards>`);
      expect(linksIn(root(el).querySelector('.next')!)).to.deep.equal([{ name: 'Call (844) 318-7500', href: 'tel:+18443187500' }]);
    });
  });

  describe('partner figures from a child list', () => {
    it('replaces the pack\'s figures: <strong> or <b> is the figure, <cite> the source, data-year the year', async () => {
      const el = await authored(PARTNER_LIST);
      expect(partText(el, 'figure')).to.deep.equal(['1 in 3', '92%']);
      expect(partText(el, 'label')).to.deep.equal(['of our patients start with an outpatient taper', 'would recommend us to a friend']);
      expect(text(cards(el)[0].querySelector('[part~="year"]'))).to.equal('Year: 2024');
      expect(cards(el)[1].querySelector('[part~="year"]'), 'no year given, no year line').to.equal(null);
      expect(linksIn(cards(el)[0].querySelector('[part~="source"]')!)).to.deep.equal([
        { name: 'Annual report', href: 'https://example.org/report' },
      ]);
      expect(text(root(el).querySelector('h2'))).to.equal('By the numbers');
      const nodes = axNodes(await axTree('rw-stat-cards'));
      expect(nodes.filter((n) => n.role === 'listitem')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('a figure without a source says "Source not given", visibly', async () => {
      const el = await authored(PARTNER_LIST);
      const source = cards(el)[1].querySelector('[part~="source"]')!;
      expect(text(source)).to.equal('Source: Source not given');
      expect(linksIn(source)).to.deep.equal([]);
      expect(isShown(source.querySelector('.not-given')!)).to.equal(true);
    });

    it('a <cite> without a link is the source, as text', async () => {
      const el = await authored('<ul><li><strong>40</strong> beds <cite>Our 2024 census</cite></li></ul>');
      expect(text(cards(el)[0].querySelector('[part~="source"]'))).to.equal('Source: Our 2024 census');
      expect(linksIn(cards(el)[0])).to.deep.equal([]);
    });

    it('re-reads the list when the partner changes it', async () => {
      const el = await authored(PARTNER_LIST);
      el.querySelector('strong')!.textContent = '2 in 5';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(partText(el, 'figure')).to.deep.equal(['2 in 5', '92%']);
    });

    it('leaves out an item without a figure or a label, and warns', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored('<ul><li>No figure here</li><li><strong>12</strong></li><li><strong>40</strong> beds</li></ul>');
        expect(partText(el, 'figure')).to.deep.equal(['40']);
        const all = warnings.messages.join('\n');
        expect(all).to.contain('<rw-stat-cards> child <li> number 1="No figure here"').and.contain('no figure in <strong> or <b>; it is left out.');
        expect(all).to.contain('<rw-stat-cards> child <li> number 2="12"').and.contain('it is left out.');
      } finally {
        warnings.restore();
      }
    });

    it('a list with no usable items warns and shows the default figures', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored('<ul><li>just text</li></ul>');
        expect(partText(el, 'figure')).to.deep.equal(FIGURES);
        expect(text(root(el).querySelector('h2'))).to.equal('Benzodiazepine use in the U.S.');
        expect(warnings.messages.join('\n')).to.contain('<rw-stat-cards> child <ul>').and.contain('showing the default figures');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('partner figures from a child JSON script', () => {
    const FIGURES_JSON = [
      { figure: '1 in 3', label: 'of our patients start with an outpatient taper', year: '2024', source: { title: 'Annual report', url: 'https://example.org/report' } },
      { figure: 250, label: 'families joined our support group', year: 2023 },
      { figure: '92%', label: 'would recommend us', source: 'Exit survey, 2024' },
    ];

    it('replaces the pack\'s figures, numbers and all', async () => {
      const el = await authored(json(FIGURES_JSON));
      expect(partText(el, 'figure')).to.deep.equal(['1 in 3', '250', '92%']);
      expect(partText(el, 'label')).to.deep.equal(FIGURES_JSON.map((entry) => entry.label));
      expect(partText(el, 'year')).to.deep.equal(['Year: 2024', 'Year: 2023', '']);
      expect(partText(el, 'source')).to.deep.equal(['Source: Annual report', 'Source: Source not given', 'Source: Exit survey, 2024']);
      expect(linksIn(root(el).querySelector('[part~="cards"]')!)).to.deep.equal([{ name: 'Annual report', href: 'https://example.org/report' }]);
      const nodes = axNodes(await axTree('rw-stat-cards'));
      expect(nodes.filter((n) => n.role === 'listitem')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('wins over a child list when both are present', async () => {
      const el = await authored(`${json(FIGURES_JSON)}${PARTNER_LIST}`);
      expect(partText(el, 'figure')).to.deep.equal(['1 in 3', '250', '92%']);
    });

    const broken: [string, string][] = [
      ['malformed JSON', '[{"figure": "1 in 3", label: oops}]'],
      ['a non-array', '{"figure": "1 in 3", "label": "of our patients"}'],
      ['an empty script', ''],
    ];
    for (const [what, value] of broken) {
      it(`${what} warns, naming the element, the child script and the value, and shows the default figures`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await authored(json(value));
          expect(partText(el, 'figure')).to.deep.equal(FIGURES);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0])
            .to.contain('<rw-stat-cards> child <script type="application/json">=')
            .and.contain(JSON.stringify(value))
            .and.contain('showing the default figures.');
          expect(linksIn(root(el).querySelector('.next')!)[0].href).to.equal('tel:+18443187500');
        } finally {
          warnings.restore();
        }
      });
    }

    it('broken JSON next to a usable list falls back to the list, and says so', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored(`${json('not json')}${PARTNER_LIST}`);
        expect(partText(el, 'figure')).to.deep.equal(['1 in 3', '92%']);
        expect(warnings.messages[0]).to.contain('child <script type="application/json">="not json"').and.contain('showing the child list instead.');
      } finally {
        warnings.restore();
      }
    });

    it('leaves out an entry without a figure or label, and warns naming it', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored(json([{ label: 'no figure' }, 'just a string', { figure: '1 in 3', label: '  ' }, { figure: '40', label: 'beds' }]));
        expect(partText(el, 'figure')).to.deep.equal(['40']);
        expect(warnings.messages).to.have.length(3);
        expect(warnings.messages[0]).to.contain('<rw-stat-cards> child <script type="application/json"> entry 1="{\\"label\\":\\"no figure\\"}"').and.contain('it is left out.');
        expect(warnings.messages[1]).to.contain('entry 2=').and.contain('just a string');
        expect(warnings.messages[2]).to.contain('entry 3=');
      } finally {
        warnings.restore();
      }
    });

    it('with no usable entry at all, warns and shows the default figures', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored(json([{ figure: '1 in 3' }]));
        expect(partText(el, 'figure')).to.deep.equal(FIGURES);
        expect(warnings.messages.join('\n')).to.contain('entry 1=').and.contain('has no usable figures; showing the default figures.');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('hostile and bad input', () => {
    const HOSTILE = '<img src=x onerror="window.__pwned=1">';

    it('markup in a JSON figure, label or source stays text', async () => {
      const el = await authored(json([{ figure: HOSTILE, label: `people ${HOSTILE}`, year: HOSTILE, source: { title: HOSTILE } }]));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(partText(el, 'figure')).to.deep.equal([HOSTILE]);
      expect(partText(el, 'label')).to.deep.equal([`people ${HOSTILE}`]);
      expect(partText(el, 'source')).to.deep.equal([`Source: ${HOSTILE}`]);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('escaped markup in a light-DOM figure or label stays text', async () => {
      const escaped = '&lt;img src=x onerror="window.__pwned=1"&gt;';
      const el = await authored(`<ul><li><strong>${escaped}</strong> people ${escaped}</li></ul>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(partText(el, 'figure')).to.deep.equal([HOSTILE]);
      expect(partText(el, 'label')).to.deep.equal([`people ${HOSTILE}`]);
      expect(root(el).querySelector('img')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    const unsafe = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/report'];
    for (const url of unsafe) {
      it(`a source URL ${url.split(':')[0]}: is shown as text, never a link, with a warning (JSON)`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await authored(json([{ figure: '1 in 3', label: 'of our patients', source: { title: 'Annual report', url } }]));
          const source = cards(el)[0].querySelector('[part~="source"]')!;
          expect(text(source)).to.equal('Source: Annual report');
          expect(source.querySelector('a')).to.equal(null);
          expect(warnings.messages[0]).to.contain('entry 1 "source" "url"=').and.contain('is not an https link; the source is shown as text.');
        } finally {
          warnings.restore();
        }
      });
    }

    it('a javascript: link in a light-DOM <cite> is shown as text, never a link', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored('<ul><li><strong>1 in 3</strong> of our patients <cite><a href="javascript:alert(1)">Annual report</a></cite></li></ul>');
        expect(linksIn(root(el))).to.satisfy((links: { href: string }[]) => links.every(({ href }) => !href.startsWith('javascript:')));
        expect(text(cards(el)[0].querySelector('[part~="source"]'))).to.equal('Source: Annual report');
        expect(cards(el)[0].querySelector('a')).to.equal(null);
        expect(warnings.messages[0]).to.contain('child <li> number 1 <cite> link href="javascript:alert(1)"');
      } finally {
        warnings.restore();
      }
    });

    it('an unknown substance warns and shows the default pack', async () => {
      const warnings = captureWarnings();
      try {
        const el = await authored('', 'substance="kryptonite"');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<rw-stat-cards> substance="kryptonite"').and.contain('using clonazepam');
        expect(partText(el, 'figure')).to.deep.equal(FIGURES);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('layout', () => {
    it('fits a 320px container in one column without horizontal scrolling', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 320px"><rw-stat-cards></rw-stat-cards></div>`);
      const el = box.querySelector('rw-stat-cards')!;
      await el.updateComplete;
      const section = root(el).querySelector('section')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const lefts = new Set(cards(el).map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(lefts.size, 'one column').to.equal(1);
      for (const card of cards(el)) expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
      await expect(el).to.be.accessible();
    });

    it('fits a 320px container at 200% text, long sources and all', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 32px"><rw-stat-cards></rw-stat-cards></div>`);
      const el = box.querySelector('rw-stat-cards')!;
      await el.updateComplete;
      const section = root(el).querySelector('section')!;
      expect(section.scrollWidth).to.be.at.most(section.clientWidth + 1);
    });

    it('puts several cards in a row in a wide container', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 1000px"><rw-stat-cards></rw-stat-cards></div>`);
      const el = box.querySelector('rw-stat-cards')!;
      await el.updateComplete;
      const tops = cards(el).map((card) => Math.round(card.getBoundingClientRect().top));
      expect(tops.filter((top) => top === tops[0]).length).to.be.greaterThan(1);
    });

    it('keeps every link at least 24px tall, even under a 10px host font', async () => {
      const box = await fixture<HTMLElement>(html`<div style="font-size: 10px"><rw-stat-cards></rw-stat-cards></div>`);
      const el = box.querySelector('rw-stat-cards')!;
      await el.updateComplete;
      const links = [...root(el).querySelectorAll('a')];
      expect(links.length).to.be.greaterThan(5);
      for (const link of links) expect(link.getBoundingClientRect().height, text(link)).to.be.at.least(24);
    });

    it('draws card borders in the system colour under forced colors', async () => {
      const el = await fixture<RwStatCards>(html`<rw-stat-cards></rw-stat-cards>`);
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        const card = getComputedStyle(cards(el)[0]);
        expect(card.borderTopStyle).to.equal('solid');
        expect(card.borderLeftColor).to.equal(getComputedStyle(probe).color);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
        probe.remove();
      }
    });

    it('has no motion', async () => {
      const el = await fixture<RwStatCards>(html`<rw-stat-cards></rw-stat-cards>`);
      for (const node of root(el).querySelectorAll('*')) {
        const style = getComputedStyle(node);
        expect(style.animationName).to.equal('none');
        expect(style.transitionDuration).to.equal('0s');
      }
    });
  });
});
