/**
 * Phone numbers: parse what an editor types, format what a reader sees, build safe links.
 *
 * The kit serves US treatment centers, so a `phone` value must be a North American (NANP)
 * number: ten digits, optionally after `1` or `+1`, written in any common way. Anything else
 * (letters, markup, a `javascript:` URL, the wrong number of digits) is rejected, and the caller
 * falls back to a safe default. Short codes such as 911 and 988 come only from content packs.
 */

export interface PhoneNumber {
  /** `+1` and ten digits, for `tel:` and `sms:` links. */
  e164: string;
  /** How a reader sees it: `(844) 318-7500`. */
  display: string;
}

// Digits, spaces (including no-break space), + ( ) . - and the dashes a CMS may substitute.
const ALLOWED = /^\+?[\d\s\u00a0().\-\u2010-\u2015]+$/;
const LINK_SCHEME = /^(?:tel|sms):/i;

/** Parses a human-written US number. Returns null when it is not a dialable ten-digit number. */
export function parsePhone(input: string | null | undefined): PhoneNumber | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(LINK_SCHEME, '');
  if (!ALLOWED.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (text.startsWith('+')) return null; // another country code
  // NANP area codes never start with 0 or 1.
  if (!/^[2-9]\d{9}$/.test(digits)) return null;
  return { e164: `+1${digits}`, display: formatNumber(`+1${digits}`) };
}

/** Formats a pack number for reading: `+18443187500` → `(844) 318-7500`; short codes as they are. */
export function formatNumber(number: string): string {
  const match = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(number);
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : number;
}

/** A `tel:` link for a pack number or a parsed E.164 number. */
export const telHref = (number: string): string => `tel:${number}`;

/**
 * An `sms:` link for a pack number or a parsed E.164 number, with a message to start from.
 * `?&body=` is the form both iOS and Android messaging apps read.
 */
export const smsHref = (number: string, body = ''): string =>
  body ? `sms:${number}?&body=${encodeURIComponent(body)}` : `sms:${number}`;
