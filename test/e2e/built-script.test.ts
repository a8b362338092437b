/**
 * The BUILT dist/recovery-widgets.js in plain HTML pages (test/e2e/pages), loaded every way a
 * partner might paste it. `npm test` builds first, so this is the file partners get.
 */
import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor } from '../../src/internal/contrast.js';
import { callLinks, openPage, rendered } from './frame.js';

const EXPECTED = [{ name: 'Call (555) 010-2000', href: 'tel:+15550102000' }];

describe('the built script', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const [page, how] of [
    ['done-when', 'a plain <script> before the element'],
    ['classic-end', 'a plain <script> at the end of <body>'],
    ['defer', '<script defer> in <head>'],
    ['async', '<script async> in <head>'],
    ['module', '<script type="module"> in <head>'],
  ]) {
    it(`renders the banner with the right call link when loaded as ${how}, with no console errors`, async () => {
      const { doc, win } = await openPage(page);
      const [banner] = await rendered(doc);
      expect(callLinks(banner)).to.deep.equal(EXPECTED);
      expect(win.__log).to.deep.equal([]);
    });
  }

  it('loaded three times (defer, plain, module) renders each banner once, silently', async () => {
    const { doc, win } = await openPage('twice');
    const banners = await rendered(doc);
    expect(banners).to.have.length(2);
    for (const banner of banners) {
      expect(banner.shadowRoot!.querySelectorAll('[part~="banner"]')).to.have.length(1);
      expect(callLinks(banner)).to.deep.equal(EXPECTED);
    }
    expect(win.__log).to.deep.equal([]);
  });

  it('upgrades banners that other scripts insert later, by createElement and by innerHTML', async () => {
    const { doc } = await openPage('done-when');
    await rendered(doc);
    const created = doc.createElement('rw-help-banner');
    created.setAttribute('phone', '555-010-2000');
    doc.body.append(created);
    const holder = doc.createElement('div');
    holder.innerHTML = '<rw-help-banner phone="555-010-2000"></rw-help-banner>';
    doc.body.append(holder);
    const banners = await rendered(doc);
    expect(banners).to.have.length(3);
    for (const banner of banners) expect(callLinks(banner)).to.deep.equal(EXPECTED);
  });

  it('leaves a tag held by another version alone and warns once', async () => {
    const { doc, win } = await openPage('other-version');
    expect(doc.querySelector('rw-help-banner')!.textContent).to.equal('other version');
    expect(win.__log).to.have.length(1);
    expect(win.__log[0]).to.match(/^warn: .*<rw-help-banner> \(defined by recovery-widgets 0\.0\.1\)/);
  });

  it('without the script, the documented child link shows and calls the number', async () => {
    const { doc } = await openPage('no-script');
    const link = doc.querySelector('rw-help-banner a')!;
    expect(link.getAttribute('href')).to.equal('tel:+15550102000');
    expect(link.textContent).to.equal('Call (555) 010-2000');
    const { width, height } = link.getBoundingClientRect();
    expect(width).to.be.greaterThan(0);
    expect(height).to.be.greaterThan(0);
  });

  it('a plain script in <head> still reads authored children and a <meta> placed after the elements', async () => {
    const { doc, win } = await openPage('head-classic-authored');
    await rendered(doc, 'rw-help-banner, rw-symptom-checklist, rw-treatment-timeline');
    const labels = (selector: string, item: string) =>
      [...doc.querySelector(selector)!.shadowRoot!.querySelectorAll(item)].map((node) => node.textContent!.trim());
    expect(callLinks(doc.querySelector('#child-link')!)).to.deep.equal([{ name: 'Call (555) 010-2001', href: 'tel:+15550102001' }]);
    expect(callLinks(doc.querySelector('#late-meta')!)).to.deep.equal([{ name: 'Call (555) 010-2002', href: 'tel:+15550102002' }]);
    expect(labels('rw-symptom-checklist', 'fieldset:nth-of-type(2) label')).to.deep.equal(['Sleeping badly', 'Feeling restless']);
    expect(labels('rw-treatment-timeline', '[part~="toggle"]')).to.deep.equal(['First call', 'Aftercare']);
    expect(win.__log).to.deep.equal([]);
  });

  it('widgets rendered while the page is parsed, even one the host moves at DOMContentLoaded, get readable button text', async () => {
    const { doc, win } = await openPage('head-classic-colours');
    const widgets = await rendered(doc, 'rw-help-banner, rw-symptom-checklist, rw-treatment-timeline');
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(doc.querySelector('#moved-here > rw-help-banner'), 'the host moved the banner').to.not.equal(null);
    for (const widget of widgets) {
      const style = win.getComputedStyle(widget.shadowRoot!.querySelector('[part~="call"]')!);
      const ratio = contrastRatio(parseColor(style.color)!, parseColor(style.backgroundColor)!);
      expect(ratio, `${widget.localName}: ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
    }
    expect(win.__log).to.deep.equal([]);
  });
});
