/**
 * Load orders, lifecycle, error isolation and privacy, for every widget in test/widgets.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings, preventNavigation, recordLeaks } from './page-guards.js';
import { WIDGETS, type Updatable } from './widgets.js';

const CYCLES = 1000;

async function rendered(el: Element) {
  await (el as Updatable).updateComplete;
  return el.shadowRoot?.querySelector('[part~="call"]') ?? null;
}

describe('load orders', () => {
  for (const { tag } of WIDGETS) {
    it(`<${tag}> works from a cloned <template>, inside another component's shadow root, and moved into an iframe and back`, async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      // A <template> cloned later.
      const template = document.createElement('template');
      template.innerHTML = `<${tag}></${tag}>`;
      holder.append(document.importNode(template.content, true));
      expect(await rendered(holder.firstElementChild!), 'template clone').to.exist;
      expect(holder.firstElementChild!.shadowRoot!.querySelector('h2'), 'not the error fallback').to.exist;
      // Inside another component's shadow root.
      const other = document.createElement('div');
      holder.append(other);
      other.attachShadow({ mode: 'open' }).innerHTML = `<${tag}></${tag}>`;
      expect(await rendered(other.shadowRoot!.firstElementChild!), 'nested shadow root').to.exist;
      expect(other.shadowRoot!.firstElementChild!.shadowRoot!.querySelector('h2'), 'not the error fallback').to.exist;
      // Moved between documents: into an iframe, then back; styled and working each time.
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      try {
        const frame = document.createElement('iframe');
        holder.append(frame);
        const moving = document.createElement(tag) as Updatable;
        holder.append(moving);
        await rendered(moving);
        for (const [where, parent] of [['in the iframe', frame.contentDocument!.body], ['moved back', holder]] as const) {
          parent.append(moving);
          moving.setAttribute('heading', `Heading ${where}`);
          await moving.updateComplete;
          expect(moving.shadowRoot!.querySelector('h2')!.textContent, where).to.equal(`Heading ${where}`);
          const call = moving.shadowRoot!.querySelector('[part~="call"]')!;
          const view = moving.ownerDocument.defaultView!;
          expect(call.getBoundingClientRect().height, `${where}: styled`).to.be.at.least(44);
          expect(view.getComputedStyle(call).backgroundColor, `${where}: styled`).not.to.equal('rgba(0, 0, 0, 0)');
        }
        expect(errors).to.deep.equal([]);
      } finally {
        console.error = original;
      }
    });
  }
});

describe('lifecycle', () => {
  for (const { tag } of WIDGETS) {
    it(`<${tag}>: ${CYCLES} create/append/remove cycles leave no listener on window or document and no timer`, async () => {
      const holder = await fixture<HTMLElement>(html`<div></div>`);
      const live = { listeners: 0, timers: 0 };
      const originals = {
        windowAdd: window.addEventListener,
        windowRemove: window.removeEventListener,
        documentAdd: document.addEventListener,
        documentRemove: document.removeEventListener,
        setTimeout: window.setTimeout,
        clearTimeout: window.clearTimeout,
        setInterval: window.setInterval,
        clearInterval: window.clearInterval,
        raf: window.requestAnimationFrame,
        caf: window.cancelAnimationFrame,
      };
      const pending = new Set<number>();
      // Listeners added to window or document and not removed since, by target, type and function.
      const active: [EventTarget, string, unknown][] = [];
      const find = (target: EventTarget, type: string, listener: unknown) =>
        active.findIndex(([t, y, l]) => t === target && y === type && l === listener);
      const instrument = (target: Window | Document, add: typeof window.addEventListener, remove: typeof window.removeEventListener) => {
        target.addEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
          if (find(target, type, listener) < 0) active.push([target, type, listener]);
          return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
        };
        target.removeEventListener = function (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
          const index = find(target, type, listener);
          if (index >= 0) active.splice(index, 1);
          return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
        };
      };
      instrument(window, originals.windowAdd, originals.windowRemove);
      instrument(document, originals.documentAdd, originals.documentRemove);
      const track = (id: number) => (pending.add(id), id);
      window.setTimeout = ((handler: TimerHandler, ms?: number) => {
        const id: number = originals.setTimeout(() => {
          pending.delete(id);
          if (typeof handler === 'function') handler();
        }, ms);
        return track(id);
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => (pending.delete(id!), originals.clearTimeout(id))) as typeof window.clearTimeout;
      window.setInterval = ((handler: TimerHandler, ms?: number) => track(originals.setInterval(handler, ms))) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => (pending.delete(id!), originals.clearInterval(id))) as typeof window.clearInterval;
      window.requestAnimationFrame = (callback: FrameRequestCallback) => {
        const id: number = originals.raf((time) => (pending.delete(id), callback(time)));
        return track(id);
      };
      window.cancelAnimationFrame = (id: number) => (pending.delete(id), originals.caf(id));
      try {
        for (let i = 0; i < CYCLES; i++) {
          const el = document.createElement(tag) as Updatable;
          holder.append(el);
          await el.updateComplete;
          el.remove();
        }
        live.timers = pending.size;
        live.listeners = active.length;
      } finally {
        Object.assign(window, {
          addEventListener: originals.windowAdd,
          removeEventListener: originals.windowRemove,
          setTimeout: originals.setTimeout,
          clearTimeout: originals.clearTimeout,
          setInterval: originals.setInterval,
          clearInterval: originals.clearInterval,
          requestAnimationFrame: originals.raf,
          cancelAnimationFrame: originals.caf,
        });
        document.addEventListener = originals.documentAdd;
        document.removeEventListener = originals.documentRemove;
      }
      expect(live).to.deep.equal({ listeners: 0, timers: 0 });
    });
  }

  it('state survives moving an element within the page: checked boxes, open stages', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section id="a"><rw-symptom-checklist></rw-symptom-checklist><rw-treatment-timeline></rw-treatment-timeline></section>
      <section id="b"></section>
    </div>`);
    const checklist = page.querySelector('rw-symptom-checklist') as Updatable;
    const timeline = page.querySelector('rw-treatment-timeline') as Updatable;
    await checklist.updateComplete;
    await timeline.updateComplete;
    checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[5].click();
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await checklist.updateComplete;
    await timeline.updateComplete;
    const status = () => checklist.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    const before = status();
    page.querySelector('#b')!.append(checklist, timeline);
    await checklist.updateComplete;
    await timeline.updateComplete;
    expect(checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[5].checked).to.equal(true);
    expect(status()).to.equal(before);
    expect(timeline.shadowRoot!.querySelector('[part~="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
  });
});

/** The fallback's emergency line: 911, 988 (call and text) and SAMHSA, as everywhere else. */
const EMERGENCY_HREFS = ['tel:911', 'tel:988', 'sms:988', 'tel:+18006624357'];
const emergencyHrefs = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part~="emergency"] a')].map((a) => a.getAttribute('href'));

describe('error isolation', () => {
  it('a fault inside one widget leaves the others and the page working; it shows the help line and names itself', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    const warnings = captureWarnings();
    try {
      const page = await fixture<HTMLElement>(html`<div><button id="host-button">host</button></div>`);
      const widgets = WIDGETS.map(({ tag }) => document.createElement(tag) as Updatable);
      // Force a fault in the first widget: its template throws during its update.
      Object.defineProperty(widgets[0], 'renderWidget', {
        value() {
          throw new Error('forced fault');
        },
      });
      page.append(...widgets);
      for (const widget of widgets) await widget.updateComplete;
      const [broken, ...others] = widgets;
      expect(broken.shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+18443187500');
      expect(emergencyHrefs(broken), 'the emergency line stays in the fallback').to.deep.equal(EMERGENCY_HREFS);
      expect(errors.some((e) => e.includes(`<${broken.localName}>`) && e.includes('forced fault'))).to.equal(true);
      expect(errors.filter((e) => !e.includes(`<${broken.localName}>`))).to.deep.equal([]);
      for (const widget of others) {
        expect(widget.shadowRoot!.querySelector('h2'), widget.localName).to.exist;
        expect(widget.shadowRoot!.querySelector('[part~="call"]'), widget.localName).to.exist;
      }
      let clicked = false;
      page.querySelector('#host-button')!.addEventListener('click', () => (clicked = true));
      page.querySelector<HTMLButtonElement>('#host-button')!.click();
      expect(clicked, 'the host page still works').to.equal(true);
    } finally {
      console.error = original;
      warnings.restore();
    }
  });

  it('a fault while reading a content pack shows the help line in that widget alone', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const broken = document.createElement('rw-treatment-timeline') as Updatable;
      Object.defineProperty(broken, 'pack', {
        get() {
          throw new Error('forced pack fault');
        },
        set() {},
      });
      const other = document.createElement('rw-support-tips') as Updatable;
      page.append(broken, other);
      await broken.updateComplete;
      await other.updateComplete;
      expect(broken.shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href')).to.equal('tel:+18443187500');
      expect(broken.shadowRoot!.querySelector('h2') === null, 'no timeline heading: only the help lines').to.equal(true);
      expect(emergencyHrefs(broken), 'the emergency line stays in the fallback').to.deep.equal(EMERGENCY_HREFS);
      expect(errors.some((e) => e.includes('<rw-treatment-timeline>') && e.includes('forced pack fault'))).to.equal(true);
      expect(other.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Helping a friend or loved one');
    } finally {
      console.error = original;
    }
  });
});

describe('privacy proof', () => {
  before(() => window.addEventListener('click', preventNavigation));
  after(() => window.removeEventListener('click', preventNavigation));

  it('using every widget in every mode makes no request, sets no cookie, writes no storage; events carry no answers', async () => {
    const recorder = recordLeaks();
    const events: { type: string; detail: Record<string, unknown> }[] = [];
    const record = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
    const types = ['rw-call', 'rw-result', 'rw-dismiss', 'rw-stage-toggle'];
    types.forEach((type) => document.addEventListener(type, record));
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <rw-help-banner dismissible sms="555-010-2000"></rw-help-banner>
        <rw-symptom-checklist></rw-symptom-checklist>
        <rw-symptom-checklist audience="loved-one"></rw-symptom-checklist>
        <rw-symptom-checklist mode="cage-aid"></rw-symptom-checklist>
        <rw-treatment-timeline></rw-treatment-timeline>
        <rw-treatment-timeline preset="outpatient-taper"></rw-treatment-timeline>
        <rw-substance-facts></rw-substance-facts>
        <rw-dependence-cycle></rw-dependence-cycle>
        <rw-stat-cards></rw-stat-cards>
        <rw-support-tips substance="alprazolam"></rw-support-tips>
        <rw-symptom-checklist substance="alcohol"></rw-symptom-checklist>
        <rw-symptom-checklist substance="opioids" audience="loved-one"></rw-symptom-checklist>
        <rw-treatment-timeline substance="opioids"></rw-treatment-timeline>
        <rw-substance-facts substance="fentanyl"></rw-substance-facts>
        <rw-dependence-cycle substance="alcohol"></rw-dependence-cycle>
        <rw-stat-cards substance="oxycodone"></rw-stat-cards>
        <rw-support-tips substance="heroin"></rw-support-tips>
      </div>`);
      const widgets = [...page.children] as Updatable[];
      for (const widget of widgets) await widget.updateComplete;
      const answers: string[] = [];
      for (const widget of widgets) {
        for (const control of widget.shadowRoot!.querySelectorAll<HTMLElement>('input, button, summary, a')) {
          if (control instanceof HTMLInputElement) answers.push(control.closest('label')!.textContent!.trim());
          control.click();
          await widget.updateComplete;
        }
      }
      expect(recorder.leaks()).to.deep.equal([]);
      const allowed: Record<string, string[]> = {
        'rw-call': ['channel', 'phone', 'widget'],
        'rw-result': ['level', 'mode', 'widget'],
        'rw-dismiss': ['widget'],
        'rw-stage-toggle': ['open', 'stage', 'widget'],
      };
      expect(new Set(events.map((e) => e.type))).to.deep.equal(new Set(types));
      for (const { type, detail } of events) {
        expect(Object.keys(detail).sort(), type).to.deep.equal(allowed[type]);
        const text = JSON.stringify(detail);
        for (const answer of answers) expect(text).not.to.contain(answer);
      }
      for (const widget of widgets) {
        expect(widget.getAttributeNames().every((name) => ['dismissible', 'sms', 'audience', 'mode', 'preset', 'substance', 'theme', 'variant'].includes(name)), widget.localName).to.equal(true);
      }
    } finally {
      types.forEach((type) => document.removeEventListener(type, record));
      recorder.restore();
    }
  });
});
