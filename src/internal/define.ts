import { VERSION } from './version.js';

/**
 * Marks a class as ours, with the kit version that defined it. `Symbol.for` is shared by every
 * copy of the script on a page, so a second copy can recognise the first one's classes.
 */
export const KIT_VERSION: unique symbol = Symbol.for('recovery-widgets.version');

type KitClass = CustomElementConstructor & { [KIT_VERSION]?: string };

/**
 * Registers custom elements without ever throwing.
 *
 * - A free tag is defined.
 * - A tag already held by this same kit version (the script loaded twice) is left alone, silently.
 * - A tag held by another version, or by another script, is left alone too, and the page gets
 *   one console warning listing every such tag.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  if (typeof customElements === 'undefined') return; // no custom elements: the light-DOM fallback shows
  const clashes: string[] = [];
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag) as KitClass | undefined;
    if (!existing) {
      try {
        customElements.define(tag, element);
      } catch (error) {
        clashes.push(`<${tag}> (${String(error)})`);
      }
    } else if (existing !== element && existing[KIT_VERSION] !== VERSION) {
      const owner = existing[KIT_VERSION] ? `recovery-widgets ${existing[KIT_VERSION]}` : 'another script';
      clashes.push(`<${tag}> (defined by ${owner})`);
    }
  }
  if (clashes.length > 0) {
    console.warn(
      `[recovery-widgets ${VERSION}] These elements were already defined on this page, so this copy ` +
        `leaves them as they are: ${clashes.join(', ')}. Load one copy of the script to use this version.`,
    );
  }
}
