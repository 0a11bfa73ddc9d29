import { css } from "lit";

/**
 * What every page shares: headings, the toolbar above lists, tables, the form grid. Components
 * add their own on top. Colours come from Shoelace's theme tokens (contrast-checked, WCAG AA).
 */
export const pageStyles = css`
  :host {
    display: block;
  }
  h1 {
    font-size: var(--sl-font-size-2x-large);
    margin: 0 0 var(--sl-spacing-large);
  }
  h2 {
    font-size: var(--sl-font-size-x-large);
    margin: var(--sl-spacing-x-large) 0 var(--sl-spacing-medium);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-medium);
    align-items: end;
    margin-block-end: var(--sl-spacing-large);
  }
  .toolbar > * {
    min-width: 12rem;
    flex: 1 1 12rem;
  }
  .toolbar > sl-button {
    flex: 0 0 auto;
    min-width: 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
    border-bottom: 1px solid var(--sl-color-neutral-200);
    vertical-align: top;
  }
  th {
    font-weight: var(--sl-font-weight-semibold);
    background: var(--sl-color-neutral-50);
  }
  a {
    color: var(--sl-color-primary-700);
  }
  .form-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--sl-spacing-medium) var(--sl-spacing-large);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small);
    margin-block: var(--sl-spacing-large);
  }
  .muted {
    color: var(--sl-color-neutral-700);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
