import { css } from 'lit';

/* The frames (.panel), their forced-colors borders and the call button (.button) come from the shared styles. */
export const styles = css`
  p {
    margin: 0;
  }

  /* As many columns of at least 12em as fit; one column in a narrow container (320px). */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.75em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
    min-width: 0;
    border-block-start-width: 0.25em;
  }

  .figure {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.1;
  }

  .label {
    flex: 1 0 auto;
  }

  .year,
  .source {
    font-size: 0.9375em;
  }

  .source a {
    display: inline-block;
    min-height: max(24px, 1.5em);
    color: inherit;
    text-decoration: underline;
  }

  .not-given {
    font-style: italic;
  }

  .next {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block-end: 0.75em;
  }
`;
