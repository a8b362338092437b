/**
 * The React components (src/react.ts → `recovery-widgets/react`) in React 19, rendered with
 * react-dom/client as an app would. React reaches the browser through test/react-plugin.mjs.
 */
import { expect } from '@open-wc/testing';
import { createElement, type FC } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { RwCallDetail, RwDismissDetail } from '../src/index.js';
import { WIDGET_TAGS } from '../src/internal/widgets.js';
import * as wrappers from '../src/react.js';
import { preventNavigation } from './page-guards.js';

/** Waits for `find` to return something (React and Lit both render asynchronously). */
async function until<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} did not appear`);
}

describe('React components (recovery-widgets/react)', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    window.addEventListener('click', preventNavigation);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
    window.removeEventListener('click', preventNavigation);
  });

  const callLink = (tag: string) =>
    until(() => container.querySelector(tag)?.shadowRoot?.querySelector<HTMLAnchorElement>('[part~="call"]'), `<${tag}>'s call link`);

  it('<RwHelpBanner phone heading> shows the heading and a call link to that number', async () => {
    root.render(createElement(wrappers.RwHelpBanner, { phone: '555-010-2000', heading: 'Talk to someone today' }));
    const link = await callLink('rw-help-banner');
    expect(link.textContent!.trim()).to.equal('Call (555) 010-2000');
    expect(link.getAttribute('href')).to.equal('tel:+15550102000');
    const heading = container.querySelector('rw-help-banner')!.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent!.trim()).to.equal('Talk to someone today');
  });

  it('a new `phone` prop changes the link the reader sees', async () => {
    root.render(createElement(wrappers.RwHelpBanner, { phone: '555-010-2000' }));
    await callLink('rw-help-banner');
    root.render(createElement(wrappers.RwHelpBanner, { phone: '555-010-3000' }));
    const link = await until(
      () => container.querySelector('rw-help-banner')!.shadowRoot!.querySelector('a[href="tel:+15550103000"]'),
      'the new call link',
    );
    expect(link.textContent!.trim()).to.equal('Call (555) 010-3000');
  });

  it('onRwCall receives the number dialled when the reader activates the call link', async () => {
    const calls: RwCallDetail[] = [];
    root.render(createElement(wrappers.RwHelpBanner, { phone: '555-010-2000', onRwCall: (event) => calls.push(event.detail) }));
    (await callLink('rw-help-banner')).click();
    expect(calls).to.deep.equal([{ phone: '+15550102000', channel: 'call', widget: 'help-banner' }]);
  });

  it('with `dismissible`, onRwDismiss fires when the reader closes the banner', async () => {
    const dismissed: RwDismissDetail[] = [];
    root.render(createElement(wrappers.RwHelpBanner, { dismissible: true, onRwDismiss: (event) => dismissed.push(event.detail) }));
    const close = await until(
      () => container.querySelector('rw-help-banner')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="dismiss"]'),
      'the close button',
    );
    expect(close.getAttribute('aria-label')).to.equal('Close help banner');
    close.click();
    expect(dismissed).to.deep.equal([{ widget: 'help-banner' }]);
  });

  it('every widget has a component that renders it with its call link', async () => {
    const components = {
      'rw-help-banner': wrappers.RwHelpBanner,
      'rw-symptom-checklist': wrappers.RwSymptomChecklist,
      'rw-treatment-timeline': wrappers.RwTreatmentTimeline,
      'rw-substance-facts': wrappers.RwSubstanceFacts,
      'rw-dependence-cycle': wrappers.RwDependenceCycle,
      'rw-support-tips': wrappers.RwSupportTips,
      'rw-stat-cards': wrappers.RwStatCards,
    };
    expect(Object.keys(components)).to.deep.equal([...WIDGET_TAGS]);
    expect(Object.keys(wrappers).sort()).to.deep.equal(Object.values(components).map((c) => c.displayName).sort());
    // Every component takes `phone`; the cast only spares TypeScript a union of seven prop types.
    const each = Object.values(components) as FC<{ phone: string }>[];
    root.render(each.map((component, key) => createElement(component, { key, phone: '555-010-2000' })));
    for (const tag of Object.keys(components)) {
      expect((await callLink(tag)).getAttribute('href'), tag).to.equal('tel:+15550102000');
    }
  });
});
