/**
 * Without JavaScript (feed readers, e-mail, a blocked script): every widget's documented snippet
 * still reads, links still call, lists are still lists. Each snippet is loaded in a page with no
 * script at all.
 */
import { expect } from '@open-wc/testing';
import { DEMO_PAGES } from '../../demo/pages.mjs';
import { WIDGETS } from '../widgets.js';

async function pageWithoutScript(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.sandbox.add('allow-same-origin'); // no allow-scripts: nothing may run
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('no-JavaScript content', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const { tag, snippet } of WIDGETS) {
    it(`<${tag}>'s documented markup is readable, its links work and its lists are lists`, async () => {
      const doc = await pageWithoutScript(snippet);
      const widget = doc.querySelector(tag)!;
      expect(widget.shadowRoot).to.equal(null);
      expect(widget.textContent!.trim().length).to.be.greaterThan(10);
      for (const link of widget.querySelectorAll('a')) {
        expect(link.getAttribute('href')).to.match(/^(tel:|sms:|https:)/);
        expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      for (const item of widget.querySelectorAll('li')) {
        expect(doc.defaultView!.getComputedStyle(item).display).to.equal('list-item');
      }
      const call = widget.querySelector('a[href^="tel:"]');
      if (call) expect(call.getAttribute('href')).to.equal('tel:+18443187500');
    });
  }

  for (const page of DEMO_PAGES) {
    it(`${page} without its script still shows every help link`, async () => {
      const html = await (await fetch(page)).text();
      const doc = await pageWithoutScript(html.replace(/<script[^>]*><\/script>/g, ''));
      const links = [...doc.querySelectorAll('[href^="tel:"]')];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) expect(link.getAttribute('href')).to.match(/^tel:\+?\d+$/);
    });
  }
});
