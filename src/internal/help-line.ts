import { css, html, isServer, nothing } from 'lit';
import { usHelplines } from '../content/helplines.js';
import type { Helpline, Helplines } from '../content/types.js';
import type { UiStrings } from '../content/locales/en.js';
import { formatNumber, parsePhone, smsHref, telHref, type PhoneNumber } from './phone.js';
import type { Parsed, Problem } from './parsers/problem.js';

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
  // SSR guard (issue 18): the server has no children or page to read; the prerenderer resolves the
  // child link and the page's <meta> itself and passes the number as the attribute.
  if (isServer) return [{ label: attribute, value }];
  return [
    { label: attribute, value },
    { label: 'child <a href>', value: element.querySelector(`a[href^="${scheme}:" i]`)?.getAttribute('href') },
    { label: `page <meta name="${meta}"> content`, value: document.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') },
  ];
}

/** The first dialable number among `sources`; each one present but not dialable is a problem. */
export function firstDialable(sources: NumberSource[]): Parsed<PhoneNumber | null> {
  const problems: Problem[] = [];
  for (const { label, value } of sources) {
    if (value == null) continue;
    const parsed = parsePhone(value);
    if (parsed) return { value: parsed, problems };
    problems.push({ name: label, value, consequence: 'is not a dialable US phone number; it is ignored.' });
  }
  return { value: null, problems };
}

/** The treatment center's own line, for when no source gives a dialable number. */
export function centerLine(helplines: Helplines): PhoneNumber {
  const { number } = helplines.help;
  return { e164: number, display: formatNumber(number) };
}

type Common = UiStrings['common'];

/** A phone link; `button` styles it as a call-to-action button (see `buttonStyles`). */
const phoneLink = (href: string, label: string, button: boolean) =>
  html`<a class=${button ? 'button' : nothing} href=${href}>${label}</a>`;

/** The main call-to-action link: "Call (844) 318-7500". */
export const callLink = (line: PhoneNumber, strings: Common) =>
  html`<a part="call" class="call button" href=${telHref(line.e164)}>${strings.call(line.display)}</a>`;

/** "Call 911" for a medical emergency. */
export const emergencyLink = (helplines: Helplines, strings: Common, button = false) =>
  phoneLink(telHref(helplines.emergency.number), strings.call(helplines.emergency.number), button);

/** "Call (800) 222-1222" for Poison Help: too much taken, awake and breathing (clinical-notes.md §3). */
export const poisonLink = (poison: Helpline, strings: Common, button = false) =>
  phoneLink(telHref(poison.number), strings.call(formatNumber(poison.number)), button);

/**
 * "Call 988" and "Text 988" for a crisis; mid-sentence the second reads "text 988". In Spanish:
 * "Llame al 988 y marque 2" and "Envíe AYUDA al 988", with the message AYUDA filled in.
 */
export function crisisLinks(helplines: Helplines, strings: Common, { button = false, midSentence = false } = {}) {
  const { number, sms = number } = helplines.crisis;
  return {
    call: phoneLink(telHref(number), strings.crisisCall(number), button),
    text: phoneLink(smsHref(sms, strings.crisisTextBody), (midSentence ? strings.crisisTextLower : strings.crisisText)(sms), button),
  };
}

/**
 * The quiet emergency line: "In danger now? Call 911. In crisis or thinking about suicide? Call 988
 * or text 988." and the free national treatment referral line (clinical-notes.md §3, §5).
 */
export function emergencySentence(helplines: Helplines, strings: Common) {
  const crisis = crisisLinks(helplines, strings, { midSentence: true });
  const referral = helplines.treatmentReferral.number;
  return html`${strings.emergencyLead} ${emergencyLink(helplines, strings)}. ${strings.crisisLead} ${crisis.call}
    ${strings.or} ${crisis.text}. ${strings.referralLead}
    ${phoneLink(telHref(referral), strings.call(formatNumber(referral)), false)}.`;
}

/**
 * The short emergency line a banner keeps under `no-emergency`: "In danger now? Call 911. In crisis
 * or thinking about suicide? Call 988." 911 and 988 stay one step away, whatever the partner hides.
 */
export function compactEmergencySentence(helplines: Helplines, strings: Common) {
  const crisis = crisisLinks(helplines, strings);
  return html`${strings.emergencyLead} ${emergencyLink(helplines, strings)}. ${strings.crisisLead} ${crisis.call}.`;
}

/** A widget's closing lines: a lead-in and the call link, then the quiet emergency line. */
export const helpFooter = (lead: string, line: PhoneNumber, helplines: Helplines, strings: Common) => html`
  <p class="next">${lead} ${callLink(line, strings)}</p>
  <p part="emergency" class="emergency">${emergencySentence(helplines, strings)}</p>
`;

/**
 * What a widget shows when its own template fails: the call link and the full emergency line, so
 * every way a widget can fail still shows 911 and 988. The national lines are the defaults, not the
 * widget's own (reading those may be what failed).
 */
export const fallbackLines = (line: PhoneNumber, strings: Common) => helpFooter('', line, usHelplines, strings);

/**
 * `.button`: the filled call-to-action link. `--_button` and `--_on-button` recolour it (the
 * emergency card uses them); the focus ring pairs the button colour with a ring of its text
 * colour, so it shows on light and dark pages alike.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    min-height: max(44px, 2.75em);
    padding: 0.5em 1em;
    border: 2px solid var(--_button, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_button, var(--_accent));
    color: var(--_on-button, var(--_readable-on-accent, var(--_on-accent)));
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  .button.outline {
    background: transparent;
    color: inherit;
  }

  .button:focus-visible {
    outline-color: var(--rw-focus-ring, var(--_button, var(--_accent)));
    box-shadow: 0 0 0 0.125em var(--_on-button, var(--_readable-on-accent, var(--_on-accent)));
  }

  /* The quiet emergency line. */
  .emergency {
    font-size: 0.9375em;
  }

  .emergency a:not(.button) {
    display: inline-block;
    min-height: max(24px, 1.5em);
    color: inherit;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .button {
      border-color: LinkText;
    }
  }
`;
