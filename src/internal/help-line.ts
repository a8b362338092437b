import { css, html } from 'lit';
import type { Pack } from '../content/types.js';
import type { UiStrings } from '../content/locales/en.js';
import { formatNumber, smsHref, telHref, type PhoneNumber } from './phone.js';

/** A place a number may come from, named for the warning when it is not dialable. */
export interface NumberSource {
  label: string;
  value: string | null | undefined;
}

/**
 * Where a widget looks for its help line (`phone`) or texting number (`sms`), in order: the
 * element's attribute, the author's no-JavaScript child link (`<a href="tel:…">` or `sms:…`), and
 * the page-wide `<meta name="rw-phone">` / `<meta name="rw-sms">`. Read on every update, so a meta
 * tag added after load is picked up by the next render.
 */
export function numberSources(element: Element, attribute: 'phone' | 'sms', value: string | undefined): NumberSource[] {
  const scheme = attribute === 'phone' ? 'tel' : 'sms';
  const meta = `rw-${attribute}`;
  return [
    { label: attribute, value },
    { label: 'child <a href>', value: element.querySelector(`a[href^="${scheme}:" i]`)?.getAttribute('href') },
    { label: `page <meta name="${meta}"> content`, value: document.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') },
  ];
}

/** The pack's help line, for when no source gives a dialable number. */
export function packLine(pack: Pack): PhoneNumber {
  const { number } = pack.helplines.help;
  return { e164: number, display: formatNumber(number) };
}

type Common = UiStrings['common'];

/** The main call-to-action link: "Call (844) 318-7500". */
export const callLink = (line: PhoneNumber, strings: Common) =>
  html`<a part="call" class="call" href=${telHref(line.e164)}>${strings.call(line.display)}</a>`;

/** "Call 911" for a medical emergency. */
export const emergencyLink = (pack: Pack, strings: Common) =>
  html`<a href=${telHref(pack.helplines.emergency.number)}>${strings.call(pack.helplines.emergency.number)}</a>`;

/** "Call 988" and "Text 988" for a crisis (`text` sets the second label, e.g. lower case mid-sentence). */
export const crisisLinks = (pack: Pack, strings: Common, text = strings.text) => {
  const { number, sms = number } = pack.helplines.crisis;
  return {
    call: html`<a href=${telHref(number)}>${strings.call(number)}</a>`,
    text: html`<a href=${smsHref(sms)}>${text(sms)}</a>`,
  };
};

/** The quiet emergency sentence: "In danger now? Call 911. In crisis or thinking about suicide? Call 988 or text 988." */
export function emergencySentence(pack: Pack, strings: Common) {
  const crisis = crisisLinks(pack, strings, strings.textLower);
  return html`${strings.emergencyLead} ${emergencyLink(pack, strings)}. ${strings.crisisLead} ${crisis.call}
  ${strings.or} ${crisis.text}.`;
}

/** Styles for `.call`, the filled call-to-action link every widget ends with. */
export const callStyles = css`
  .call {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  .call:focus-visible {
    outline-color: var(--rw-focus-ring, var(--_accent));
  }

  @media (forced-colors: active) {
    .call {
      border-color: LinkText;
    }
  }
`;
