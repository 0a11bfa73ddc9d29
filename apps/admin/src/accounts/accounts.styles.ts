import { css } from "lit";

/** Forms in the account pages and dialogs: red help text where the API refused the input. */
export const fieldStyles = css`
  .invalid::part(form-control-help-text) {
    color: var(--sl-color-danger-700);
  }
  form {
    display: grid;
    gap: var(--sl-spacing-medium);
  }
`;

/** An account's or token's state in a table cell: a word on a tinted ground (dark text, AA contrast). */
export const stateStyles = css`
  .state {
    display: inline-block;
    padding: 0 var(--sl-spacing-x-small);
    border-radius: var(--sl-border-radius-pill);
    border: 1px solid currentColor;
    font-size: var(--sl-font-size-small);
    white-space: nowrap;
  }
  .state--ok {
    color: var(--sl-color-success-800);
    background: var(--sl-color-success-50);
  }
  .state--warn {
    color: var(--sl-color-warning-800);
    background: var(--sl-color-warning-50);
  }
  .state--off {
    color: var(--sl-color-neutral-700);
    background: var(--sl-color-neutral-100);
  }
`;
