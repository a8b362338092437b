/** Values a CMS, a careless paste or an attacker may put anywhere a partner can type. */
export const HOSTILE_VALUES: string[] = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
  'https://example.org/" onmouseover="window.__pwned=1',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  'word '.repeat(2000),
  'W'.repeat(10000),
  '\u202Eevil\u202C right-to-left override',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  '🚨💊🙂👨‍👩‍👧',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  '1e308',
  '42',
  '',
  '   ',
  // Near misses of the substance names, and names an object already has (a lookup by name must not find them).
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'ALCOHOL',
  ' opioids ',
  'opioid',
];

/** Every `substance` value the kit knows: each widget must render each one's content safely too. */
export const SUBSTANCES = ['clonazepam', 'alprazolam', 'alcohol', 'opioids', 'fentanyl', 'heroin', 'oxycodone'];

/** The same value as it would reach light-DOM markup: HTML-escaped text, as a CMS writes it. */
export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
