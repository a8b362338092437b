/**
 * Never breaks, never leaks: every hostile value in every attribute, light-DOM field and JSON
 * field of every widget (test/widgets.ts lists them all).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { HOSTILE_VALUES, SUBSTANCES, escapeHtml } from './hostile-values.js';
import { captureWarnings } from './page-guards.js';
import { WIDGETS, type Updatable } from './widgets.js';

const FORBIDDEN = new Set(['script', 'img', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'frame']);
const pwned = () => (window as { __pwned?: number }).__pwned;

/** What must hold for any input: nothing ran, nothing foreign was made, links are safe, it fits, help stays. */
async function assertSafe(holder: HTMLElement, label: string) {
  const widget = holder.firstElementChild as Updatable;
  await widget.updateComplete;
  expect(pwned(), `${label}: a script ran`).to.equal(undefined);
  const root = widget.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    expect(FORBIDDEN.has(node.localName), `${label}: <${node.localName}> appeared`).to.equal(false);
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${label}: ${attribute} on <${node.localName}>`).to.equal(false);
    }
  }
  for (const link of root.querySelectorAll('a')) {
    expect(link.getAttribute('href') ?? '', `${label}: link`).to.match(/^(tel:\+?\d+|sms:\+?\d+|https:\/\/\S+)$/);
  }
  expect(root.querySelector('[part~="call"]'), `${label}: the help line`).to.exist;
  expect(root.querySelector('h2'), `${label}: the widget itself, not its error fallback`).to.exist;
  const box = widget.getBoundingClientRect();
  expect(box.width, `${label}: width`).to.be.at.most(320);
  const panel = root.querySelector<HTMLElement>('.panel, .compact');
  if (panel) expect(panel.scrollWidth, `${label}: overflow`).to.be.at.most(panel.clientWidth + 1);
}

describe('hostile input, every widget', () => {
  let holder: HTMLElement;
  let warnings: ReturnType<typeof captureWarnings>;
  const errors: string[] = [];
  const originalError = console.error;
  beforeEach(async () => {
    holder = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
    warnings = captureWarnings();
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  });
  afterEach(() => {
    warnings.restore();
    console.error = originalError;
    expect(errors, 'console.error').to.deep.equal([]);
  });

  let tried = 0;
  after(() => console.log(`hostile-input cases tried: ${tried}`));

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: ${HOSTILE_VALUES.length} values × ${widget.attributes.length} attributes`, async () => {
      for (const attribute of widget.attributes) {
        for (const value of HOSTILE_VALUES) {
          const el = document.createElement(widget.tag);
          el.setAttribute(attribute, value);
          holder.replaceChildren(el);
          await assertSafe(holder, `${attribute}=${JSON.stringify(value.slice(0, 40))}`);
          tried++;
        }
      }
    });

    it(`<${widget.tag}>: each of the ${SUBSTANCES.length} substances, with a hostile heading and phone, fits and keeps the help line`, async () => {
      for (const substance of SUBSTANCES) {
        for (const value of HOSTILE_VALUES) {
          const el = document.createElement(widget.tag);
          el.setAttribute('substance', substance);
          el.setAttribute('heading', value);
          el.setAttribute('phone', value);
          el.setAttribute('expanded', '');
          holder.replaceChildren(el);
          await assertSafe(holder, `substance=${substance} heading=phone=${JSON.stringify(value.slice(0, 40))}`);
          tried++;
        }
      }
    });

    it(`<${widget.tag}>: ${HOSTILE_VALUES.length} values × ${widget.lightDom.length + (widget.json?.length ?? 0)} light-DOM and JSON fields`, async () => {
      const fields = [
        ...widget.lightDom.map((field) => (value: string) => `<${widget.tag}>${field(escapeHtml(value))}</${widget.tag}>`),
        ...(widget.json ?? []),
      ];
      for (const [i, field] of fields.entries()) {
        for (const value of HOSTILE_VALUES) {
          holder.innerHTML = field(value);
          await assertSafe(holder, `field ${i + 1}: ${JSON.stringify(value.slice(0, 40))}`);
          tried++;
        }
      }
    });
  }
});
