import type { ReactiveElement } from 'lit';

export interface RwCallDetail {
  /** The number dialled or texted: E.164 (`+18443187500`) or a short code (`911`, `988`). */
  phone: string;
  channel: 'call' | 'text';
  widget: string;
}

/**
 * One listener each on the element, for as long as it lives: `call` for every tel: and sms: link
 * activated inside it (the href says what was dialled, so no per-link handlers), and Escape, which
 * closes what is open around the focus (`close`; see RwElement.closeOpenPart).
 */
export function listenForCallsAndEscape(
  host: ReactiveElement,
  call: (detail: Omit<RwCallDetail, 'widget'>) => void,
  close: (path: EventTarget[]) => boolean,
): void {
  host.addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    // `sms:988?&body=AYUDA`: the number is what comes before any message.
    const [scheme, phone] = (link?.getAttribute('href') ?? '').split(/[:?]/);
    if (scheme === 'tel' || scheme === 'sms') call({ phone, channel: scheme === 'tel' ? 'call' : 'text' });
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented && close(event.composedPath())) event.preventDefault();
  });
}

/**
 * Escape's default: closes the innermost open `<details>` around the focus (`path`) and puts focus
 * back on its summary. Returns whether something closed.
 */
export function closeOpenDetails(path: EventTarget[]): boolean {
  const details = path.find((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement && node.open);
  if (!details) return false;
  details.open = false;
  details.querySelector<HTMLElement>(':scope > summary')?.focus();
  return true;
}

declare global {
  interface HTMLElementEventMap {
    'rw-call': CustomEvent<RwCallDetail>;
  }
  /** The event bubbles out of shadow roots, so pages listen for it on document too. */
  interface DocumentEventMap {
    'rw-call': CustomEvent<RwCallDetail>;
  }
}
