/**
 * Helpers for the e2e tests: open a page from test/e2e/pages in an iframe and wait for its
 * widgets to render.
 */

/** An e2e page's window: record-console.js keeps console errors and warnings in `__log`. */
export interface PageWindow extends Window {
  __log: string[];
}

/** Opens test/e2e/pages/`name`.html in an 800×600 iframe and waits for its load event. */
export async function openPage(name: string): Promise<{ doc: Document; win: PageWindow; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/e2e/pages/${name}.html`;
  document.body.append(frame);
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as unknown as PageWindow, frame };
}

/** Reloads the iframe's page and waits for its load event; returns the new document and window. */
export async function reloadPage(frame: HTMLIFrameElement): Promise<{ doc: Document; win: PageWindow }> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as unknown as PageWindow };
}

/** Waits until every `selector` element in the page has rendered its call link. */
export async function rendered(doc: Document, selector = 'rw-help-banner'): Promise<Element[]> {
  const elements = [...doc.querySelectorAll(selector)];
  for (let tries = 0; tries < 100; tries++) {
    if (elements.every((el) => el.shadowRoot?.querySelector('[part~="call"]'))) return elements;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${selector} did not render`);
}

/** The call links in a widget's shadow root: their text and targets. */
export function callLinks(element: Element): { name: string; href: string | null }[] {
  return [...element.shadowRoot!.querySelectorAll('[part~="call"]')].map((a) => ({
    name: a.textContent!.trim(),
    href: a.getAttribute('href'),
  }));
}
