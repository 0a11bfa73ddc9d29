import { css } from "lit";

/**
 * What every field shares: a borderless fieldset whose legend looks like Shoelace's labels, native
 * inputs in Shoelace's look (with borders dark enough for 3:1 non-text contrast), the server's
 * messages in the danger colour, and a visible focus ring.
 */
export const fieldStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .label {
    padding: 0;
    margin-block-end: var(--sl-spacing-2x-small);
    font-size: var(--sl-input-label-font-size-medium);
    font-weight: var(--sl-font-weight-semibold);
    color: var(--sl-input-label-color);
  }
  label {
    font-size: var(--sl-input-label-font-size-medium);
    color: var(--sl-input-label-color);
  }
  input[type="text"],
  input[type="time"],
  input[type="number"],
  input[type="search"],
  textarea {
    box-sizing: border-box;
    font: inherit;
    font-size: var(--sl-input-font-size-medium);
    min-height: var(--sl-input-height-medium);
    padding: 0 var(--sl-input-spacing-medium);
    border: solid var(--sl-input-border-width) var(--sl-color-neutral-500);
    border-radius: var(--sl-input-border-radius-medium);
    background: var(--sl-input-background-color);
    color: var(--sl-input-color);
  }
  textarea {
    padding-block: var(--sl-input-spacing-small);
    resize: vertical;
    line-height: var(--sl-line-height-normal);
  }
  input[type="checkbox"] {
    inline-size: 1.15rem;
    block-size: 1.15rem;
    margin: 0;
    accent-color: var(--sl-color-primary-600);
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--sl-focus-ring);
    outline-offset: var(--sl-focus-ring-offset);
  }
  [aria-invalid="true"] {
    border-color: var(--sl-color-danger-600);
    box-shadow: inset 0 0 0 1px var(--sl-color-danger-600);
  }
  .problems ul {
    margin: 0 0 var(--sl-spacing-small);
    padding: var(--sl-spacing-2x-small) var(--sl-spacing-small);
    list-style: none;
    border-inline-start: 3px solid var(--sl-color-danger-600);
    background: var(--sl-color-danger-50);
    color: var(--sl-color-danger-800);
    font-size: var(--sl-font-size-small);
  }
  .error {
    margin: var(--sl-spacing-3x-small) 0 0;
    color: var(--sl-color-danger-700);
    font-size: var(--sl-font-size-small);
  }
  .error:empty {
    display: none;
  }
  .hint {
    margin: var(--sl-spacing-3x-small) 0 0;
    color: var(--sl-color-neutral-700);
    font-size: var(--sl-font-size-small);
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
