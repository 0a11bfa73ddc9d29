import { css } from "lit";

export const placeSearchStyles = css`
  :host {
    position: relative;
  }
  label {
    display: block;
    margin-block-end: var(--sl-spacing-3x-small);
  }
  input {
    inline-size: 100%;
  }
  ul {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: var(--sl-spacing-3x-small) 0 0;
    padding: var(--sl-spacing-3x-small) 0;
    list-style: none;
    max-block-size: 16rem;
    overflow-y: auto;
    background: var(--sl-panel-background-color);
    border: 1px solid var(--sl-color-neutral-500);
    border-radius: var(--sl-border-radius-medium);
    box-shadow: var(--sl-shadow-large);
  }
  ul[hidden] {
    display: none;
  }
  li {
    padding: var(--sl-spacing-x-small) var(--sl-spacing-small);
    cursor: pointer;
  }
  li:hover {
    background: var(--sl-color-neutral-100);
  }
  li[aria-selected="true"] {
    background: var(--sl-color-primary-700);
    color: var(--sl-color-neutral-0);
  }
  .status:empty {
    margin: 0;
  }
`;
