import { css } from 'lit';

export const styles = css`
  p {
    margin: 0 0 0.75em;
  }

  .group {
    margin: 0 0 1em;
    padding: 0.75em 1em 0.5em;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }

  .item {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: max(24px, 2em);
    padding-block: 0.25em;
    cursor: pointer;
  }

  .item input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    /* Centred on the label's first line, whatever line height the host page uses. */
    margin: max(0px, calc((1lh - 1.25em) / 2)) 0 0;
    accent-color: var(--_accent);
    /* The focus ring is currentColor: the text colour around it, not the browser's FieldText. */
    color: inherit;
    cursor: pointer;
  }

  .question .item {
    display: inline-flex;
    margin-inline-end: 1.5em;
  }

  .note {
    font-size: 0.9375em;
  }

  .result {
    margin-block: 1em 0.5em;
  }

  .clear {
    min-height: max(24px, 2.25em);
    padding: 0.25em 1em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .card {
    --_button: var(--_danger);
    --_on-button: var(--_readable-on-danger, var(--_on-danger));
    margin: 0 0 1em;
    padding: var(--_space);
    border: 0.25em solid var(--_button);
    border-radius: var(--_radius);
    background: var(--rw-danger-surface, Canvas);
    color: var(--rw-danger-text, CanvasText);
  }

  .card-heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }

  /* The card's surface can be dark (theme="dark", a dark page, --rw-danger-surface), where the danger
     colour would ring a focused button at under 3:1: the ring takes the card's text colour instead,
     which reads on that surface, around the band of --_on-button. */
  .card .button:focus-visible {
    outline-color: var(--rw-focus-ring, var(--rw-danger-text, CanvasText));
  }

  /* Every link on the card is a big call button (.button, in the danger colours). */
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  @media (forced-colors: active) {
    .group,
    .card {
      border-color: CanvasText;
    }
  }
`;
