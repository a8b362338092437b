/** Guards for tests: capture console warnings, and keep links from navigating the test page. */

/** Collects console.warn calls until `restore()`; the messages are joined as one string each. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Stops links from navigating the test page (events still fire); other clicks go through. */
export function preventNavigation(event: Event): void {
  if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
}

/**
 * Puts a focused button just before `element`, so the next Tab lands on the element's first
 * control as it would for a keyboard user arriving from the page. Returns a function that removes it.
 */
export function focusJustBefore(element: Element): () => void {
  const start = document.createElement('button');
  start.textContent = 'start';
  element.before(start);
  start.focus();
  return () => start.remove();
}
