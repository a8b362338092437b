/**
 * Accessibility checks over a mounted widget, deep into its shadow root. Each check returns a list
 * of problems, each one sentence that names the element, so a failing test says what a person
 * would miss. An empty list is a pass. Checks only measure: the suite sets the viewport, the text
 * size, the direction and the emulated media around them.
 */
import { sendKeys } from '@web/test-runner-commands';
import { contrastRatio, parseColor, type Rgba } from '../../src/internal/contrast.js';

/** Boxes closer than this (CSS px) count as touching: layout rounds to fractions of a pixel. */
const TOLERANCE = 2;

/** WCAG 2.5.8: a target is at least 24 by 24 CSS px. */
const MIN_TARGET = 24;

/** WCAG 1.4.11: focus rings and the edges of controls need 3:1 against what is next to them. */
const NON_TEXT_CONTRAST = 3;

const OPAQUE_WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** The element's parent, stepping from a shadow root to its host. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element of the widget's shadow tree (nested shadow trees included), in document order. */
export function shadowElements(el: Element): Element[] {
  const found: Element[] = [];
  const walk = (parent: ParentNode) => {
    for (const child of parent.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  walk(el.shadowRoot!);
  return found;
}

/** A short name for an element in a failure message: tag, part or class, and its text. */
export function describe(element: Element): string {
  const part = element.getAttribute('part');
  const className = element.getAttribute('class');
  const kind = part ? `[part="${part}"]` : className ? `.${className.trim().split(/\s+/).join('.')}` : '';
  const input = element instanceof HTMLInputElement ? element : null;
  const type = input ? ` type="${input.type}"${input.name ? ` name="${input.name}"` : ''}` : '';
  const words = element.getAttribute('aria-label') ?? (input ? input.labels?.[0]?.textContent : element.textContent) ?? '';
  const text = words.replace(/\s+/g, ' ').trim();
  return `<${element.localName}${type}>${kind}${text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : ''}`;
}

/** Finishes the widget's running transitions, so what is measured is what a reader sees once they end. */
export function settle(el: Element): void {
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]';

/** Whether a keyboard can focus `element`: a control, enabled, not hidden, not inert. */
function canFocus(element: Element): boolean {
  if (!element.matches(FOCUSABLE) || (element as HTMLElement).tabIndex < 0) return false;
  if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false;
  if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
  // Only a <details>'s own first <summary> is a control.
  if (element.localName === 'summary' && element.parentElement?.querySelector(':scope > summary') !== element) return false;
  // False inside display: none, a closed <details>, or visibility: hidden.
  return element.checkVisibility({ visibilityProperty: true });
}

/** The controls a keyboard can focus in the widget, in document order. */
export function focusables(el: Element): HTMLElement[] {
  return shadowElements(el).filter(canFocus) as HTMLElement[];
}

/** The radio buttons of the group `control` belongs to, among `controls` (none if it is not a named radio). */
function radioGroup(control: Element, controls: Element[]): HTMLInputElement[] {
  if (!(control instanceof HTMLInputElement) || control.type !== 'radio' || !control.name) return [];
  return controls.filter((other) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === control.name) as HTMLInputElement[];
}

/** The radio that names a group's Tab stop: the checked one, or the first while none is checked. */
function groupLead(control: Element, controls: Element[]): Element {
  const group = radioGroup(control, controls);
  return group.length === 0 ? control : (group.find((radio) => radio.checked) ?? group[0]);
}

/**
 * The Tab stop `control` stands for: a group of radio buttons is one stop (named by its checked
 * radio, or its first while none is checked; Chromium then lands on the one focused last, or the
 * first); any other control is its own stop.
 */
export function asTabStop(el: Element, control: Element): Element {
  return groupLead(control, focusables(el));
}

/** Where Tab stops in the widget, in order: every focusable control, with a group of radios as one stop. */
export function tabStops(el: Element): HTMLElement[] {
  const controls = focusables(el);
  return controls.filter((control) => groupLead(control, controls) === control);
}

/**
 * Puts a button just before the widget, focuses it and runs `keys` (which press Tab), as a
 * keyboard user arriving from the page; the button is removed afterwards.
 */
async function fromJustBefore<T>(el: HTMLElement, keys: () => Promise<T>): Promise<T> {
  const before = document.createElement('button');
  const after = document.createElement('button');
  before.textContent = 'before';
  after.textContent = 'after';
  el.before(before);
  el.after(after);
  try {
    before.focus();
    return await keys();
  } finally {
    before.remove();
    after.remove();
  }
}

/**
 * Presses Tab once from just before the widget: focus enters it as a keyboard user's would, and
 * the page is in keyboard modality (so focus() shows :focus-visible). Returns the control reached.
 */
export async function tabInto(el: HTMLElement): Promise<Element | null> {
  return fromJustBefore(el, async () => {
    await sendKeys({ press: 'Tab' });
    return document.activeElement === el ? deepActiveElement() : null;
  });
}

/**
 * Tabs through the widget from just before it until focus leaves it, as a keyboard user does,
 * calling `onFocus` with each control while it holds focus. Returns the controls reached, in
 * order (`null` at the end if focus never left).
 */
export async function tabThrough(el: HTMLElement, onFocus: (control: HTMLElement) => void): Promise<(HTMLElement | null)[]> {
  return fromJustBefore(el, async () => {
    const reached: (HTMLElement | null)[] = [];
    for (let limit = focusables(el).length + 3; limit > 0; limit--) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) return reached;
      const control = deepActiveElement() as HTMLElement;
      reached.push(control);
      onFocus(control);
    }
    reached.push(null);
    return reached;
  });
}

/** Controls with a positive tabindex: they would take Tab out of document order. */
export function positiveTabindexProblems(el: Element): string[] {
  return shadowElements(el)
    .filter((element) => (element as HTMLElement).tabIndex > 0)
    .map((element) => `${describe(element)} has tabindex ${(element as HTMLElement).tabIndex}, which takes Tab out of reading order`);
}

/** Which way the words of the kit's languages (English and Spanish) run: left to right. */
const TEXT_DIRECTION = 'ltr';

/** Whether the element sits in a line of text (inline, inline-block, inline-flex…), not a block of its own. */
const isInlineLevel = (element: Element) => getComputedStyle(element).display.startsWith('inline');

/** The nearest ancestor that lays out lines (not inline-level, not display: contents). */
function blockContainer(element: Element): Element | null {
  let node = parentOf(element);
  while (node && (isInlineLevel(node) || getComputedStyle(node).display === 'contents')) node = parentOf(node);
  return node;
}

/**
 * Problems with the order Tab takes through `controls` compared with the order a sighted reader
 * reads them: each Tab must move to a later line, or onward to a control wholly past the previous
 * one in the reading direction (the next item on the same line, or the top of the next column).
 * `direction` is the page's: LTR reads top then left to right, RTL top then right to left.
 */
export function tabOrderProblems(controls: Element[], direction: 'ltr' | 'rtl'): string[] {
  const problems: string[] = [];
  for (let i = 1; i < controls.length; i++) {
    const [a, b] = [controls[i - 1], controls[i]];
    const aRects = a.getClientRects();
    const end = aRects[aRects.length - 1];
    const start = b.getClientRects()[0];
    if (!end || !start) continue;
    if (start.top >= end.bottom - TOLERANCE) continue;
    const above = start.bottom <= end.top + TOLERANCE;
    const onward = direction === 'ltr' ? start.left >= end.right - TOLERANCE : start.right <= end.left + TOLERANCE;
    // Within one paragraph, the bidi algorithm places links and buttons in the order of the text.
    // On an RTL page, English or Spanish words still run left to right between RTL-placed buttons,
    // so on one line either way is the text's order; a later control may still not be on an earlier line.
    const inText = direction !== TEXT_DIRECTION && isInlineLevel(a) && isInlineLevel(b) && blockContainer(a) === blockContainer(b);
    if (onward || (inText && !above)) continue;
    const where = above ? 'above it' : 'on the same line, before it';
    problems.push(`Tab goes from ${describe(a)} to ${describe(b)}, which is ${where} in ${direction.toUpperCase()} reading order`);
  }
  return problems;
}

/**
 * Controls smaller than 24×24 CSS px (WCAG 2.5.8). A checkbox or radio counts with its label,
 * which is part of its target (a click on the label checks it).
 */
export function targetSizeProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const control of focusables(el)) {
    const label = control instanceof HTMLInputElement ? control.labels?.[0] : undefined;
    const { width, height } = (label ?? control).getBoundingClientRect();
    if (width < MIN_TARGET - 0.01 || height < MIN_TARGET - 0.01) {
      problems.push(`${describe(control)} is a ${width.toFixed(1)}×${height.toFixed(1)} px target, under 24×24`);
    }
  }
  return problems;
}

/** `top` painted over `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => Math.round(a * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** The page's canvas colour: the root's background, else the system `Canvas` (forced-colours aware). */
function canvasColour(): Rgba {
  for (const node of [document.documentElement, document.body]) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour && colour.a === 1) return colour;
  }
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const colour = parseColor(getComputedStyle(probe).backgroundColor) ?? OPAQUE_WHITE;
  probe.remove();
  return colour;
}

/** The opaque colour seen through `element`'s own background: its ancestors' backgrounds, layered. */
export function colourBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const colour = parseColor(getComputedStyle(node).backgroundColor);
    if (colour && colour.a > 0) layers.unshift(colour);
    if (colour?.a === 1) break;
  }
  return layers.reduce((below, layer) => over(layer, below), canvasColour());
}

/** The opaque colour of `element`'s own background as seen on the page. */
function colourOf(element: Element): Rgba {
  const own = parseColor(getComputedStyle(element).backgroundColor);
  const behind = colourBehind(element);
  return own && own.a > 0 ? over(own, behind) : behind;
}

/** The contrast of a (possibly see-through) `colour` drawn on `background`. */
function contrastOn(colour: string, background: Rgba): number {
  const parsed = parseColor(colour);
  return parsed ? contrastRatio(over(parsed, background), background) : 1;
}

/**
 * Problems with the focus indicator of `control`, which must have focus: it matches :focus-visible,
 * draws an outline of at least 2px with 3:1 against what is behind it, and no ancestor's overflow
 * cuts the outline off.
 */
export function focusRingProblems(control: Element): string[] {
  const name = describe(control);
  if (!control.matches(':focus-visible')) return [`${name} shows no :focus-visible indicator when reached by keyboard`];
  const style = getComputedStyle(control);
  const width = parseFloat(style.outlineWidth);
  if (['none', 'hidden', 'auto'].includes(style.outlineStyle) || !(width >= 2)) {
    return [`${name}'s focus outline is "${style.outlineStyle} ${style.outlineWidth}": it needs a visible outline of at least 2px`];
  }
  const problems: string[] = [];
  const ratio = contrastOn(style.outlineColor, colourBehind(control));
  if (ratio < NON_TEXT_CONTRAST) problems.push(`${name}'s focus outline (${style.outlineColor}) has ${ratio.toFixed(2)}:1 against what is behind it, under 3:1`);
  const reach = parseFloat(style.outlineOffset) + width;
  const box = control.getBoundingClientRect();
  for (let node = parentOf(control); node; node = parentOf(node)) {
    const clip = getComputedStyle(node);
    if (clip.overflowX === 'visible' && clip.overflowY === 'visible') continue;
    const frame = node.getBoundingClientRect();
    if (box.left - reach < frame.left - 1 || box.right + reach > frame.right + 1 || box.top - reach < frame.top - 1 || box.bottom + reach > frame.bottom + 1) {
      problems.push(`${name}'s focus outline is cut off by the overflow of ${describe(node)}`);
    }
  }
  return problems;
}

/** Whether the element is the kit's screen-reader-only text: a 1px box clipped on purpose. */
const isVisuallyHidden = (element: Element) => element.classList.contains('visually-hidden');

/** Elements whose overflow is not visible and whose content does not fit: text a reader cannot see. */
function clippedProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const element of shadowElements(el)) {
    if (isVisuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${describe(element)} cuts off its content sideways (${element.scrollWidth}px in ${element.clientWidth}px)`);
    }
    if (style.overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 1) {
      problems.push(`${describe(element)} cuts off its content at the bottom (${element.scrollHeight}px in ${element.clientHeight}px)`);
    }
  }
  return problems;
}

/**
 * Reflow (WCAG 1.4.10), to be measured in a 320 CSS px viewport: the page does not scroll
 * sideways, no box of the widget reaches outside the viewport, and no box cuts off its text.
 */
export function reflowProblems(el: Element): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (root.scrollWidth > viewport) problems.push(`the page scrolls sideways: ${root.scrollWidth}px wide in a ${viewport}px viewport`);
  for (const element of [el, ...shadowElements(el)]) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || isVisuallyHidden(element)) continue;
    if (box.left < -1 || box.right > viewport + 1) {
      problems.push(`${describe(element)} spans x ${Math.round(box.left)} to ${Math.round(box.right)}, outside the ${viewport}px viewport`);
    }
  }
  return [...problems, ...clippedProblems(el)];
}

/**
 * Text resized to 200% (WCAG 1.4.4), to be measured with the widget inside `container` whose
 * font-size is 200%: no box cuts off its text, the widget is no wider than its container, and no
 * box of the widget sticks out of it.
 */
export function textResizeProblems(el: Element, container: Element): string[] {
  const problems: string[] = [];
  const widget = el.getBoundingClientRect();
  if (widget.width > container.clientWidth + 1) {
    problems.push(`the widget is ${Math.round(widget.width)}px wide in a ${container.clientWidth}px container`);
  }
  for (const element of shadowElements(el)) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || isVisuallyHidden(element)) continue;
    if (box.left < widget.left - 1 || box.right > widget.right + 1) {
      problems.push(`${describe(element)} sticks out of the widget (x ${Math.round(box.left)} to ${Math.round(box.right)}, widget ${Math.round(widget.left)} to ${Math.round(widget.right)})`);
    }
  }
  return [...problems, ...clippedProblems(el)];
}

type Pseudo = '' | '::before' | '::after';

/** The element and its generated ::before and ::after boxes that are rendered. */
function withPseudos(element: Element): [Element, Pseudo][] {
  const boxes: [Element, Pseudo][] = [[element, '']];
  for (const pseudo of ['::before', '::after'] as const) {
    const style = getComputedStyle(element, pseudo);
    if (style.content !== 'none' && style.content !== 'normal' && style.display !== 'none') boxes.push([element, pseudo]);
  }
  return boxes;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;
type Side = (typeof SIDES)[number];

/** One side's border: its width in px, its line style and its colour. */
function border(style: CSSStyleDeclaration, side: Side) {
  const get = (what: string) => style.getPropertyValue(`border-${side}-${what}`);
  return { width: parseFloat(get('width')), line: get('style'), colour: get('color') };
}

/** Whether a border side draws a line at all (whatever its colour). */
const drawsLine = ({ width, line }: { width: number; line: string }) => width > 0 && !['none', 'hidden'].includes(line);

/** A box drawn in normal colours: which sides have a visible border, and whether a fill shows its edge. */
export interface DrawnBox {
  element: Element;
  pseudo: Pseudo;
  sides: Side[];
  filled: boolean;
}

/**
 * Every box of the widget that a reader sees the edge of in normal colours: a visible border, or a
 * fill with 3:1 against what is behind it (how a filled button shows where it is). Measure before
 * forced colours are turned on, then pass the result to `forcedColorsProblems`.
 */
export function drawnBoxes(el: Element): DrawnBox[] {
  const drawn: DrawnBox[] = [];
  for (const element of shadowElements(el)) {
    if (!element.checkVisibility({ visibilityProperty: true }) || isVisuallyHidden(element)) continue;
    for (const [, pseudo] of withPseudos(element)) {
      const style = getComputedStyle(element, pseudo);
      const sides = SIDES.filter((side) => drawsLine(border(style, side)) && (parseColor(border(style, side).colour)?.a ?? 0) > 0);
      const behind = pseudo ? colourOf(element) : colourBehind(element);
      const filled = contrastOn(style.backgroundColor, behind) >= NON_TEXT_CONTRAST;
      if (sides.length > 0 || filled) drawn.push({ element, pseudo, sides, filled });
    }
  }
  return drawn;
}

/**
 * Forced colours (emulated) replace the page's colours with the reader's; edges drawn only in the
 * page's colours disappear. Each box from `drawnBoxes` must keep every border side it had, with 3:1
 * against what is behind it; a box edged only by its fill must keep a 3:1 fill or get a border.
 */
export function forcedColorsProblems(drawn: DrawnBox[]): string[] {
  const problems: string[] = [];
  for (const { element, pseudo, sides, filled } of drawn) {
    const style = getComputedStyle(element, pseudo);
    const behind = pseudo ? colourOf(element) : colourBehind(element);
    const visible = (side: Side) => drawsLine(border(style, side)) && contrastOn(border(style, side).colour, behind) >= NON_TEXT_CONTRAST;
    const name = `${describe(element)}${pseudo}`;
    const lost = sides.filter((side) => !visible(side));
    if (lost.length > 0) problems.push(`${name} loses its ${lost.join(', ')} border in forced colors`);
    if (filled && sides.length === 0 && contrastOn(style.backgroundColor, behind) < NON_TEXT_CONTRAST && !SIDES.every(visible)) {
      problems.push(`${name} is edged only by its fill, which forced colors remove, and has no border there`);
    }
  }
  return problems;
}

/**
 * What draws a box, not its text, as a reader sees it: its fill, borders and outline in the colours
 * they show on the page (a see-through fill counts as what shows through), and its transform (a
 * turned chevron).
 */
function look(element: Element): string {
  const style = getComputedStyle(element);
  const behind = colourBehind(element);
  const seen = (colour: string) => {
    const { r, g, b } = over(parseColor(colour) ?? behind, behind);
    return `rgb(${r}, ${g}, ${b})`;
  };
  const edge = (line: { width: number; line: string; colour: string }) => (drawsLine(line) ? `${line.line} ${line.width}px ${seen(line.colour)}` : 'none');
  const outline = { width: parseFloat(style.outlineWidth), line: style.outlineStyle, colour: style.outlineColor };
  return [seen(style.backgroundColor), ...SIDES.map((side) => edge(border(style, side))), edge(outline), style.transform].join(' | ');
}

/** Whether `a` looks different from `b`: it, or one of its descendants, is drawn differently from its counterpart in `b`. */
function looksDifferent(a: Element, b: Element): boolean {
  const key = (element: Element) => `${element.localName}.${element.getAttribute('class') ?? ''}`;
  const counterparts = new Map<string, Element[]>();
  for (const element of b.querySelectorAll('*')) counterparts.set(key(element), [...(counterparts.get(key(element)) ?? []), element]);
  if (look(a) !== look(b)) return true;
  for (const element of a.querySelectorAll('*')) {
    const counterpart = counterparts.get(key(element))?.shift();
    if (counterpart && look(element) !== look(counterpart)) return true;
  }
  return false;
}

/**
 * States that must stay visible in forced colours, beyond their words: the current step looks
 * different from the others, an expanded toggle from a collapsed one, and checkboxes and radios
 * are drawn by the system (which shows checked in the reader's colours).
 */
export function stateProblems(el: Element): string[] {
  settle(el);
  const root = el.shadowRoot!;
  const problems: string[] = [];
  for (const current of root.querySelectorAll('[aria-current]')) {
    const other = [...current.parentElement!.children].find((item) => item.localName === current.localName && !item.hasAttribute('aria-current'));
    if (other && !looksDifferent(current, other)) problems.push(`the current item ${describe(current)} looks like the others`);
  }
  const expanded = root.querySelector('[aria-expanded="true"]');
  const collapsed = root.querySelector('[aria-expanded="false"]');
  if (expanded && collapsed && !looksDifferent(expanded, collapsed)) {
    problems.push(`an expanded ${describe(expanded)} looks like a collapsed ${describe(collapsed)}`);
  }
  for (const input of root.querySelectorAll('input[type="checkbox"], input[type="radio"]')) {
    if (getComputedStyle(input).appearance === 'none') problems.push(`${describe(input)} is not drawn by the system, so its checked state may vanish`);
  }
  return problems;
}

/**
 * Problems with the focus ring in forced colours: every control, focused in turn (in keyboard
 * modality, so that it matches :focus-visible), keeps a visible outline with 3:1 against what is behind it.
 */
export function forcedFocusProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const control of focusables(el)) {
    control.focus();
    problems.push(...focusRingProblems(control));
  }
  return problems;
}

/** Durations in a computed list ("0s, 0.15s") that are not zero. */
const moves = (durations: string) => durations.split(',').some((duration) => parseFloat(duration) > 0);

/**
 * With reduced motion emulated: nothing in the widget (generated boxes included) has a
 * transition or an animation that takes time.
 */
export function motionProblems(el: Element): string[] {
  const problems: string[] = [];
  for (const element of [el, ...shadowElements(el)]) {
    for (const [, pseudo] of withPseudos(element)) {
      const style = getComputedStyle(element, pseudo);
      if (style.transitionProperty !== 'none' && moves(style.transitionDuration)) {
        problems.push(`${describe(element)}${pseudo} has a transition (${style.transitionProperty} ${style.transitionDuration})`);
      }
      if (style.animationName !== 'none' && moves(style.animationDuration)) {
        problems.push(`${describe(element)}${pseudo} has an animation (${style.animationName} ${style.animationDuration})`);
      }
    }
  }
  return problems;
}

/** Where one box or drawn shape is, across the widget. */
interface Placed {
  name: string;
  /** A box: its left and right edges, from the widget's left edge. */
  box?: [number, number];
  /** A drawn SVG shape: points along its outline, from its <svg>'s top left corner. */
  points?: [number, number][];
  /** The width of that <svg>, about whose middle the shape mirrors. */
  frame?: number;
}

const SHAPES = 'path, circle, ellipse, line, polyline, polygon, rect';

/**
 * Symbols that keep their shape in RTL: the check mark of support tips' "Do" list (Material's and
 * Apple's bidirectional icon guidance mirror arrows and chevrons, not check marks).
 */
const SYMBOLS = '.do svg.icon';

/**
 * The widget's layout across the line, for comparing LTR with RTL: every block-level box, every
 * absolutely placed ::before and ::after box, and points along every drawn SVG shape. Running
 * transitions are finished first: it measures what a reader sees once they end. Inline boxes are
 * left out: their place on a line follows the text's own direction, which `dir` does not change
 * for English or Spanish words. Heights are left out too: a line of text may break one word
 * differently when its final punctuation moves to the other end.
 */
export function measureLayout(el: Element): Placed[] {
  settle(el);
  const origin = el.getBoundingClientRect().left;
  const placed: Placed[] = [];
  for (const element of shadowElements(el)) {
    if (!element.checkVisibility({ visibilityProperty: true }) || isVisuallyHidden(element)) continue;
    if (element instanceof SVGGeometryElement && element.matches(SHAPES)) {
      const svg = element.ownerSVGElement!;
      const matrix = element.getScreenCTM();
      const length = element.getTotalLength();
      if (svg.matches(SYMBOLS) || !matrix || !(length > 0)) continue;
      const frame = svg.getBoundingClientRect();
      const points: [number, number][] = [];
      for (let i = 0; i <= 12; i++) {
        const point = element.getPointAtLength((length * i) / 12).matrixTransform(matrix);
        points.push([point.x - frame.left, point.y - frame.top]);
      }
      placed.push({ name: `${describe(element)} in ${describe(svg)}`, points, frame: frame.width });
      continue;
    }
    if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(element);
    if (style.display.startsWith('inline') || style.display === 'contents') continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    placed.push({ name: describe(element), box: [box.left - origin, box.right - origin] });
    if (style.position === 'static') continue;
    for (const pseudo of ['::before', '::after'] as const) {
      const generated = getComputedStyle(element, pseudo);
      if (generated.content === 'none' || generated.display === 'none' || generated.position !== 'absolute') continue;
      // Placed inside the (positioned) element: its computed insets are used distances from the element's padding box.
      const left = parseFloat(generated.left) + box.left - origin + element.clientLeft;
      const width = ['width', 'border-left-width', 'border-right-width', 'padding-left', 'padding-right']
        .map((property) => parseFloat(generated.getPropertyValue(property)))
        .reduce((sum, value) => sum + value, 0);
      placed.push({ name: `${describe(element)}${pseudo}`, box: [left, left + width] });
    }
  }
  return placed;
}

/**
 * Problems with RTL mirroring: each box of `rtl` must sit where the matching box of `ltr` sits,
 * mirrored about the middle of the widget (`width` wide); each drawn shape must be the mirror
 * image of its LTR self within its <svg> (so chevrons and arrows point the other way).
 */
export function mirrorProblems(ltr: Placed[], rtl: Placed[], width: number): string[] {
  if (ltr.length !== rtl.length) return [`RTL shows ${rtl.length} boxes and shapes where LTR shows ${ltr.length}`];
  const problems: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE;
  for (const [i, mine] of ltr.entries()) {
    const theirs = rtl[i];
    if (mine.box && theirs.box) {
      const [left, right] = mine.box;
      const [rtlLeft, rtlRight] = theirs.box;
      if (!near(rtlLeft, width - right) || !near(rtlRight, width - left)) {
        const shown = (box: number[]) => box.map(Math.round).join(' to ');
        problems.push(`${mine.name} is not mirrored: LTR x ${shown(mine.box)}, RTL x ${shown(theirs.box)}, expected ${shown([width - right, width - left])}`);
      }
    } else if (mine.points && theirs.points) {
      const mirrored = mine.points.map(([x, y]) => [mine.frame! - x, y]);
      const matched = mirrored.every(([x, y]) => theirs.points!.some(([u, v]) => near(u, x) && near(v, y)));
      if (!matched) problems.push(`${mine.name} is drawn the same way in RTL, not mirrored: a chevron or arrow that should point the other way`);
    }
  }
  return problems;
}
