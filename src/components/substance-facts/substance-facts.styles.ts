import { css } from 'lit';

export const styles = css`
  .section {
    margin: 0 0 1em;
  }

  h3 {
    margin: 0 0 0.25em;
    font-size: 1.0625em;
  }

  .fact {
    margin: 0 0 0.5em;
  }

  .cite {
    font-size: 0.8125em;
    vertical-align: 0.25em;
    white-space: nowrap;
  }

  /* Safety facts stand out by a heavy rule and their heading, not by colour alone. */
  .safety {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_danger);
  }

  @media (forced-colors: active) {
    .safety {
      border-color: CanvasText;
    }
  }
`;
