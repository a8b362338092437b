/**
 * What the kit costs a page while it loads (issue 18): a script that arrives after the page is
 * parsed (`async` on a slow network, the README's snippet) upgrades every widget at once; those in
 * the reader's view draw at once, together, and each one below it in a task of its own, once, so
 * no single task holds them all; until its turn a widget shows its fallback link. The built dist/recovery-widgets.js, in a plain page (test/e2e/pages).
 */
import { expect } from '@open-wc/testing';
import { callLinks, openPage, rendered } from './frame.js';

interface AfterScript {
  inView: string[];
  drawn: string[];
  waitingShowFallback: boolean;
  batches: { hosts: string[]; taskBetween: boolean }[];
  updates: Record<string, number>;
  styleReads: Record<string, { before: number; after: number }>;
}

/** Opens the page whose script arrives after parsing, and waits for every widget to draw. */
async function afterParse(): Promise<{ afterScript: AfterScript; widgets: Element[]; win: Window }> {
  const { doc, win } = await openPage('after-parse');
  const afterScript = await (win as unknown as { __afterScript: Promise<AfterScript> }).__afterScript;
  const widgets = await rendered(doc, 'main > *:not(p)');
  await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
  return { afterScript, widgets, win };
}

describe('the page load', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('21 widgets upgraded at once after parsing: those in view draw together at once, the others one per task, each once, showing its fallback link until then', async function () {
    this.timeout(20000);
    const { afterScript, widgets, win } = await afterParse();
    expect(widgets).to.have.length(21);
    // The first screen's seven draw in the script's own task, together: drawn one per frame, each
    // would push the next down while the reader looks.
    // Those still in view when their turn comes, that is: the first ones push the others below it,
    // where they draw later with nothing the reader sees moving.
    const ids = widgets.map((widget) => widget.id);
    expect(afterScript.inView, 'the page puts the first seven in the first screen').to.deep.equal(ids.slice(0, 7));
    const drawn = afterScript.drawn.length;
    expect(drawn, 'some drawn in the task that ran the script').to.be.within(1, 7);
    expect(afterScript.drawn, 'the first ones, in page order').to.deep.equal(ids.slice(0, drawn));
    expect(afterScript.waitingShowFallback, 'each one waiting shows its fallback link').to.equal(true);
    // Every widget drew, and updated once: the first render had the children and the page.
    for (const widget of widgets) expect(callLinks(widget)[0], widget.id).to.deep.equal({ name: 'Call (555) 010-2000', href: 'tel:+15550102000' });
    expect(Object.values(afterScript.updates)).to.deep.equal(Array(21).fill(1));
    // Below the view, one widget per task: each batch of shadow-root changes (its render, and its
    // colour check's probe where the partner's accent needs measuring) came alone, after a task of
    // the page's own.
    expect(afterScript.batches.map(({ hosts }) => hosts.length)).to.deep.equal(Array(21 - drawn).fill(1));
    expect(afterScript.batches.every(({ taskBetween }) => taskBetween), 'a page task ran between any two widgets').to.equal(true);
    expect(afterScript.batches.map(({ hosts }) => hosts[0]).sort()).to.deep.equal(ids.slice(drawn).sort());
    expect((win as unknown as { __log: string[] }).__log).to.deep.equal([]);
  });

  it('the colour checks read the page before each widget draws; only a partner\'s colours are measured after it, once', async function () {
    this.timeout(20000);
    const { afterScript, widgets } = await afterParse();
    for (const widget of widgets) {
      const reads = afterScript.styleReads[widget.id];
      expect(reads.before, `${widget.id} reads the page's colours before it draws`).to.be.greaterThan(0);
      // The partner's accent (class "partner") needs its button text measured: one probe, one read.
      expect(reads.after, `${widget.id}'s reads after it drew`).to.equal(widget.classList.contains('partner') ? 1 : 0);
    }
    // And the measure worked: white text on the partner's light yellow became black.
    const partnerButton = widgets.find((widget) => widget.classList.contains('partner'))!.shadowRoot!.querySelector('[part~="call"]')!;
    expect(getComputedStyle(partnerButton).color).to.equal('rgb(0, 0, 0)');
  });

  it('with `async` arriving after the first paint, plain tags below the first screen shift nothing the reader sees', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '360px', height: '640px' });
    const tags = ['rw-help-banner', 'rw-symptom-checklist', 'rw-treatment-timeline', 'rw-substance-facts', 'rw-dependence-cycle', 'rw-stat-cards', 'rw-support-tips'];
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // The script is served 800 ms late (`?slow`): the page has painted its fallbacks long before.
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
      <script async src="/dist/recovery-widgets.js?slow&page-load"></script></head>
      <body><h1>An article</h1><p style="height: 700px">Text that fills the first screen.</p>
      ${tags.map((tag) => `<${tag}><a href="tel:+15550102000">Call (555) 010-2000</a></${tag}><p>More text.</p>`).join('')}</body></html>`;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & typeof globalThis;
    await rendered(doc, tags.join(', '));
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
    const shifts = await new Promise<number[]>((resolve) => {
      new win.PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value));
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 300);
    });
    expect(shifts).to.deep.equal([]);
  });
});
