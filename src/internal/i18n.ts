import { isServer } from 'lit';
import { commonPart, type UiPart } from '../content/locales/index.js';
import type { UiStrings } from '../content/locales/en.js';
import { UNTRANSLATED } from '../content/types.js';
import { LANGUAGE, TRANSLATES_IN_BROWSER } from '../content/shipped.js';

/**
 * Language lookup: the element's own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`. Returns the primary subtag in lower case (`es-MX` → `es`), or '' if none.
 */
export function langOf(element: Element): string {
  // SSR guard (issue 18): the server sees no ancestors; the prerenderer passes the language in
  // effect where the element stands as its `lang` for the render (prerender/index.mjs).
  if (isServer) return primarySubtag(element.getAttribute('lang') ?? '');
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return primarySubtag(node.getAttribute('lang') ?? '');
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return primarySubtag(element.ownerDocument.documentElement.lang);
}

const primarySubtag = (lang: string): string => lang.trim().split(/[-_]/)[0].toLowerCase();

/**
 * The language the kit shows for `lang`: one it has a translation for, else English. A per-page
 * file (`shipped.ts`) shows its one language wherever it is, marked where the page's differs.
 */
export const shownLanguage = (lang: string): string =>
  !TRANSLATES_IN_BROWSER ? LANGUAGE : Object.hasOwn(commonPart.translations, lang) ? lang : 'en';

/** What a translation left out (English is shown there) and what it has that English lacks. */
export interface TranslationReport {
  missing: string[];
  unknown: string[];
}

const untranslated = new Set<string>(UNTRANSLATED);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `english` with the text of `translation` in its place (see `Translation<T>`): strings and
 * template functions are replaced, lists of items with an `id` are matched by id, other lists are
 * replaced line for line (a list of another length is not used). Whatever the translation leaves
 * out stays English and is listed in `report`.
 */
export function translate<T>(english: T, translation: unknown, report?: TranslationReport, path = ''): T {
  const missing = () => {
    if (report && hasText(english)) report.missing.push(path);
    return english;
  };
  if (translation == null) return missing();
  if (typeof english === 'string' || typeof english === 'function') {
    // A string may become a `{ self, lovedOne }` pair where the other language needs two wordings.
    const pair = isRecord(translation) && typeof translation.self === 'string' && typeof translation.lovedOne === 'string';
    const fits = typeof translation === typeof english || (typeof english === 'string' && pair);
    return fits ? (translation as T) : missing();
  }
  if (Array.isArray(english)) {
    if (!english.every((item) => isRecord(item) && typeof item.id === 'string')) {
      // Line for line: a shorter list could drop a warning without anyone noticing.
      return Array.isArray(translation) && translation.length === english.length ? (translation as T) : missing();
    }
    const byId = isRecord(translation) ? translation : {};
    const ids = new Set(english.map((item) => item.id as string));
    for (const id of Object.keys(byId)) if (!ids.has(id)) report?.unknown.push(`${path}.${id}`);
    return english.map((item) => translate(item, byId[item.id], report, `${path}.${item.id}`)) as T;
  }
  if (isRecord(english)) {
    const source = isRecord(translation) ? translation : {};
    const result: Record<string, unknown> = { ...english };
    for (const key of Object.keys(source)) if (!(key in english)) report?.unknown.push(`${path}.${key}`);
    for (const [key, value] of Object.entries(english)) {
      if (!untranslated.has(key)) result[key] = translate(value, source[key], report, path ? `${path}.${key}` : key);
    }
    return result as T;
  }
  return english;
}

/** Whether a value holds any text a translation should cover (an empty English string does not). */
function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value !== '';
  if (typeof value === 'function') return true;
  if (Array.isArray(value)) return value.some(hasText);
  if (isRecord(value)) return Object.entries(value).some(([key, child]) => !untranslated.has(key) && hasText(child));
  return false;
}

/** Translated content, built once per language and kept. */
const built = new Map<string, unknown>();

/**
 * `english` in `language`, translated once and kept under `key`; English itself when there is no
 * translation. In a per-page file, `english` is already in the file's one language (`shipped.ts`).
 */
export function inLanguage<T>(key: string, language: string, english: T, translation: () => unknown): T {
  if (language === 'en' || !TRANSLATES_IN_BROWSER) return english;
  const cacheKey = `${language} ${key}`;
  if (!built.has(cacheKey)) built.set(cacheKey, translate(english, translation()));
  return built.get(cacheKey) as T;
}

/** One part of the UI strings in `language`, English where the translation has none. */
export const uiText = <K extends keyof UiStrings>(part: UiPart<K>, language: string): UiStrings[K] =>
  inLanguage(`ui ${part.key}`, language, part.en, () => (Object.hasOwn(part.translations, language) ? part.translations[language] : undefined));
