import { css } from "lit";

/** The look of formatted values (format-value.ts) in any host that shows them. */
export const valueStyles = css`
  .value-list {
    margin: 0;
    padding-inline-start: var(--sl-spacing-large);
  }
  .value-list > li + li {
    margin-block-start: var(--sl-spacing-3x-small);
  }
  .language {
    font-weight: var(--sl-font-weight-semibold);
  }
  .muted {
    color: var(--sl-color-neutral-700);
  }
`;
