/**
 * WCAG 2.2 AA for every widget in every state (test/accessibility/states.ts), in English and in
 * Spanish: axe, keyboard, focus, targets, reflow, text size, forced colors, reduced motion, RTL.
 * Each row is mounted once per language; its tests measure that one mount under each viewport and
 * emulation, and put every one back in `finally`. The keyboard test runs last: Escape changes the state.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { LANGUAGES } from '../src/internal/widgets.js';
import {
  asTabStop,
  deepActiveElement,
  describe as name,
  drawnBoxes,
  focusRingProblems,
  focusables,
  forcedColorsProblems,
  forcedFocusProblems,
  measureLayout,
  mirrorProblems,
  motionProblems,
  positiveTabindexProblems,
  reflowProblems,
  stateProblems,
  tabInto,
  tabOrderProblems,
  tabStops,
  tabThrough,
  targetSizeProblems,
  textResizeProblems,
} from './accessibility/checks.js';
import { A11Y_STATES, type A11yState } from './accessibility/states.js';
import { preventNavigation } from './page-guards.js';
import type { Updatable } from './widgets.js';

/** Wide enough for every widget's widest layout (the timeline turns horizontal at 52em). */
const WIDE = { width: 1024, height: 768 };
const NARROW = { width: 320, height: 640 };
/** WTR's own viewport, put back for the test files that run after this one. */
const DEFAULT = { width: 800, height: 600 };

/** Turns emulated forced colors on or off (the config's `emulate-forced-colors` command). */
const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/** Fails with the problems one per line under `what`, so the failure reads as a report. */
function expectNone(what: string, problems: string[]): void {
  expect(problems.length, `${what}:\n  ${problems.join('\n  ')}\n`).to.equal(0);
}

interface Mounted {
  wrapper: HTMLElement;
  el: Updatable;
  /** What held focus once the row's state was reached. */
  focusAfterReach: Element | null;
}

/** Puts the row's markup on the page in a wrapper with `lang`, and brings it into the row's state. */
async function mount(row: A11yState, lang: string): Promise<Mounted> {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  wrapper.setAttribute('style', row.page ?? '');
  wrapper.innerHTML = row.markup;
  document.body.append(wrapper);
  const el = wrapper.firstElementChild as Updatable;
  await el.updateComplete;
  if (row.reach) await row.reach(el);
  await el.updateComplete;
  return { wrapper, el, focusAfterReach: deepActiveElement() };
}

/**
 * The layout in LTR, then in RTL (the wrapper's `dir`), compared: what fails to mirror, and what
 * Tab does out of RTL reading order. `alsoInRtl` adds the problems of another check run in RTL.
 */
function rtlProblems({ wrapper, el }: Mounted, alsoInRtl: (el: Element) => string[] = () => []): string[] {
  const ltr = measureLayout(el);
  const width = el.getBoundingClientRect().width;
  wrapper.dir = 'rtl';
  try {
    return [...mirrorProblems(ltr, measureLayout(el), width), ...tabOrderProblems(tabStops(el), 'rtl'), ...alsoInRtl(el)];
  } finally {
    wrapper.removeAttribute('dir');
  }
}

describe('accessibility: every widget in every state', () => {
  before(async () => {
    window.addEventListener('click', preventNavigation);
    await setViewport(WIDE);
  });
  after(async () => {
    window.removeEventListener('click', preventNavigation);
    await setViewport(DEFAULT);
  });

  for (const row of A11Y_STATES) {
    for (const lang of LANGUAGES) {
      describe(`${row.name} [${lang}]`, () => {
        const viewport = row.viewport ?? WIDE;
        let mounted: Mounted;
        before(async () => {
          if (row.viewport) await setViewport(row.viewport);
          mounted = await mount(row, lang);
        });
        after(async () => {
          mounted?.wrapper.remove();
          if (row.viewport) await setViewport(WIDE);
        });

        it('axe finds no violations', async () => {
          await expect(mounted.el).to.be.accessible();
        });

        it('every control is a target of at least 24×24 CSS px', () => {
          expectNone('targets under 24×24', targetSizeProblems(mounted.el));
        });

        it('at 320 CSS px: no sideways scrolling, nothing outside the viewport or cut off; the same in RTL, mirrored', async () => {
          await setViewport(NARROW);
          try {
            expectNone('reflow at 320px', reflowProblems(mounted.el));
            expectNone('RTL at 320px', rtlProblems(mounted, reflowProblems));
          } finally {
            await setViewport(viewport);
          }
        });

        it('text at 200%: nothing cut off, nothing wider than its container', () => {
          const { wrapper, el } = mounted;
          wrapper.style.fontSize = '200%';
          wrapper.style.width = '640px';
          try {
            expectNone('text at 200%', textResizeProblems(el, wrapper));
          } finally {
            wrapper.style.fontSize = '';
            wrapper.style.width = '';
          }
        });

        it('forced colors: axe finds no violations; every border, focus ring and state stays visible', async () => {
          const { el } = mounted;
          const drawn = drawnBoxes(el);
          // A focused control would look different from its twin in the state check. No test here uses
          // a pointer, so focus() below shows :focus-visible as Tab does (a click would make that check fail).
          (deepActiveElement() as HTMLElement | null)?.blur();
          await forcedColors(true);
          try {
            // Not color-contrast: in forced colors Chromium reports -webkit-text-fill-color, which
            // axe reads as the text colour, in the page's colour, while it paints the reader's
            // (checked on a screenshot). The reader's palette sets text contrast there; borders
            // and focus rings are checked below.
            await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
            expectNone('forced colors', [...forcedColorsProblems(drawn), ...stateProblems(el), ...forcedFocusProblems(el)]);
          } finally {
            (deepActiveElement() as HTMLElement | null)?.blur();
            await forcedColors(false);
          }
        });

        it('reduced motion: no transition or animation takes time', async () => {
          await emulateMedia({ reducedMotion: 'reduce' });
          try {
            expectNone('moving with reduced motion', motionProblems(mounted.el));
          } finally {
            await emulateMedia({ reducedMotion: 'no-preference' });
          }
        });

        it('dir="rtl" mirrors every box, chevron and arrow, and Tab runs top then right to left', () => {
          expectNone('RTL', rtlProblems(mounted));
        });

        // Tab's path through a widget comes from its DOM, not its words: it is pressed all the way
        // through in the first language. In the others one Tab enters the widget and each stop is
        // then focused in DOM order (with no positive tabindex, that is Tab's order), which is faster.
        const traverse = lang === LANGUAGES[0];
        const title = [
          traverse
            ? 'keyboard: Tab reaches every control in visual order, each with a visible 3:1 focus ring'
            : 'keyboard: Tab enters at the first control; every stop is in visual order, with a visible 3:1 focus ring',
          row.focus ? `focus is on ${row.focus} once the state is reached` : '',
          row.escape ? `Escape closes ${row.escape} and focuses its control` : '',
        ];
        it(title.filter(Boolean).join('; '), async () => {
          const { el, focusAfterReach } = mounted;
          const root = el.shadowRoot!;
          const where = (element: Element | null | undefined) => (element ? name(element) : 'nothing');
          if (row.focus) {
            const expected = root.querySelector(row.focus);
            // Elements are compared, never handed to expect: a failure report would try to serialise them.
            expect(focusAfterReach === expected, `focus once the state is reached is on ${where(focusAfterReach)}, not ${where(expected)}`).to.equal(true);
          }
          const stops = tabStops(el);
          const rings: string[] = [];
          if (traverse) {
            const reached = await tabThrough(el, (control) => rings.push(...focusRingProblems(control)));
            const names = (controls: (Element | null)[]) => controls.map((control) => (control ? name(asTabStop(el, control)) : 'focus never left the widget'));
            expect(names(reached), 'the controls Tab reaches, in order').to.deep.equal(names(stops));
          } else {
            const first = await tabInto(el);
            expect((first && asTabStop(el, first)) === (stops[0] ?? null), `the first Tab reaches ${where(first)}, not ${where(stops[0])}`).to.equal(true);
            expectNone('Tab out of DOM order', positiveTabindexProblems(el));
            for (const control of stops) {
              control.focus();
              rings.push(...focusRingProblems(control));
            }
          }
          expectNone('focus rings', rings);
          expectNone('Tab order', tabOrderProblems(stops, 'ltr'));

          if (row.escape) {
            const open = root.querySelector(row.escape);
            expect(open !== null, `something open (${row.escape})`).to.equal(true);
            const inside = focusables(el).filter((control) => open!.contains(control));
            inside[inside.length - 1].focus();
            await sendKeys({ press: 'Escape' });
            await el.updateComplete;
            expect(open!.matches(row.escape), `${name(open!)} still open after Escape`).to.equal(false);
            const control = focusables(el).find((candidate) => open!.contains(candidate));
            const focused = deepActiveElement();
            expect(focused !== null && focused === control, `focus after Escape is on ${where(focused)}, not ${where(control)}`).to.equal(true);
          }
        });
      });
    }
  }
});
