import { css } from 'lit';

/**
 * Theme tokens shared by every widget. Partners set the public `--rw-*` properties; widgets read
 * the private `--_*` ones. Text inherits the host's font, colour and line height, and every size
 * is in `em`, so the host's root font size (`html { font-size: 62.5% }`) cannot shrink a widget.
 *
 * The public properties and their defaults are documented once, as `@cssprop` on RwElement
 * (element.ts), from which dist/custom-elements.json is made.
 *
 * Whatever a partner sets, the widget keeps text readable: see controllers/readable-colours.ts.
 */
export const themeStyles = css`
  :host {
    /* The kit's colours by colour scheme, written once: the themed defaults below and the fix for
       a partner value that is no colour (--_fixed-*, controllers/readable-colours.ts) read them. */
    --_default-accent: light-dark(#1d4ed8, #9cc3ff);
    --_default-on-accent: light-dark(#ffffff, #0a1a33);
    /* A lighter red where the colour scheme is dark: #b3261e on a dark card is under 3:1. */
    --_default-danger: light-dark(#b3261e, #ffb4ab);
    --_default-on-danger: light-dark(#ffffff, #690005);
    /* --_host-accent is the page's own accent-color, when it sets one (controllers/readable-colours.ts). */
    /* light-dark(): the widget's colour scheme is the page's, or that of the background behind it
       (controllers/readable-colours.ts), so a dark page gets the dark scheme's accent even when it
       declares no color-scheme. */
    --_accent: var(--_fixed-accent, var(--rw-accent, var(--_host-accent, var(--_default-accent))));
    --_on-accent: var(--_fixed-on-accent, var(--rw-on-accent, var(--_default-on-accent)));
    --_surface: var(--_fixed-surface, var(--rw-surface, color-mix(in srgb, var(--_accent) 7%, transparent)));
    --_danger: var(--_fixed-danger, var(--rw-danger, var(--_default-danger)));
    --_on-danger: var(--_fixed-on-danger, var(--rw-on-danger, var(--_default-on-danger)));
    --_radius: var(--rw-radius, 0.5em);
    --_space: var(--rw-space, 1em);
    display: block;
    box-sizing: border-box;
    /* Space from the text around it, on pages that space blocks with a bottom margin only. */
    margin-block: var(--rw-margin-block, 1.5em);
    /* The one place text colour is set. --_readable-text is the widget's own fix when the partner's
       colours would leave text below 4.5:1 on the surface (see controllers/readable-colours.ts). */
    color: var(--_readable-text, var(--rw-text, var(--_theme-text, inherit)));
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Carries the shown language (see RwElement.render); it draws no box of its own. */
  .lang {
    display: contents;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* An explicit theme sets its own colours; light-dark() picks by the host's colour scheme. */
  :host([theme='light']),
  :host([theme='dark']),
  :host([theme='auto']) {
    --_surface: var(--_fixed-surface, var(--rw-surface, light-dark(#f3f6fb, #15213a)));
    --_theme-text: light-dark(#1b1b1f, #f1f3f7);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* auto keeps the page's color-scheme: light or dark as the page declares, and the reader's
     preference when the page allows both (color-scheme: light dark). */
  :host([theme='auto']) {
    color-scheme: inherit;
  }

  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Every widget's own heading (level 2): the region's name. */
  .heading {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  /* A step number in a circle (timeline stages, dependence-loop steps). */
  .marker {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border: 2px solid var(--_accent);
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }

  /* The framed box every widget sits in. */
  .panel {
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  :focus-visible {
    outline: 0.1875em solid var(--rw-focus-ring, currentColor);
    outline-offset: 0.125em;
  }

  @media (forced-colors: active) {
    .panel,
    .marker {
      border-color: CanvasText;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The values `theme` accepts; anything else keeps the host-inherited default. */
export const THEMES = ['light', 'dark', 'auto'] as const;
