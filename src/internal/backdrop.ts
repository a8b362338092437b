import { composite, parseColor, type Rgba } from './contrast.js';

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
/** Chromium's dark canvas, where a page declares only `color-scheme: dark`. */
const DARK_CANVAS: Rgba = { r: 18, g: 18, b: 18, a: 1 };

/** The element a box is painted on: a slotted element sits in its slot, a shadow root in its host. */
function paintedOn(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The colour behind `element` on the page: the background colours of the boxes it sits in, painted
 * over the page's canvas (the root's or body's background, else the canvas of the page's own
 * colour scheme). Background images (gradients, photos) are not seen; only colours are.
 */
export function backdropOf(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node = paintedOn(element); node; node = paintedOn(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour) layers.push(colour);
    if (colour && colour.a >= 1) break;
  }
  return composite(layers, usesDarkCanvas(element.ownerDocument) ? DARK_CANVAS : WHITE);
}

/**
 * Whether the page's canvas is dark: its root declares `color-scheme: dark`, or `light dark` (in
 * either order) and the reader prefers dark.
 */
function usesDarkCanvas(doc: Document): boolean {
  const scheme = getComputedStyle(doc.documentElement).colorScheme.split(/\s+/);
  if (!scheme.includes('dark')) return false;
  return !scheme.includes('light') || (doc.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches ?? false);
}
