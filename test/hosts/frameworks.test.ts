/**
 * The widgets rendered by frameworks from their npm browser builds (no build step), as the README
 * documents: Vue 3 and Preact 11. And pages that enforce Trusted Types.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { Updatable } from '../widgets.js';

const load = (path: string) => import(/* @vite-ignore */ path) as Promise<any>;

/** Clicks a widget's call link without letting the test page follow `tel:`. */
function clickCall(el: Element): void {
  const stop = (event: Event) => event.preventDefault();
  document.addEventListener('click', stop);
  el.shadowRoot!.querySelector<HTMLElement>('a[href^="tel:"]')!.click();
  document.removeEventListener('click', stop);
}

function recordWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('frameworks from npm browser builds', () => {
  it('Vue 3: @rw-call fires; an undefined theme is unset, with no warning', async () => {
    const { createApp } = await load('/node_modules/vue/dist/vue.esm-browser.prod.js');
    const container = document.body.appendChild(document.createElement('div'));
    const warnings = recordWarnings();
    const calls: string[] = [];
    try {
      const app = createApp({
        template: '<rw-help-banner phone="(555) 010-2000" :theme="theme" @rw-call="(e) => calls.push(e.detail.phone)"></rw-help-banner>',
        data: () => ({ theme: undefined, calls }),
      });
      app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('rw-');
      app.mount(container);
      const banner = container.querySelector('rw-help-banner') as Updatable;
      await banner.updateComplete;
      clickCall(banner);
      expect(calls).to.deep.equal(['+15550102000']);
      expect(warnings.messages).to.deep.equal([]);
      app.unmount();
    } finally {
      warnings.restore();
      container.remove();
    }
  });

  it('Preact 11: onrw-call fires (onRwCall would listen for "rwcall"); theme={undefined} writes "" and is unset, with no warning', async () => {
    const { h, render } = await load('/node_modules/preact/dist/preact.mjs');
    const container = document.body.appendChild(document.createElement('div'));
    const warnings = recordWarnings();
    const dashed: string[] = [];
    const camel: string[] = [];
    try {
      render(
        h('rw-help-banner', { phone: '(555) 010-2000', theme: 'dark', substance: 'alprazolam', 'onrw-call': (e: CustomEvent) => dashed.push(e.detail.phone), onRwCall: (e: CustomEvent) => camel.push(e.detail.phone) }),
        container,
      );
      render(
        h('rw-help-banner', { phone: '(555) 010-2000', theme: undefined, substance: undefined, 'onrw-call': (e: CustomEvent) => dashed.push(e.detail.phone), onRwCall: (e: CustomEvent) => camel.push(e.detail.phone) }),
        container,
      );
      const banner = container.querySelector('rw-help-banner') as Updatable;
      await banner.updateComplete;
      clickCall(banner);
      expect(dashed).to.deep.equal(['+15550102000']);
      expect(camel, 'Preact lowercases onRwCall to "rwcall"').to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
      render(null, container);
    } finally {
      warnings.restore();
      container.remove();
    }
  });
});

describe('Trusted Types', () => {
  async function page(policy: string): Promise<Document> {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${policy}">
      <script src="/dist/recovery-widgets.js"></script></head>
      <body><rw-help-banner phone="(555) 010-2000"><a href="tel:+15550102000">Call (555) 010-2000</a></rw-help-banner></body></html>`;
    document.body.append(frame);
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return frame.contentDocument!;
  }

  it('a page that allows the lit-html policy gets the widgets', async () => {
    const doc = await page('lit-html');
    const banner = doc.querySelector('rw-help-banner')!;
    expect(banner.shadowRoot?.querySelector('a[href="tel:+15550102000"]') != null, 'the widget rendered').to.equal(true);
    doc.defaultView!.frameElement!.remove();
  });

  it('a page that allows no policy keeps the fallback call link, visible', async () => {
    const doc = await page("'none'");
    const banner = doc.querySelector('rw-help-banner')!;
    expect(banner.shadowRoot?.querySelector('[part~="call"]') == null, 'the widget did not render').to.equal(true);
    const link = banner.querySelector('a[href="tel:+15550102000"]')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    doc.defaultView!.frameElement!.remove();
  });
});
