import { css } from "lit";

/** What the review pages add to pageStyles: the diff table and notices (values: shared/values/value.styles.ts). */
export const reviewStyles = css`
  .intro {
    margin-block: calc(-1 * var(--sl-spacing-small)) var(--sl-spacing-large);
    max-width: 60rem;
  }
  kausa-pager {
    display: block;
    margin-block-start: var(--sl-spacing-medium);
  }
  .notice {
    display: block;
    margin-block-end: var(--sl-spacing-large);
  }
  caption {
    text-align: start;
    font-weight: var(--sl-font-weight-semibold);
    padding-block-end: var(--sl-spacing-x-small);
  }
  tr.changed > * {
    background: var(--sl-color-warning-50);
  }
  tr.changed > th:first-child {
    border-inline-start: 4px solid var(--sl-color-warning-600);
  }
  .mark-changed {
    font-weight: var(--sl-font-weight-bold);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-x-small) var(--sl-spacing-large);
    align-items: center;
    margin-block: calc(-1 * var(--sl-spacing-small)) var(--sl-spacing-large);
    padding: 0;
    list-style: none;
  }
  .comment {
    white-space: pre-wrap;
    margin: 0;
  }
  .actions-cell {
    white-space: nowrap;
  }
  .actions-cell sl-button + sl-button {
    margin-inline-start: var(--sl-spacing-x-small);
  }
  .wide {
    min-width: 14rem;
  }
  td,
  th {
    overflow-wrap: anywhere;
  }
  .status-filter {
    max-width: 20rem;
  }
`;
