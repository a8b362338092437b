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
