/**
 * Real partner pages: the widgets on pages styled by CSS frameworks from npm (and WordPress's own
 * block-library CSS from Debian's `wordpress` package), light and dark, measured in Chromium against
 * what is really behind them. Each host prints its figures (`[hosts] …`) for the notes.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { contrastRatio, parseColor, type Rgba } from '../../src/internal/contrast.js';
import { colourBehind, focusables, focusRingProblems, reflowProblems, shadowElements } from '../accessibility/checks.js';
import type { Updatable } from '../widgets.js';

interface Host {
  name: string;
  css: string[];
  /** Attributes on <html> and <body>, and a wrapper's style (a dark block inside a light page). */
  html?: Record<string, string>;
  body?: Record<string, string>;
  wrapper?: string;
  dark: boolean;
  /** Tailwind's preflight sets every element's margin to 0 (`* { margin: 0 }`), ours included. */
  resetsMargins?: boolean;
  /** The reader's system is set to dark (prefers-color-scheme). */
  prefersDark?: boolean;
}

const WP = '/wordpress/wp-includes/css/dist/block-library';
const HOSTS: Host[] = [
  { name: 'bootstrap', css: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'], dark: false },
  { name: 'bootstrap dark', css: ['/node_modules/bootstrap/dist/css/bootstrap.min.css'], html: { 'data-bs-theme': 'dark' }, dark: true },
  { name: 'bulma', css: ['/node_modules/bulma/css/bulma.min.css'], html: { 'data-theme': 'light' }, dark: false },
  { name: 'bulma dark', css: ['/node_modules/bulma/css/bulma.min.css'], html: { 'data-theme': 'dark' }, dark: true },
  { name: 'pico', css: ['/node_modules/@picocss/pico/css/pico.min.css'], html: { 'data-theme': 'light' }, dark: false },
  { name: 'pico dark', css: ['/node_modules/@picocss/pico/css/pico.min.css'], html: { 'data-theme': 'dark' }, dark: true },
  { name: 'water.css', css: ['/node_modules/water.css/out/light.min.css'], dark: false },
  { name: 'water.css dark', css: ['/node_modules/water.css/out/dark.min.css'], dark: true },
  // water.css's automatic theme follows the reader's system setting with a media query.
  { name: 'water.css auto, reader prefers dark', css: ['/node_modules/water.css/out/water.min.css'], prefersDark: true, dark: true },
  { name: 'pico auto, reader prefers dark', css: ['/node_modules/@picocss/pico/css/pico.min.css'], prefersDark: true, dark: true },
  // No framework: a page that allows both schemes and styles nothing else.
  { name: 'plain, color-scheme light dark, reader prefers dark', css: [], html: { style: 'color-scheme: light dark' }, prefersDark: true, dark: true },
  { name: 'plain, color-scheme light dark, reader prefers light', css: [], html: { style: 'color-scheme: light dark' }, dark: false },
  { name: 'tailwind preflight', css: ['/node_modules/tailwindcss/preflight.css'], dark: false, resetsMargins: true },
  // What Tailwind's `dark:bg-gray-900 dark:text-gray-100` classes compile to; no color-scheme.
  {
    name: 'tailwind dark',
    css: ['/node_modules/tailwindcss/preflight.css'],
    body: { style: 'background-color: oklch(21% 0.034 264.665); color: oklch(96.7% 0.003 264.542)' },
    dark: true,
    resetsMargins: true,
  },
  { name: 'wordpress', css: [`${WP}/style.min.css`, `${WP}/theme.min.css`], body: { class: 'wp-embed-responsive' }, dark: false },
  // A dark Group block in a light post: only the block behind the widget is dark.
  {
    name: 'wordpress dark group',
    css: [`${WP}/style.min.css`, `${WP}/theme.min.css`],
    wrapper: 'wp-block-group has-background|background-color: #1e1e1e; color: #f0f0f0; padding: 1.25em 2.375em',
    dark: true,
  },
];

const HOST_MARKUP = `
  <p>Before the widgets.</p>
  <rw-symptom-checklist></rw-symptom-checklist>
  <p class="after-checklist">A paragraph after the checklist.</p>
  <rw-treatment-timeline></rw-treatment-timeline>
  <rw-help-banner></rw-help-banner>
  <rw-dependence-cycle></rw-dependence-cycle>
  <rw-substance-facts></rw-substance-facts>
  <rw-stat-cards></rw-stat-cards>
  <rw-support-tips></rw-support-tips>
  <p>The end.</p>`;
const ALL = 'rw-symptom-checklist, rw-treatment-timeline, rw-help-banner, rw-dependence-cycle, rw-substance-facts, rw-stat-cards, rw-support-tips';

const opaque = (colour: string) => parseColor(colour)!;
const luminanceDark = (colour: Rgba) => contrastRatio(colour, { r: 255, g: 255, b: 255, a: 1 }) > contrastRatio(colour, { r: 0, g: 0, b: 0, a: 1 });

/** `top` painted over `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number) => Math.round(a * top.a + b * (1 - top.a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

const shown = (colour: string, behind: Rgba) => over(opaque(colour), behind);

async function openHost(host: Host): Promise<{ container: HTMLElement; cleanup: () => Promise<void> }> {
  await emulateMedia({ colorScheme: host.prefersDark ? 'dark' : 'light' });
  const links = host.css.map((href) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  const loaded = links.map((link) => new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${link.href} did not load`));
  }));
  document.head.append(...links);
  await Promise.all(loaded);
  for (const [name, value] of Object.entries(host.html ?? {})) document.documentElement.setAttribute(name, value);
  for (const [name, value] of Object.entries(host.body ?? {})) document.body.setAttribute(name, value);
  const container = document.createElement('main');
  if (host.wrapper) {
    const [className, style] = host.wrapper.split('|');
    container.className = className;
    container.setAttribute('style', style);
  }
  container.innerHTML = HOST_MARKUP;
  document.body.append(container);
  for (const el of container.querySelectorAll<Updatable>(ALL)) {
    await el.updateComplete;
  }
  return {
    container,
    async cleanup() {
      await emulateMedia({ colorScheme: 'light' });
      container.remove();
      links.forEach((link) => link.remove());
      for (const name of Object.keys(host.html ?? {})) document.documentElement.removeAttribute(name);
      for (const name of Object.keys(host.body ?? {})) document.body.removeAttribute(name);
    },
  };
}

const figures: Record<string, Record<string, string | number>> = {};

describe('real partner pages (CSS frameworks from npm, WordPress block-library CSS)', function () {
  this.timeout(30000);
  before(async () => {
    await setViewport({ width: 800, height: 800 });
  });
  after(() => {
    for (const [name, values] of Object.entries(figures)) console.log(`[hosts] ${name}: ${JSON.stringify(values)}`);
  });

  for (const host of HOSTS) {
    describe(host.name, () => {
      let page: Awaited<ReturnType<typeof openHost>>;
      beforeEach(async () => {
        page = await openHost(host);
        figures[host.name] ??= {};
      });
      afterEach(() => page.cleanup());

      it('text, markers, checkboxes, emergency card and danger border read against what is behind them', async () => {
        const checklist = page.container.querySelector('rw-symptom-checklist') as Updatable;
        const timeline = page.container.querySelector('rw-treatment-timeline') as Updatable;
        const root = checklist.shadowRoot!;
        const behind = colourBehind(checklist);
        expect(luminanceDark(behind), `the page behind is ${host.dark ? 'dark' : 'light'}`).to.equal(host.dark);

        const heading = root.querySelector('h2')!;
        const text = contrastRatio(shown(getComputedStyle(heading).color, colourBehind(heading)), colourBehind(heading));
        // Every step number's ring (timeline stages, dependence-loop steps): the lowest.
        const markers = [...page.container.querySelectorAll(ALL)].flatMap((el) => shadowElements(el).filter((e) => e.classList.contains('marker')));
        expect(markers.length, 'step markers found').to.be.greaterThan(4);
        const markerRatio = Math.min(...markers.map((marker) => contrastRatio(shown(getComputedStyle(marker).borderTopColor, colourBehind(marker)), colourBehind(marker))));
        void timeline;
        const input = root.querySelector('input')!;
        const inputScheme = getComputedStyle(input).colorScheme;

        input.click();
        await checklist.updateComplete;
        const card = root.querySelector('[part~="emergency-card"]')!;
        const cardStyle = getComputedStyle(card);
        const cardBehind = colourBehind(card);
        const cardBackground = shown(cardStyle.backgroundColor, cardBehind);
        const border = contrastRatio(shown(cardStyle.borderTopColor, cardBehind), cardBehind);
        input.click();
        await checklist.updateComplete;

        Object.assign(figures[host.name], {
          text: +text.toFixed(2),
          marker: +markerRatio.toFixed(2),
          checkboxScheme: inputScheme,
          cardDark: luminanceDark(cardBackground),
          dangerBorder: +border.toFixed(2),
        });
        expect(text, 'heading text').to.be.at.least(4.5);
        expect(markerRatio, 'step marker border').to.be.at.least(3);
        expect(inputScheme.split(' ').includes('dark'), 'native checkboxes are drawn in the colour scheme of the page behind').to.equal(host.dark);
        expect(luminanceDark(cardBackground), 'the emergency card matches the page: no white card on a dark page').to.equal(host.dark);
        expect(border, 'the emergency card\'s danger border against the page behind it').to.be.at.least(3);
      });

      it('every focus ring reached by keyboard has 3:1 against what is behind it', async () => {
        // Every control of every widget (a checklist's many checkboxes share one look: its first few).
        const controls = [...page.container.querySelectorAll(ALL)].flatMap((el) => focusables(el).slice(0, 12));
        const problems: string[] = [];
        let lowest = 21;
        for (const control of controls) {
          await sendKeys({ press: 'Shift' });
          control.focus();
          problems.push(...focusRingProblems(control));
          const style = getComputedStyle(control);
          lowest = Math.min(lowest, contrastRatio(shown(style.outlineColor, colourBehind(control)), colourBehind(control)));
        }
        figures[host.name].focusRingLowest = +lowest.toFixed(2);
        figures[host.name].focusRingsChecked = controls.length;
        expect(problems).to.deep.equal([]);
      });

      it('leaves space between a widget and the next paragraph', async () => {
        const checklist = page.container.querySelector('rw-symptom-checklist')!;
        const next = page.container.querySelector('.after-checklist')!;
        const gap = next.getBoundingClientRect().top - checklist.getBoundingClientRect().bottom;
        figures[host.name].gapAfter = Math.round(gap);
        if (!host.resetsMargins) expect(gap).to.be.at.least(12);
        // The README's advice for such pages: a margin class, or the margin itself, on the element.
        (checklist as HTMLElement).style.marginBlock = '1.5em';
        const spaced = next.getBoundingClientRect().top - checklist.getBoundingClientRect().bottom;
        (checklist as HTMLElement).style.marginBlock = '';
        expect(spaced).to.be.at.least(12);
      });

      it('at 320 px wide: no sideways scroll, nothing cut off; source numbers sit on the first line of their entry', async () => {
        await setViewport({ width: 320, height: 800 });
        try {
          const problems: string[] = [];
          let misplaced = 0;
          for (const el of page.container.querySelectorAll<Updatable>(ALL)) {
            await el.updateComplete;
            problems.push(...reflowProblems(el));
            const details = el.shadowRoot!.querySelector('details.sources') as HTMLDetailsElement | null;
            if (!details) continue;
            details.open = true;
            for (const item of details.querySelectorAll('li')) {
              const link = item.firstElementChild!;
              // A zero-width probe on the list item's first line box, where its number is drawn.
              const probe = document.createElement('span');
              probe.textContent = '\u200b';
              item.prepend(probe);
              const range = document.createRange();
              range.selectNodeContents(link);
              const lines = [...range.getClientRects()];
              const numberLine = probe.getBoundingClientRect();
              if (lines.length > 1 && Math.abs(numberLine.bottom - lines[0].bottom) > 4) misplaced++;
              probe.remove();
            }
            details.open = false;
          }
          figures[host.name].misplacedSourceNumbers = misplaced;
          expect(problems).to.deep.equal([]);
          expect(misplaced, 'source entries whose number is not on their first line').to.equal(0);
        } finally {
          await setViewport({ width: 800, height: 800 });
        }
      });
    });
  }
});
