import { css } from "lit";

export const dashboardStyles = css`
  .intro {
    margin-block: calc(-1 * var(--sl-spacing-medium)) var(--sl-spacing-large);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--sl-spacing-medium);
  }
  .cards section {
    display: flex;
  }
  sl-card {
    width: 100%;
  }
  sl-card::part(base) {
    height: 100%;
  }
  h3 {
    margin: 0 0 var(--sl-spacing-small);
    font-size: var(--sl-font-size-large);
  }
  .metrics {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--sl-spacing-x-small);
  }
  .metrics a {
    display: inline-block;
    padding-block: var(--sl-spacing-3x-small);
  }
  .count {
    font-size: var(--sl-font-size-x-large);
    font-weight: var(--sl-font-weight-bold);
    margin-inline-start: var(--sl-spacing-2x-small);
  }
`;
