import { css } from 'lit';

export const styles = css`
  :host {
    /* The layout follows the space the partner gives the timeline, not the window. */
    container-type: inline-size;
  }

  p {
    margin: 0 0 0.5em;
  }

  .stages {
    display: grid;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }

  /* Vertical: the step number on the start side, a line down to the next step. */
  .stage {
    position: relative;
    padding-inline-start: 3em;
    padding-block-end: 1.25em;
  }

  .stage:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: 2.25em 0.25em;
    inset-inline-start: calc(1em - 1px);
    border-inline-start: 2px solid color-mix(in srgb, var(--_accent) 55%, transparent);
  }

  .marker {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
  }

  /* "You are here": a filled, ringed number and a text label, never colour alone. */
  .stage[aria-current] .marker {
    background: var(--_accent);
    color: var(--_readable-on-accent, var(--_on-accent));
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  .here {
    display: inline-block;
    line-height: 1.5;
    padding: 0 0.5em;
    border: 2px solid currentColor;
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 700;
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1em;
    line-height: 1.3;
  }

  .toggle {
    display: flex;
    align-items: flex-start;
    gap: 0.375em;
    width: 100%;
    min-height: max(24px, 2em);
    margin: 0;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  .chevron {
    flex: none;
    width: 1em;
    height: 1em;
    margin-block-start: 0.15em;
  }

  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }

  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s ease-out;
    }
  }

  .details {
    font-size: 0.9375em;
  }

  /* Horizontal when there is room: numbers along the top, joined by a line. */
  @container (min-width: 52em) {
    .stages {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 1em;
    }

    .stage {
      padding-inline-start: 0;
      padding-block-start: 2.75em;
    }

    .stage:not(:last-child)::before {
      inset-block: calc(1em - 1px) auto;
      inset-inline: 2.5em -0.5em;
      border-inline-start: 0;
      border-block-start: 2px solid color-mix(in srgb, var(--_accent) 55%, transparent);
    }
  }

  @media print {
    .details[hidden] {
      display: block;
    }

    .chevron {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .stage:not(:last-child)::before {
      border-color: CanvasText;
    }

    .stage[aria-current] .marker {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
  }
`;
