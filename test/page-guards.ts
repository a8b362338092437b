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

/**
 * Records every way data could leave the page or persist: fetch, XMLHttpRequest, sendBeacon,
 * WebSocket, Storage writes, IndexedDB opens (each blocked), plus the cookie and the count of
 * resources loaded. `restore()` puts everything back; `leaks()` lists what happened.
 */
export function recordLeaks() {
  const requests: string[] = [];
  const originals = {
    fetch: window.fetch,
    beacon: navigator.sendBeacon,
    open: XMLHttpRequest.prototype.open,
    setItem: Storage.prototype.setItem,
    idb: indexedDB.open,
    WebSocket: window.WebSocket,
  };
  window.fetch = (input: RequestInfo | URL) => (requests.push(`fetch ${String(input)}`), Promise.reject(new Error('blocked')));
  navigator.sendBeacon = (url: string | URL) => (requests.push(`beacon ${String(url)}`), false);
  XMLHttpRequest.prototype.open = function (_method: string, url: string | URL) {
    requests.push(`xhr ${String(url)}`);
  } as typeof XMLHttpRequest.prototype.open;
  Storage.prototype.setItem = function (key: string) {
    requests.push(`storage ${key}`);
  };
  indexedDB.open = ((name: string) => (requests.push(`indexedDB ${name}`), originals.idb.call(indexedDB, name))) as typeof indexedDB.open;
  window.WebSocket = function (url: string) {
    requests.push(`websocket ${url}`);
    throw new Error('blocked');
  } as unknown as typeof WebSocket;
  const cookie = document.cookie;
  const resources = performance.getEntriesByType('resource').length;
  return {
    leaks: () => [
      ...requests,
      ...(document.cookie === cookie ? [] : [`cookie ${document.cookie}`]),
      ...(performance.getEntriesByType('resource').length === resources ? [] : ['a resource was loaded']),
    ],
    restore: () => {
      window.fetch = originals.fetch;
      navigator.sendBeacon = originals.beacon;
      XMLHttpRequest.prototype.open = originals.open;
      Storage.prototype.setItem = originals.setItem;
      indexedDB.open = originals.idb;
      window.WebSocket = originals.WebSocket;
    },
  };
}
