/**
 * Prerendered widgets (prerender/index.mjs, `npx recovery-widgets prerender`): the demo blog page
 * with its seven widgets written as declarative shadow DOM by Lit's server renderer. Read as a
 * reader sees it: before any script (and with none), then after the per-page file upgrades it,
 * which must move nothing; and under the demo's strict CSP, with and without the style hashes the
 * command prints.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const TAGS = ['rw-substance-facts', 'rw-dependence-cycle', 'rw-treatment-timeline', 'rw-symptom-checklist', 'rw-support-tips', 'rw-stat-cards', 'rw-help-banner'];

interface Page {
  doc: Document;
  win: Window & typeof globalThis;
  violations: string[];
}

/** Opens the prerendered blog demo (no script) in a 390 × 844 iframe, a phone's first screen. */
async function openPrerendered(csp = '', first = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '390px';
  frame.style.height = '844px';
  const violations: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/blog.html?prerendered=1${csp ? `&csp=${csp}` : ''}${first ? `&first=${first}` : ''}`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  doc.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
  return { doc, win: frame.contentWindow as Window & typeof globalThis, violations };
}

/** Each widget's box (rounded to the pixel) and the text of its shadow root. */
const boxes = (doc: Document) =>
  TAGS.map((tag) => {
    const element = doc.querySelector(tag)!;
    const { x, y, width, height } = element.getBoundingClientRect();
    return `${tag} ${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
  });

/** Adds the English per-page file, async with its hash, as the README's snippet does; waits for every widget. */
async function upgrade(page: Page): Promise<void> {
  const { files } = await (await fetch('/dist/integrity.json')).json();
  const script = page.doc.createElement('script');
  script.async = true;
  script.src = '/dist/en/benzodiazepine.js';
  script.integrity = files['en/benzodiazepine.js'];
  script.crossOrigin = 'anonymous';
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
    page.doc.head.append(script);
  });
  for (const tag of TAGS) await (page.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await new Promise((resolve) => page.win.requestAnimationFrame(() => setTimeout(resolve)));
}

/** The layout shift the page recorded, as Lighthouse adds it up (shifts without recent input). */
async function layoutShift(win: Window & typeof globalThis): Promise<number> {
  return new Promise((resolve) => {
    new win.PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(list.getEntries().reduce((sum, entry) => sum + ((entry as unknown as { hadRecentInput: boolean }).hadRecentInput ? 0 : (entry as unknown as { value: number }).value), 0));
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(0), 500);
  });
}

describe('prerendered widgets', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('paint with the page, with no script: every widget shows its help line from its declarative shadow root', async () => {
    const { doc, win } = await openPrerendered('hashes');
    expect(win.customElements.get('rw-help-banner')).to.equal(undefined);
    for (const tag of TAGS) {
      const element = doc.querySelector(tag)!;
      const call = element.shadowRoot?.querySelector('[part~="call"]');
      expect(call?.getAttribute('href'), `${tag}'s call link`).to.equal('tel:+18443187500');
      expect((call as HTMLElement).checkVisibility(), `${tag}'s call link is shown`).to.equal(true);
      // The author's fallback stays inside the element, hidden under the shadow root.
      const fallback = [...element.children].filter((child) => child.localName !== 'template');
      expect(fallback.length > 0 && fallback.every((child) => !child.checkVisibility()), `${tag}'s light-DOM fallback is kept and hidden`).to.equal(true);
    }
    const banner = doc.querySelector('rw-help-banner')!.shadowRoot!;
    expect(banner.querySelector('[part~="call"]')!.textContent!.trim()).to.equal('Call (844) 318-7500');
  });

  it('the async per-page file upgrades them in place: same boxes, one copy of each widget, no layout shift', async function () {
    this.timeout(20000);
    const page = await openPrerendered('hashes');
    const before = boxes(page.doc);
    await upgrade(page);
    expect(boxes(page.doc)).to.deep.equal(before);
    for (const tag of TAGS) {
      const root = page.doc.querySelector(tag)!.shadowRoot!;
      expect(root.querySelectorAll('.lang').length, `${tag} renders once`).to.equal(1);
      expect(root.querySelectorAll('style').length, `${tag}'s server <style> is gone; its constructed sheets apply`).to.equal(0);
    }
    expect(await layoutShift(page.win)).to.equal(0);
    // Interactive now: the checklist's boxes are real inputs that answer.
    const checklist = page.doc.querySelector('rw-symptom-checklist')!.shadowRoot!;
    expect(checklist.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(3);
  });

  it('with --first 1 only the first widget is prerendered; the script draws the others from their fallback', async function () {
    this.timeout(20000);
    const page = await openPrerendered('hashes', '1');
    const prerendered = TAGS.filter((tag) => page.doc.querySelector(tag)!.shadowRoot !== null);
    expect(prerendered).to.deep.equal(['rw-substance-facts']);
    await upgrade(page);
    for (const tag of TAGS) {
      const call = page.doc.querySelector(tag)!.shadowRoot?.querySelector('[part~="call"]');
      expect(call?.getAttribute('href'), `${tag} is drawn`).to.equal('tel:+18443187500');
    }
  });

  it('on a Spanish page with a partner\'s number: Spanish, that number and its text link, with no script', async () => {
    const result = await executeServerCommand<{ html: string; scriptFile: string }, { html: string }>('prerender', {
      html: `<!doctype html><html lang="es"><head><meta name="rw-phone" content="(212) 555-0142"></head><body>
        <rw-help-banner sms="(212) 555-0199"><a href="tel:+12125550142">Llame al (212) 555-0142</a></rw-help-banner>
        <rw-stat-cards substance="alcohol" heading="Nuestros datos"><p><a href="tel:+12125550142">Llame</a></p></rw-stat-cards>
        <rw-support-tips substance="alcohol"><p><a href="tel:+12125550142">Llame</a></p></rw-support-tips></body></html>`,
    });
    expect(result.scriptFile, 'the page\'s file: Spanish, alcohol (the banner needs no family of its own)').to.equal('es/alcohol.js');
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = result.html;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const banner = doc.querySelector('rw-help-banner')!.shadowRoot!;
    expect(banner.querySelector('[part~="call"]')!.textContent!.trim()).to.equal('Llame al (212) 555-0142');
    expect(banner.querySelector('[part~="text"]')?.getAttribute('href')).to.match(/^sms:\+12125550199/);
    expect(banner.querySelector('.lang')!.getAttribute('lang'), 'not marked as English').to.equal(null);
    const tips = doc.querySelector('rw-support-tips')!.shadowRoot!;
    expect(tips.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+12125550142');
    const stats = doc.querySelector('rw-stat-cards')!.shadowRoot!;
    expect(stats.querySelector('h2')!.textContent!.trim()).to.equal('Nuestros datos');
  });

  it('under style-src \'self\' alone the inline styles are refused (the page shows them unstyled until the script runs)', async () => {
    const strict = await openPrerendered();
    const hashed = await openPrerendered('hashes');
    const callOf = (page: Page) => page.doc.querySelector('rw-help-banner')!.shadowRoot!.querySelector('[part~="call"]')!;
    // The kit's call button has a background; without its styles it is a bare link.
    expect(getComputedStyle(callOf(hashed)).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(callOf(strict)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(hashed.violations).to.deep.equal([]);
  });
});
