/**
 * <rw-symptom-checklist> from the BUILT dist/recovery-widgets.js in plain HTML pages
 * (test/e2e/pages): the page-wide phone, privacy across a reload, and a quiet console.
 */
import { expect } from '@open-wc/testing';
import { callLinks, openPage, reloadPage, rendered } from './frame.js';

const EXPECTED = [{ name: 'Call (555) 010-2000', href: 'tel:+15550102000' }];

function checkboxes(checklist: Element): HTMLInputElement[] {
  return [...checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

describe('the built script: <rw-symptom-checklist>', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('as <script type="module">, the banner and the checklist both call the page-wide <meta name="rw-phone">, silently', async () => {
    const { doc, win } = await openPage('meta-module');
    const widgets = await rendered(doc, 'rw-help-banner, rw-symptom-checklist');
    expect(widgets.map((w) => w.localName)).to.deep.equal(['rw-help-banner', 'rw-symptom-checklist']);
    for (const widget of widgets) expect(callLinks(widget), widget.localName).to.deep.equal(EXPECTED);
    expect(win.__log).to.deep.equal([]);
  });

  it('keeps nothing after a reload: every box unchecked, no storage, no cookie', async () => {
    const { doc, frame } = await openPage('checklist');
    const [checklist] = await rendered(doc, 'rw-symptom-checklist');
    const [first] = checkboxes(checklist);
    expect(first, 'a checkbox').to.exist;
    first.click();
    await (checklist as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(checkboxes(checklist)[0].checked).to.equal(true);

    const { doc: after, win } = await reloadPage(frame);
    const [reloaded] = await rendered(after, 'rw-symptom-checklist');
    expect(reloaded).to.not.equal(checklist);
    const boxes = checkboxes(reloaded);
    expect(boxes.length).to.be.greaterThan(0);
    expect(boxes.filter((box) => box.checked)).to.have.length(0);
    expect(win.localStorage.length, 'localStorage').to.equal(0);
    expect(win.sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(after.cookie, 'document.cookie').to.equal('');
  });

  it('renders with no console errors or warnings', async () => {
    const { doc, win } = await openPage('checklist');
    const [checklist] = await rendered(doc, 'rw-symptom-checklist');
    expect(checkboxes(checklist).length).to.be.greaterThan(0);
    expect(win.__log).to.deep.equal([]);
  });
});
