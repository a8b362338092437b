import { css } from 'lit';

/* The frame (.panel) and the call and text buttons (.button) come from the shared styles. */
export const styles = css`
  .banner {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin: 0;
  }

  :host([dismissible]) .banner {
    padding-inline-end: calc(var(--_space) + 2.25em);
  }

  .intro {
    flex: 1 1 12em;
  }

  .heading {
    margin: 0;
  }

  .hours,
  .line-name {
    margin: 0.25em 0 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* The emergency line's own look comes from the shared styles; here it takes a full row. */
  .emergency,
  .compact {
    flex: 1 1 100%;
    margin: 0;
  }

  .dismiss {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    display: grid;
    place-items: center;
    width: max(24px, 2.25em);
    height: max(24px, 2.25em);
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

  /* Sticky: held at the bottom of the viewport on narrow screens. Position sticky keeps the
     banner in the page's flow, so when the reader reaches the end of its container the banner
     settles in its place and never covers the end of the page. Once closed, it stops sticking. */
  @media (max-width: 40em) {
    :host([variant='sticky']) {
      position: sticky;
      inset-block-end: 0;
      z-index: 10;
    }

    /* A separate rule, so browsers without custom states still keep the sticky one. */
    :host(:state(dismissed)) {
      position: static;
    }

    :host([variant='sticky']) .banner {
      border-radius: 0;
      padding-block-end: calc(var(--_space) + env(safe-area-inset-bottom, 0px));
      /* Opaque, because it passes over the page's content. */
      background: linear-gradient(var(--_surface), var(--_surface)), var(--rw-sticky-surface, Canvas);
      color: var(--_readable-text, var(--rw-text, CanvasText));
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
    .dismiss {
      border: 1px solid ButtonText;
    }
  }
`;
