/**
 * Contrast, so that text stays readable on whatever colours a partner sets (WCAG 2 formulas).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

let context: OffscreenCanvasRenderingContext2D | null | undefined;
const parsed = new Map<string, Rgba | null>();

/** Any CSS colour the browser can compute (rgb, color(srgb …), oklch …) as 0–255 sRGB and alpha 0–1. */
export function parseColor(css: string): Rgba | null {
  if (!parsed.has(css)) parsed.set(css, paint(css));
  return parsed.get(css)!;
}

/** Paints `css` on a 1×1 canvas and reads the pixel back: the browser does the parsing. */
function paint(css: string): Rgba | null {
  if (context === undefined) {
    context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  }
  if (!context || !css) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#00000000';
  context.fillStyle = css;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on `background`: always at least 4.58:1. */
export function readableOn(background: Rgba): string {
  const black = { r: 0, g: 0, b: 0, a: 1 };
  const white = { r: 255, g: 255, b: 255, a: 1 };
  return contrastRatio(black, background) >= contrastRatio(white, background) ? '#000000' : '#ffffff';
}

/** WCAG AA for normal text. */
export const AA = 4.5;

/** `top` painted over `bottom`: the colour a reader sees where a see-through colour covers another. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => Math.round(a * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/**
 * The opaque colour seen behind a widget: its ancestors' backgrounds (innermost first, stopping at
 * the first opaque one) painted over the page's canvas.
 */
export function composite(layers: Rgba[], canvas: Rgba): Rgba {
  const seen: Rgba[] = [];
  for (const layer of layers) {
    if (layer.a > 0) seen.push(layer);
    if (layer.a >= 1) break;
  }
  return seen.reduceRight((below, layer) => over(layer, below), canvas);
}

/** Whether white text reads better than black on `background`: a dark background. */
export function isDark(background: Rgba): boolean {
  return readableOn(background) === '#ffffff';
}
