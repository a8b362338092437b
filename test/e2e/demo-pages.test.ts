/**
 * The demo pages as a partner would ship them: the built script, every widget, in order, quietly.
 */
import { expect } from '@open-wc/testing';

async function openDemo(path: string): Promise<{ doc: Document; errors: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => errors.push(event.message));
  return { doc: frame.contentDocument!, errors };
}

const WIDGETS_IN_ARTICLE_ORDER = [
  'rw-substance-facts',
  'rw-dependence-cycle',
  'rw-symptom-checklist',
  'rw-treatment-timeline',
  'rw-support-tips',
  'rw-stat-cards',
  'rw-help-banner',
];

describe('demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the article page shows all seven widgets in the article\'s order, each rendered with its help line', async () => {
    const { doc, errors } = await openDemo('/demo/article.html');
    const widgets = [...doc.querySelectorAll(WIDGETS_IN_ARTICLE_ORDER.join(','))];
    expect(widgets.map((w) => w.localName)).to.deep.equal(WIDGETS_IN_ARTICLE_ORDER);
    for (let tries = 0; tries < 100 && !widgets.every((w) => w.shadowRoot?.querySelector('[part~="call"]')); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    for (const widget of widgets) {
      expect(widget.shadowRoot?.querySelector('[part~="call"]')?.getAttribute('href'), widget.localName).to.equal('tel:+18443187500');
    }
    expect(errors).to.deep.equal([]);
  });

  it('the clinic home page links to the article and shows the banner, both checklists and a timeline with a current stage', async () => {
    const { doc } = await openDemo('/demo/');
    expect(doc.querySelector('a[href="/demo/article.html"]')).to.exist;
    expect(doc.querySelectorAll('rw-symptom-checklist')).to.have.length(2);
    expect(doc.querySelector('rw-treatment-timeline[current]')).to.exist;
    expect(doc.querySelector('rw-help-banner')).to.exist;
  });
});
