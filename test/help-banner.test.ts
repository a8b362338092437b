import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/help-banner.js';
import type { RwHelpBanner } from '../src/help-banner.js';
import { axNodes, axTree, linksIn } from './reading.js';
import { captureWarnings, focusJustBefore, preventNavigation } from './page-guards.js';

const DEFAULT_LINK = { name: 'Call (844) 318-7500', href: 'tel:+18443187500' };
const EMERGENCY_LINKS = [
  { name: 'Call 911', href: 'tel:911' },
  { name: 'Call 988', href: 'tel:988' },
  { name: 'text 988', href: 'sms:988' },
  { name: 'Call (800) 662-4357', href: 'tel:+18006624357' },
];

const callLink = (el: RwHelpBanner) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="call"]')!;

describe('<rw-help-banner>', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  describe('by default', () => {
    it('is a region named "Get help now" with a link that calls the pack help line', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      const tree = await axTree('rw-help-banner');
      const region = axNodes(tree).find((n) => n.role === 'region');
      expect(region?.name).to.equal('Get help now');
      const heading = axNodes(tree).find((n) => n.role === 'heading');
      expect(heading?.name).to.equal('Get help now');
      expect(linksIn(el.shadowRoot!)[0]).to.deep.equal(DEFAULT_LINK);
    });

    it('shows the emergency line with real tel: and sms: links to 911 and 988, and the SAMHSA helpline', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      const line = el.shadowRoot!.querySelector('[part~="emergency"]')!;
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'In danger now? Call 911. In crisis or thinking about suicide? Call 988 or text 988. ' +
          'Free, confidential treatment referral from the SAMHSA National Helpline: Call (800) 662-4357.',
      );
      expect(linksIn(line)).to.deep.equal(EMERGENCY_LINKS);
    });

    it('is accessible (axe)', async () => {
      const el = await fixture(html`<rw-help-banner></rw-help-banner>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('phone', () => {
    for (const written of ['(844) 318-7500', '844.318.7500', '+1 844 318 7500', '1-844-318-7500', '8443187500', ' 844 318 7500 ', '844–318–7500', 'tel:+18443187500']) {
      it(`accepts ${JSON.stringify(written)} and links to tel:+18443187500`, async () => {
        const el = await fixture<RwHelpBanner>(html`<rw-help-banner phone=${written}></rw-help-banner>`);
        expect(linksIn(el.shadowRoot!)[0]).to.deep.equal(DEFAULT_LINK);
      });
    }

    it('formats another number for reading and dialling', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner phone="555-010-2000"></rw-help-banner>`);
      expect(linksIn(el.shadowRoot!)[0]).to.deep.equal({ name: 'Call (555) 010-2000', href: 'tel:+15550102000' });
    });

    it('follows a change of the attribute', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner phone="555-010-2000"></rw-help-banner>`);
      el.setAttribute('phone', '(212) 555-0199');
      await el.updateComplete;
      expect(callLink(el).getAttribute('href')).to.equal('tel:+12125550199');
    });

    const bad = [
      ['letters', '844-318-HELP'],
      ['too few digits', '318-7500'],
      ['too many digits', '844 318 7500 123'],
      ['another country', '+44 20 7946 0958'],
      ['an area code starting with 1', '(144) 318-7500'],
      ['a javascript: URL', 'javascript:alert(1)'],
      ['markup', '<img src=x onerror="window.__pwned=1">'],
      ['an empty string', ''],
    ];
    for (const [what, value] of bad) {
      it(`rejects ${what}: shows the default help line and warns naming element, attribute and value`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<RwHelpBanner>(html`<rw-help-banner phone=${value}></rw-help-banner>`);
          expect(linksIn(el.shadowRoot!)[0]).to.deep.equal(DEFAULT_LINK);
          expect(el.shadowRoot!.querySelector('img')).to.equal(null);
          expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<rw-help-banner>').and.contain('phone=').and.contain(JSON.stringify(value));
        } finally {
          warnings.restore();
        }
      });
    }

    it('never produces a link other than tel: or sms:', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RwHelpBanner>(
          html`<rw-help-banner phone="javascript:alert(1)" sms="data:text/html,hi"></rw-help-banner>`,
        );
        for (const { href } of linksIn(el.shadowRoot!)) expect(href).to.match(/^(tel|sms):\+?\d+$/);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('page-level number', () => {
    let meta: HTMLMetaElement;
    beforeEach(() => {
      meta = document.createElement('meta');
      meta.name = 'rw-phone';
      meta.content = '(555) 010-2000';
      document.head.append(meta);
    });
    afterEach(() => meta.remove());

    it('a <meta name="rw-phone"> sets the number of every banner without its own', async () => {
      const el = await fixture<HTMLElement>(html`<div><rw-help-banner></rw-help-banner><rw-help-banner></rw-help-banner></div>`);
      for (const banner of el.querySelectorAll('rw-help-banner')) {
        await banner.updateComplete;
        expect(callLink(banner).getAttribute('href')).to.equal('tel:+15550102000');
      }
    });

    it('the element attribute wins over the page meta', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner phone="(212) 555-0199"></rw-help-banner>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+12125550199');
    });

    it('a bad meta value warns and falls back to the pack help line', async () => {
      meta.content = 'call us!';
      const warnings = captureWarnings();
      try {
        const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
        expect(linksIn(el.shadowRoot!)[0]).to.deep.equal(DEFAULT_LINK);
        expect(warnings.messages.join('\n')).to.contain('<rw-help-banner>').and.contain('rw-phone').and.contain('"call us!"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('no-JavaScript fallback markup', () => {
    it('uses the number of the author\'s child tel: link when there is no phone attribute', async () => {
      const el = await fixture<RwHelpBanner>(
        html`<rw-help-banner><a href="tel:+15550102000">Call (555) 010-2000</a></rw-help-banner>`,
      );
      expect(linksIn(el.shadowRoot!)[0]).to.deep.equal({ name: 'Call (555) 010-2000', href: 'tel:+15550102000' });
    });

    it('shows the child link only once: the upgraded banner replaces it', async () => {
      const el = await fixture<RwHelpBanner>(
        html`<rw-help-banner><a href="tel:+15550102000">Call (555) 010-2000</a></rw-help-banner>`,
      );
      const child = el.querySelector('a')!;
      expect(child.getBoundingClientRect().height).to.equal(0);
      const names = axNodes(await axTree('rw-help-banner')).filter((n) => n.role === 'link').map((n) => n.name);
      expect(names.filter((n) => n === 'Call (555) 010-2000')).to.have.length(1);
    });

    it('a child sms: link becomes the text link', async () => {
      const el = await fixture<RwHelpBanner>(
        html`<rw-help-banner><a href="tel:+15550102000">Call</a> <a href="sms:+15550102001">Text</a></rw-help-banner>`,
      );
      const text = el.shadowRoot!.querySelector('[part~="text"]')!;
      expect(linksIn(text.parentElement!)[1]).to.deep.equal({ name: 'Text (555) 010-2001', href: 'sms:+15550102001' });
    });
  });

  describe('sms, heading, hours and no-emergency', () => {
    it('sms adds a text link', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner sms="844.318.7500"></rw-help-banner>`);
      const text = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="text"]')!;
      expect(text.textContent!.trim()).to.equal('Text (844) 318-7500');
      expect(text.getAttribute('href')).to.equal('sms:+18443187500');
    });

    it('a bad sms warns and shows no text link, keeping the call link', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RwHelpBanner>(html`<rw-help-banner sms="text us"></rw-help-banner>`);
        expect(el.shadowRoot!.querySelector('[part~="text"]')).to.equal(null);
        expect(linksIn(el.shadowRoot!)[0]).to.deep.equal(DEFAULT_LINK);
        expect(warnings.messages[0]).to.contain('<rw-help-banner>').and.contain('sms=').and.contain('"text us"');
      } finally {
        warnings.restore();
      }
    });

    it('heading names the region; hours are shown as written', async () => {
      await fixture(html`<rw-help-banner heading="Talk to us tonight" hours="Open 24/7"></rw-help-banner>`);
      const nodes = axNodes(await axTree('rw-help-banner'));
      expect(nodes.find((n) => n.role === 'region')?.name).to.equal('Talk to us tonight');
      expect(nodes.some((n) => n.name === 'Open 24/7')).to.equal(true);
    });

    it('markup in heading and hours is shown as text, never parsed', async () => {
      const el = await fixture<RwHelpBanner>(
        html`<rw-help-banner heading="<img src=x onerror=alert(1)>" hours="<b>24/7</b>"></rw-help-banner>`,
      );
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it('no-emergency shortens the emergency line to 911 and 988, but never hides them or the help line', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner no-emergency></rw-help-banner>`);
      const line = el.shadowRoot!.querySelector('[part~="emergency"]');
      expect(line?.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In danger now? Call 911. In crisis or thinking about suicide? Call 988.');
      expect(linksIn(el.shadowRoot!)).to.deep.equal([DEFAULT_LINK, EMERGENCY_LINKS[0], EMERGENCY_LINKS[1]]);
      await expect(el).to.be.accessible();
    });
  });

  describe('whose line it is (clinical-notes.md §4 row 17)', () => {
    const lineName = (el: RwHelpBanner) => el.shadowRoot!.querySelector('[part~="line-name"]')?.textContent!.trim();

    it('labels the call link "Treatment center line" when the partner gives no name, never as a national line', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      expect(lineName(el)).to.equal('Treatment center line');
      const nodes = axNodes(await axTree('rw-help-banner'));
      expect(nodes.some((n) => n.name === 'Treatment center line')).to.equal(true);
    });

    it('center="Hope House" labels it "Hope House admissions", as text, and keeps the label after closing', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner center=" Hope House " dismissible></rw-help-banner>`);
      expect(lineName(el)).to.equal('Hope House admissions');
      el.center = '<b>Hope</b>';
      await el.updateComplete;
      expect(lineName(el)).to.equal('<b>Hope</b> admissions');
      expect(el.shadowRoot!.querySelector('b') === null).to.equal(true);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await el.updateComplete;
      expect(lineName(el)).to.equal('<b>Hope</b> admissions:');
    });

    it('says it in Spanish: "Admisiones de Hope House", or "Línea del centro de tratamiento"', async () => {
      const named = await fixture<RwHelpBanner>(html`<rw-help-banner lang="es" center="Hope House"></rw-help-banner>`);
      expect(lineName(named)).to.equal('Admisiones de Hope House');
      const plain = await fixture<RwHelpBanner>(html`<rw-help-banner lang="es"></rw-help-banner>`);
      expect(lineName(plain)).to.equal('Línea del centro de tratamiento');
    });

    it('is accessible (axe) with every option on', async () => {
      const el = await fixture(
        html`<rw-help-banner sms="844-318-7500" hours="24/7" dismissible theme="dark"></rw-help-banner>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('rw-call', () => {
    it('fires when the call link is activated, bubbling out of the shadow root with { phone, channel, widget }', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      const event = oneEvent(document, 'rw-call');
      callLink(el).click();
      const { detail, bubbles, composed } = await event;
      expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
      expect(detail).to.deep.equal({ phone: '+18443187500', channel: 'call', widget: 'help-banner' });
    });

    it('fires for the text link and the emergency links, with the number each one dials', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner sms="555-010-2000"></rw-help-banner>`);
      const seen: unknown[] = [];
      el.addEventListener('rw-call', (e) => seen.push(e.detail));
      for (const link of el.shadowRoot!.querySelectorAll('a')) link.click();
      expect(seen).to.deep.equal([
        { phone: '+18443187500', channel: 'call', widget: 'help-banner' },
        { phone: '+15550102000', channel: 'text', widget: 'help-banner' },
        { phone: '911', channel: 'call', widget: 'help-banner' },
        { phone: '988', channel: 'call', widget: 'help-banner' },
        { phone: '988', channel: 'text', widget: 'help-banner' },
        { phone: '+18006624357', channel: 'call', widget: 'help-banner' },
      ]);
    });

    it('fires when the link is activated from the keyboard', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      const event = oneEvent(el, 'rw-call');
      callLink(el).focus();
      await sendKeys({ press: 'Enter' });
      expect((await event).detail.phone).to.equal('+18443187500');
    });
  });

  describe('dismissible', () => {
    it('has a labelled close button that a keyboard can reach', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner dismissible></rw-help-banner>`);
      [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="emergency"] a')].at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement!;
      expect(focused.getAttribute('part')).to.equal('dismiss');
      const button = axNodes(await axTree('rw-help-banner')).find((n) => n.role === 'button');
      expect(button?.name).to.equal('Close help banner');
    });

    it('closing fires rw-dismiss, keeps the call link and the emergency line, and moves focus to the call link', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner dismissible></rw-help-banner>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dismiss"]')!.focus();
      const event = oneEvent(document, 'rw-dismiss');
      await sendKeys({ press: 'Space' });
      expect((await event).detail).to.deep.equal({ widget: 'help-banner' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="banner"]')).to.equal(null);
      expect(linksIn(el.shadowRoot!)).to.deep.equal([DEFAULT_LINK, ...EMERGENCY_LINKS]);
      expect(el.shadowRoot!.activeElement).to.equal(callLink(el));
      await expect(el).to.be.accessible();
    });

    it('has no close button unless dismissible', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    });
  });

  describe('variant, theme and substance', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('sticky holds the banner at the bottom of a narrow viewport and never covers the end of the page', async () => {
      await setViewport({ width: 360, height: 640 });
      const page = await fixture<HTMLElement>(html`
        <div>
          <div style="height: 2000px">Article</div>
          <p id="last">The last paragraph of the page.</p>
          <rw-help-banner variant="sticky"></rw-help-banner>
        </div>
      `);
      const banner = page.querySelector('rw-help-banner')!;
      await banner.updateComplete;
      window.scrollTo(0, 0);
      expect(Math.round(banner.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
      window.scrollTo(0, document.documentElement.scrollHeight);
      const last = page.querySelector('#last')!.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(banner.getBoundingClientRect().top);
      expect(last.top).to.be.at.least(0);
      window.scrollTo(0, 0);
    });

    it('a closed sticky banner stops sticking, so it no longer covers the page', async () => {
      await setViewport({ width: 360, height: 640 });
      const page = await fixture<HTMLElement>(html`
        <div><div style="height: 2000px">Article</div><rw-help-banner variant="sticky" dismissible></rw-help-banner></div>
      `);
      const banner = page.querySelector('rw-help-banner')!;
      await banner.updateComplete;
      expect(getComputedStyle(banner).position).to.equal('sticky');
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await banner.updateComplete;
      expect(getComputedStyle(banner).position).to.equal('static');
      // Back in its place after the article (focus on its call link scrolled it into view).
      expect(banner.getBoundingClientRect().top).to.equal(page.firstElementChild!.getBoundingClientRect().bottom);
      window.scrollTo(0, 0);
    });

    it('sticky sits in place like inline on a wide screen', async () => {
      await setViewport({ width: 1200, height: 600 });
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner variant="sticky"></rw-help-banner>`);
      expect(getComputedStyle(el).position).to.equal('static');
    });

    it('an unknown variant, theme or substance warns and keeps the safe default', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<RwHelpBanner>(
          html`<rw-help-banner variant="floating" theme="neon" substance="kryptonite"></rw-help-banner>`,
        );
        expect(linksIn(el.shadowRoot!)[0]).to.deep.equal(DEFAULT_LINK);
        const all = warnings.messages.join('\n');
        for (const part of ['variant="floating"', 'theme="neon"', 'substance="kryptonite"']) expect(all).to.contain(part);
        expect(getComputedStyle(el).position).to.equal('static');
      } finally {
        warnings.restore();
      }
    });

    it('inherits the host page font and text colour', async () => {
      const host = await fixture<HTMLElement>(html`
        <div style="font-family: Georgia, serif; color: rgb(10, 80, 30); font-size: 20px">
          <rw-help-banner></rw-help-banner>
        </div>
      `);
      const heading = host.querySelector('rw-help-banner')!.shadowRoot!.querySelector('[part~="heading"]')!;
      const style = getComputedStyle(heading);
      expect(style.fontFamily).to.equal('Georgia, serif');
      expect(style.color).to.equal('rgb(10, 80, 30)');
      expect(style.fontSize).to.equal('25px'); // 1.25em of the host's 20px
    });

    it('theme="dark" sets a dark surface with light text; --rw-accent restyles the call link', async () => {
      const el = await fixture<RwHelpBanner>(
        html`<rw-help-banner theme="dark" style="--rw-accent: rgb(200, 30, 30)"></rw-help-banner>`,
      );
      const banner = getComputedStyle(el.shadowRoot!.querySelector('[part~="banner"]')!);
      expect(banner.backgroundColor).to.equal('rgb(21, 33, 58)');
      expect(getComputedStyle(el).color).to.equal('rgb(241, 243, 247)');
      expect(getComputedStyle(callLink(el)).backgroundColor).to.equal('rgb(200, 30, 30)');
    });

    it('theme="auto" follows the reader\'s colour scheme where the page allows both, and the page where it picks one', async () => {
      const page = await fixture<HTMLElement>(html`<div style="color-scheme: light dark"><rw-help-banner theme="auto"></rw-help-banner></div>`);
      const el = page.querySelector('rw-help-banner')!;
      await el.updateComplete;
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(el).color).to.equal('rgb(241, 243, 247)');
        await emulateMedia({ colorScheme: 'light' });
        expect(getComputedStyle(el).color).to.equal('rgb(27, 27, 31)');
        page.style.colorScheme = 'dark';
        expect(getComputedStyle(el).color, 'a dark-only page').to.equal('rgb(241, 243, 247)');
        page.style.colorScheme = 'normal';
        await emulateMedia({ colorScheme: 'dark' });
        expect(getComputedStyle(el).color, 'a page that declares nothing is light').to.equal('rgb(27, 27, 31)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('takes the page\'s accent-color as its accent when the partner sets no --rw-accent', async () => {
      const page = await fixture<HTMLElement>(html`<div style="accent-color: rgb(0, 90, 60)"><rw-help-banner></rw-help-banner></div>`);
      const el = page.querySelector('rw-help-banner')!;
      await el.updateComplete;
      expect(getComputedStyle(callLink(el)).backgroundColor).to.equal('rgb(0, 90, 60)');
      el.style.setProperty('--rw-accent', 'rgb(120, 20, 20)');
      el.requestUpdate();
      await el.updateComplete;
      expect(getComputedStyle(callLink(el)).backgroundColor).to.equal('rgb(120, 20, 20)');
    });
  });

  describe('for every reader', () => {
    it('links and the close button are at least 24 by 24 CSS pixels', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner sms="555-010-2000" dismissible></rw-help-banner>`);
      for (const target of el.shadowRoot!.querySelectorAll('[part~="call"], [part~="text"], [part~="dismiss"]')) {
        const { width, height } = target.getBoundingClientRect();
        expect(width, target.outerHTML).to.be.at.least(24);
        expect(height, target.outerHTML).to.be.at.least(24);
      }
    });

    it('targets stay at least 24px even when the host text is tiny', async () => {
      const host = await fixture<HTMLElement>(html`<div style="font-size: 8px"><rw-help-banner dismissible></rw-help-banner></div>`);
      const el = host.querySelector('rw-help-banner')!;
      await el.updateComplete;
      for (const target of el.shadowRoot!.querySelectorAll('a, button')) {
        expect(target.getBoundingClientRect().height, target.outerHTML).to.be.at.least(24);
      }
    });

    it('keyboard focus is visible on the call link', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      const removeStart = focusJustBefore(el);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(callLink(el));
      const style = getComputedStyle(callLink(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      // A ring of the button's text colour inside the outline keeps focus visible on dark pages too.
      expect(style.boxShadow).to.contain('rgb(255, 255, 255)');
      removeStart();
    });

    it('keeps its boundaries visible in forced-colors mode', async () => {
      const el = await fixture<RwHelpBanner>(html`<rw-help-banner></rw-help-banner>`);
      await executeServerCommand('emulate-forced-colors', { active: true });
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const banner = getComputedStyle(el.shadowRoot!.querySelector('[part~="banner"]')!);
        expect(banner.borderTopStyle).to.equal('solid');
        expect(getComputedStyle(callLink(el)).borderTopStyle).to.equal('solid');
        expect(parseFloat(getComputedStyle(callLink(el)).borderTopWidth)).to.be.at.least(1);
      } finally {
        await executeServerCommand('emulate-forced-colors', { active: false });
      }
    });

    it('wraps a very long heading inside a 320px column', async () => {
      const host = await fixture<HTMLElement>(html`
        <div style="width: 320px"><rw-help-banner heading=${'Help'.repeat(200)} dismissible></rw-help-banner></div>
      `);
      const banner = host.querySelector('rw-help-banner')!;
      await banner.updateComplete;
      expect(banner.getBoundingClientRect().width).to.be.at.most(320);
      expect(banner.shadowRoot!.querySelector('[part~="banner"]')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('when rendering fails', () => {
    it('shows the help line and the emergency line (911, 988), and names the element in console.error', async () => {
      const { RwHelpBanner: Banner } = await import('../src/help-banner.js');
      class Broken extends Banner {
        protected override renderWidget(): never {
          throw new Error('boom');
        }
      }
      customElements.define('rw-broken-banner', Broken);
      const original = console.error;
      const errors: string[] = [];
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      try {
        const el = await fixture<HTMLElement>(html`<rw-broken-banner></rw-broken-banner>`);
        expect(linksIn(el.shadowRoot!)).to.deep.equal([DEFAULT_LINK, ...EMERGENCY_LINKS]);
        expect(errors[0]).to.contain('<rw-broken-banner>');
      } finally {
        console.error = original;
      }
    });
  });
});
