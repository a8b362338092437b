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
