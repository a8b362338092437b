import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }

  .diagram {
    position: relative;
  }

  .steps {
    display: grid;
    gap: 1.75em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }

  .step {
    position: relative;
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 0.75em;
    border: 1px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    border-radius: var(--_radius);
  }

  /* Narrow: a column, with an arrow down to the next step (hidden from screen readers). */
  .step:not(:last-child)::after {
    content: '↓' / '';
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 1.25em;
    font-size: 1.25em;
    line-height: 1.4;
  }

  .marker {
    flex: none;
  }

  .loop {
    display: none;
  }

  .loops-back::before {
    content: '↺ ' / '';
  }

  .framing {
    margin-block: 1em 0.5em;
  }

  /* Wide, with exactly four steps: a loop. 1 top-left, 2 top-right, 3 bottom-right, 4 bottom-left,
     round a dashed circle whose arrowheads run clockwise. */
  @container (min-width: 36em) {
    .steps:has(> :nth-child(4):last-child) {
      grid-template-columns: 1fr 1fr;
      grid-template-areas: 'one two' 'four three';
      column-gap: 8em;
      row-gap: 3em;
    }

    .steps:has(> :nth-child(4):last-child) .step::after {
      content: none;
    }

    .steps:has(> :nth-child(4):last-child) .step:nth-child(1) { grid-area: one; }
    .steps:has(> :nth-child(4):last-child) .step:nth-child(2) { grid-area: two; }
    .steps:has(> :nth-child(4):last-child) .step:nth-child(3) { grid-area: three; }
    .steps:has(> :nth-child(4):last-child) .step:nth-child(4) { grid-area: four; }

    .diagram:has(.steps > :nth-child(4):last-child) .loop {
      display: block;
      position: absolute;
      inset: 50% auto auto 50%;
      width: 7em;
      height: 7em;
      translate: -50% -50%;
      color: var(--_accent);
      pointer-events: none;
    }

    :host(:dir(rtl)) .loop {
      scale: -1 1;
    }
  }

  @media (forced-colors: active) {
    .step {
      border-color: CanvasText;
    }

    .loop {
      color: CanvasText;
    }
  }
`;
