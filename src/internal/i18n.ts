/**
 * Language lookup: the element's own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`. Returns the primary subtag in lower case (`es-MX` → `es`), or '' if none.
 */
export function langOf(element: Element): string {
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

/** Picks the entry for the element's language, falling back to `fallback`. */
export function pickLocale<T>(element: Element, available: Readonly<Record<string, T>>, fallback: string): T {
  const lang = langOf(element);
  return Object.hasOwn(available, lang) ? available[lang] : available[fallback];
}
