import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }

  .groups {
    display: grid;
    gap: 1em;
    margin-block-end: 1em;
  }

  @container (min-width: 40em) {
    .groups {
      grid-template-columns: 1fr 1fr;
    }
  }

  .group {
    padding: 0.75em 1em;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: var(--_radius);
  }

  /* "Do" and "Don't" differ by their words and icons, not by colour alone. */
  .dont {
    border-style: dashed;
  }

  h3 {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin: 0 0 0.5em;
    font-size: 1.0625em;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  li {
    margin-block-end: 0.5em;
  }

  @media (forced-colors: active) {
    .group {
      border-color: CanvasText;
    }
  }
`;
