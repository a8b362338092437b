/**
 * The demo gallery, served as `npm start` serves it (strict CSP header included), with the built
 * script: every widget on every page, looking native, with no CSP violation and no error.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { contrastRatio, parseColor } from '../../src/internal/contrast.js';
import { DEMO_PAGES } from '../../demo/pages.mjs';
import { WIDGETS } from '../widgets.js';

interface Problems {
  csp: string[];
  errors: string[];
}

const SELECTOR = WIDGETS.map((w) => w.tag).join(',');

async function openGalleryPage(path: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '1024px';
  frame.style.height = '768px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll(SELECTOR)];
  for (let tries = 0; tries < 150 && !widgets.every((w) => w.shadowRoot?.querySelector('[part~="call"]')); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const problems = (frame.contentWindow as unknown as { __problems: Problems }).__problems;
  return { doc, widgets, problems };
}

/** The colour behind an element: its own, or the nearest opaque one above it (across shadow roots). */
function backgroundOf(element: Element): ReturnType<typeof parseColor> {
  for (let node: Element | null = element; node; ) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color && color.a === 1) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return parseColor('white');
}

describe('demo gallery', () => {
  before(() => executeServerCommand('record-page-problems'));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const path of DEMO_PAGES) {
    it(`${path}: every widget renders under a strict CSP with no violation and no error, and reads well`, async () => {
      const { doc, widgets, problems } = await openGalleryPage(path);
      expect(new Set(widgets.map((w) => w.localName))).to.deep.equal(new Set(WIDGETS.map((w) => w.tag)));
      expect(problems.csp, 'CSP violations').to.deep.equal([]);
      expect(problems.errors, 'errors').to.deep.equal([]);
      const pageWidth = doc.documentElement.clientWidth;
      for (const widget of widgets) {
        const root = widget.shadowRoot!;
        const heading = root.querySelector('h2')!;
        const headingStyle = getComputedStyle(heading);
        // Host theme first: the page's font family, at a readable size even on a 62.5% root.
        expect(headingStyle.fontFamily, widget.localName).to.equal(getComputedStyle(widget.parentElement!).fontFamily);
        expect(parseFloat(headingStyle.fontSize), widget.localName).to.be.within(16, 36);
        expect(contrastRatio(parseColor(headingStyle.color)!, backgroundOf(heading)!), `${widget.localName} heading contrast`).to.be.at.least(4.5);
        const call = root.querySelector('[part~="call"]')!;
        const callStyle = getComputedStyle(call);
        expect(contrastRatio(parseColor(callStyle.color)!, parseColor(callStyle.backgroundColor)!), `${widget.localName} call contrast`).to.be.at.least(4.5);
        expect(call.getBoundingClientRect().height, `${widget.localName} call height`).to.be.at.least(44);
        const box = widget.getBoundingClientRect();
        expect(box.right, `${widget.localName} fits the page`).to.be.at.most(pageWidth + 1);
        expect(box.height, `${widget.localName} has content`).to.be.greaterThan(40);
      }
    });
  }

  it('the hostile page cannot restyle what is inside the widgets', async () => {
    const { widgets } = await openGalleryPage('/demo/hostile.html');
    for (const widget of widgets) {
      const root = widget.shadowRoot!;
      const call = getComputedStyle(root.querySelector('[part~="call"]')!);
      expect(call.color, `${widget.localName}: a { color: red !important }`).not.to.equal('rgb(255, 0, 0)');
      expect(parseFloat(call.fontSize)).to.be.below(30);
      expect(call.borderRadius).not.to.equal('50%');
      for (const h3 of root.querySelectorAll('h3')) {
        expect(getComputedStyle(h3).textTransform).not.to.equal('uppercase');
      }
      for (const button of root.querySelectorAll('button')) {
        expect(getComputedStyle(button).cursor, 'button { all: unset } stays outside').to.equal('pointer');
      }
    }
  });
});
