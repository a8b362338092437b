import { expect, fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../src/index.js';
import { RwElement } from '../src/internal/element.js';
import { contrastRatio, parseColor } from '../src/internal/contrast.js';
import { WIDGETS, type Updatable } from './widgets.js';


async function mount(tag: string, hostStyle: string, attributes = '') {
  const host = await fixture<HTMLElement>(html`<div style=${hostStyle}>${unsafeStatic(`<${tag} ${attributes}></${tag}>`)}</div>`);
  const el = host.firstElementChild as Updatable;
  await el.updateComplete;
  return el;
}

const ratio = (text: string, background: string) => contrastRatio(parseColor(text)!, parseColor(background)!);

describe('theming: every widget', () => {
  for (const { tag } of WIDGETS) {
    describe(`<${tag}>`, () => {
      it('takes the host page\'s font, text colour and size, in em: a 62.5% root does not shrink it', async () => {
        document.documentElement.style.fontSize = '62.5%';
        try {
          const el = await mount(tag, 'font-family: Georgia, serif; color: rgb(20, 60, 30); font-size: 1.8rem');
          const heading = el.shadowRoot!.querySelector('h2')!;
          const style = getComputedStyle(heading);
          expect(style.fontFamily).to.equal('Georgia, serif');
          expect(style.color).to.equal('rgb(20, 60, 30)');
          expect(parseFloat(style.fontSize)).to.be.at.least(18);
          const call = el.shadowRoot!.querySelector('[part~="call"]')!;
          expect(call.getBoundingClientRect().height).to.be.at.least(44);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });

      it('ignores the host\'s unprefixed variables (--accent, --border, --radius, --surface, --text)', async () => {
        const plain = await mount(tag, '');
        const before = getComputedStyle(plain.shadowRoot!.querySelector('[part~="call"]')!);
        const expected = [before.backgroundColor, before.color, before.borderRadius];
        const hostile = await mount(tag, '--accent: lime; --border: 7px dotted red; --radius: 50%; --surface: magenta; --text: yellow; --space: 4em');
        const after = getComputedStyle(hostile.shadowRoot!.querySelector('[part~="call"]')!);
        expect([after.backgroundColor, after.color, after.borderRadius]).to.deep.equal(expected);
      });

      for (const [accent, surface] of [
        ['#ffff00', '#ffffff'],
        ['#9a9a9a', '#000000'],
        ['#ff0000', '#1a1a1a'],
        ['#00ffcc', '#f5f5f5'],
      ]) {
        it(`keeps 4.5:1 for text with --rw-accent ${accent} and --rw-surface ${surface}`, async () => {
          const el = await mount(tag, `color: #222; --rw-accent: ${accent}; --rw-surface: ${surface}`);
          const call = getComputedStyle(el.shadowRoot!.querySelector('[part~="call"]')!);
          expect(ratio(call.color, call.backgroundColor), 'call button').to.be.at.least(4.5);
          const panel = el.shadowRoot!.querySelector('.panel')!;
          const heading = getComputedStyle(el.shadowRoot!.querySelector('h2')!);
          expect(ratio(heading.color, getComputedStyle(panel).backgroundColor), 'text on the surface').to.be.at.least(4.5);
        });
      }
    });
  }

  it('sizes are in em, never rem or fixed pixel font sizes', () => {
    const css = [RwElement.styles].flat(3).map((sheet) => String((sheet as { cssText?: string }).cssText ?? '')).join('\n');
    expect(css).not.to.match(/\d(\.\d+)?rem\b/);
  });
});

describe('theming: colours that are not colours', () => {
  it('an invalid --rw-accent or --rw-on-accent warns and keeps the default, readable button', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await mount('rw-help-banner', '--rw-accent: banana; --rw-on-accent: #12345');
      const call = getComputedStyle(el.shadowRoot!.querySelector('[part~="call"]')!);
      expect(call.backgroundColor).to.equal('rgb(29, 78, 216)');
      expect(ratio(call.color, call.backgroundColor)).to.be.at.least(4.5);
      expect(warnings.join('\n')).to.contain('<rw-help-banner> --rw-accent="banana"').and.contain('--rw-on-accent="#12345"');
    } finally {
      console.warn = original;
    }
  });
});

describe('theming: the emergency card', () => {
  it('keeps 4.5:1 on its buttons whatever --rw-danger is', async () => {
    for (const danger of ['#ffcc00', '#b3261e', '#777777']) {
      const el = await mount('rw-symptom-checklist', `--rw-danger: ${danger}`);
      el.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await el.updateComplete;
      for (const button of el.shadowRoot!.querySelectorAll('[part~="emergency-card"] a')) {
        const style = getComputedStyle(button);
        expect(ratio(style.color, style.backgroundColor), `${danger}: ${button.textContent}`).to.be.at.least(4.5);
      }
    }
  });

  for (const [name, attributes, page] of [
    ['theme="dark"', 'theme="dark"', ''],
    ['a page with color-scheme: dark', '', 'color-scheme: dark; background: #121212; color: #eeeeee'],
  ]) {
    it(`in a dark colour scheme (${name}), its buttons stand out from the card by 3:1 and their text by 4.5:1`, async () => {
      const el = await mount('rw-symptom-checklist', page, attributes);
      el.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await el.updateComplete;
      const card = getComputedStyle(el.shadowRoot!.querySelector('[part~="emergency-card"]')!);
      for (const button of el.shadowRoot!.querySelectorAll('[part~="emergency-card"] a')) {
        const style = getComputedStyle(button);
        expect(ratio(style.backgroundColor, card.backgroundColor), `fill of ${button.textContent}`).to.be.at.least(3);
        expect(ratio(style.color, style.backgroundColor), `text of ${button.textContent}`).to.be.at.least(4.5);
      }
    });
  }
});
