import { css } from "lit";

export const languageSelectStyles = css`
  .summary {
    margin: 0 0 var(--sl-spacing-x-small);
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    gap: var(--sl-spacing-2x-small) var(--sl-spacing-medium);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .options label {
    display: flex;
    align-items: center;
    gap: var(--sl-spacing-x-small);
    min-height: 2rem;
    padding-inline: var(--sl-spacing-2x-small);
    border-radius: var(--sl-border-radius-medium);
    cursor: pointer;
  }
  .options label:hover {
    background: var(--sl-color-neutral-100);
  }
  .options input:focus-visible {
    outline: var(--sl-focus-ring);
    outline-offset: var(--sl-focus-ring-offset);
  }
`;
