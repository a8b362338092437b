import { css } from 'lit';

export const styles = css`
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin: 0;
    padding: var(--_space);
    border: 1px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  :host([dismissible]) .banner {
    padding-inline-end: calc(var(--_space) + 2.25em);
  }

  .intro {
    flex: 1 1 12em;
  }

  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .hours {
    margin: 0.25em 0 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* The text link is the call link's outlined sibling (.call comes from the shared styles). */
  .text {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    color: inherit;
    font-weight: 700;
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  .text:focus-visible {
    outline-color: var(--rw-focus-ring, var(--_accent));
  }

  .emergency {
    flex: 1 1 100%;
    margin: 0;
    font-size: 0.9375em;
  }

  .emergency a,
  .compact a {
    display: inline-block;
    min-height: 1.5em;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
  }

  .dismiss {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .dismiss:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }

  .compact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0;
  }

  .compact .call {
    display: inline-block;
    min-height: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
  }

  /* Sticky: held at the bottom of the viewport on narrow screens. Position sticky keeps the
     banner in the page's flow, so when the reader reaches the end of its container the banner
     settles in its place and never covers the end of the page. */
  @media (max-width: 40em) {
    :host([variant='sticky']) {
      position: sticky;
      inset-block-end: 0;
      z-index: 10;
    }

    :host([variant='sticky']) .banner {
      border-radius: 0;
      padding-block-end: calc(var(--_space) + env(safe-area-inset-bottom, 0px));
      /* Opaque, because it passes over the page's content. */
      background: linear-gradient(var(--_surface), var(--_surface)), var(--rw-sticky-surface, Canvas);
      color: var(--rw-text, CanvasText);
      box-shadow: 0 -0.125em 0.5em rgb(0 0 0 / 0.2);
    }
  }

  @media print {
    :host([variant='sticky']) {
      position: static;
    }

    .dismiss {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }

    .text {
      border-color: LinkText;
    }

    .dismiss {
      border: 1px solid ButtonText;
    }
  }
`;
