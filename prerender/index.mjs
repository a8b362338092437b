// Prerendered snippets (issue 18): turns plain <rw-*> tags in HTML into declarative shadow DOM, so
// the browser paints the widgets with the page, before (and without) any script. Uses the field's
// own tools: Lit's server rendering (@lit-labs/ssr) for the widgets' markup and parse5 (the HTML
// parser @lit-labs/ssr itself uses) to find the tags.
//
// What it writes, for each widget: a `<template shadowrootmode="open">` holding the rendered widget
// (its styles in an inline <style>, see `styleHashes` for strict CSPs), put first inside the
// element. The author's light-DOM fallback (the call link, the loop's steps) stays after it: the
// browser hides it under the shadow root, and platforms that strip <template> show it instead.
// Lit's hydration markers are left out: the kit's script re-renders each prerendered widget in
// place, in the same task as it upgrades it, so nothing moves (see README, "Prerendered").
//
// What the server cannot know, it reads from the page: the language where the element stands
// (nearest `lang`), and the help line from a child `<a href="tel:…">` or `<meta name="rw-phone">`.
// A checklist, timeline or stat cards with the author's own list (or JSON) is left for the script,
// since the server does not read children; `skipped` says which and why.
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { parse } from 'parse5';
import '../dist/esm/index.js';
import { FAMILY_OF, DEFAULT_PACK_ID } from '../dist/esm/content/packs/ids.js';
import { shownLanguage } from '../dist/esm/internal/i18n.js';
import { WIDGET_TAGS } from '../dist/esm/internal/widgets.js';

/** Widgets that read the author's list or JSON children (which the server cannot): those stay plain. */
const READS_CHILDREN = {
  'rw-symptom-checklist': ['ul', 'ol'],
  'rw-treatment-timeline': ['ul', 'ol'],
  'rw-stat-cards': ['ul', 'ol', 'script'],
};

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

const attributesOf = (node) => Object.fromEntries((node.attrs ?? []).map(({ name, value }) => [name, value]));

/** Every element under `node`, depth first, with its ancestors (nearest first). */
function* elements(node, ancestors = []) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield { node: child, ancestors };
    const inner = child.tagName === 'template' ? child.content : child;
    yield* elements(inner, [child, ...ancestors]);
  }
}

/** The first descendant element of `node` that `test` accepts. */
function find(node, test) {
  for (const { node: element } of elements(node)) if (test(element)) return element;
  return undefined;
}

/** The number a widget would read from a child link or the page's <meta>, when it has no attribute. */
function pageNumber(node, document, scheme) {
  const link = find(node, (el) => el.tagName === 'a' && (attributesOf(el).href ?? '').toLowerCase().startsWith(`${scheme}:`));
  if (link) return attributesOf(link).href;
  const meta = find(document, (el) => el.tagName === 'meta' && attributesOf(el).name === `rw-${scheme === 'tel' ? 'phone' : 'sms'}`);
  return meta ? attributesOf(meta).content : undefined;
}

/**
 * One widget as declarative shadow DOM: `<template shadowrootmode="open">…</template>`, rendered
 * by Lit's server renderer with these attributes (strings), without hydration markers.
 */
export async function renderWidget(tag, attributes) {
  if (!WIDGET_TAGS.includes(tag)) throw new Error(`${tag} is not a recovery-widgets element`);
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value != null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
  const markup = await collectResult(render(staticHtml`${unsafeStatic(`<${tag}${attrs}></${tag}>`)}`));
  const start = markup.indexOf('<template');
  const end = markup.lastIndexOf('</template>');
  if (start < 0 || end < 0) throw new Error(`Lit's server renderer gave no shadow root for ${tag}`);
  return markup
    .slice(start, end + '</template>'.length)
    .replace(/<!--\/?lit-[^>]*-->/g, '')
    .replace(' shadowroot="open"', '');
}

/** `sha256-…` of each distinct inline <style> in `html`: what `style-src` must allow for them. */
export function styleHashes(html) {
  const hashes = new Set();
  for (const [, css] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  return [...hashes];
}

/** The page's own file (`en/alcohol.js`), the all-in file when it mixes languages or families, or none. */
function scriptFileFor(languages, families) {
  if (languages.size === 0) return null;
  if (languages.size > 1 || families.size > 1) return 'recovery-widgets.js';
  return `${[...languages][0]}/${[...families][0] ?? FAMILY_OF[DEFAULT_PACK_ID]}.js`;
}

/**
 * `html` (a whole page or a fragment) with every plain <rw-*> tag prerendered. Returns the new
 * HTML, how many widgets were prerendered, those left for the script (`skipped`: tag and reason),
 * and the per-page files (scripts/page-files.mjs) the page's widgets need: one when they share a
 * language and a substance family, else the all-in file. `first`: prerender only the first so many
 * widgets of the page (those in its first screen); the async script draws the rest, below it,
 * without shifting anything a reader sees, and the page's HTML stays small.
 */
export async function prerenderHtml(html, { first = Infinity } = {}) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const inserts = [];
  const skipped = [];
  const languages = new Set();
  const families = new Set();
  for (const { node, ancestors } of elements(document)) {
    if (!WIDGET_TAGS.includes(node.tagName) || !node.sourceCodeLocation?.startTag) continue;
    const own = attributesOf(node);
    const children = (node.childNodes ?? []).filter((child) => child.tagName);
    if (children.some((child) => child.tagName === 'template' && attributesOf(child).shadowrootmode)) continue; // prerendered already
    const langHolder = [node, ...ancestors].find((el) => el.tagName !== 'template' && attributesOf(el).lang != null);
    const lang = langHolder ? attributesOf(langHolder).lang : '';
    const language = shownLanguage(lang.trim().split(/[-_]/)[0].toLowerCase());
    languages.add(language);
    // The banner shows no pack's text: it needs a family only when the author names a substance.
    if (node.tagName !== 'rw-help-banner' || own.substance) families.add(FAMILY_OF[own.substance] ?? FAMILY_OF[DEFAULT_PACK_ID]);
    if (inserts.length >= first) continue;
    const read = children.find((child) => (READS_CHILDREN[node.tagName] ?? []).includes(child.tagName));
    if (read) {
      skipped.push({ tag: node.tagName, reason: `it has its own <${read.tagName}>, which only the script reads` });
      continue;
    }
    const attributes = { ...own, lang, phone: own.phone ?? pageNumber(node, document, 'tel') };
    if (node.tagName === 'rw-help-banner') attributes.sms = own.sms ?? pageNumber(node, document, 'sms');
    inserts.push({ at: node.sourceCodeLocation.startTag.endOffset, markup: await renderWidget(node.tagName, attributes) });
  }
  let out = html;
  for (const { at, markup } of inserts.reverse()) out = out.slice(0, at) + markup + out.slice(at);
  return {
    html: out,
    prerendered: inserts.length,
    skipped,
    scriptFile: scriptFileFor(languages, families),
    styleHashes: styleHashes(inserts.map(({ markup }) => markup).join('')),
  };
}
