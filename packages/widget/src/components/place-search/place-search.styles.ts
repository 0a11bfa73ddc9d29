import { css } from "lit";

export default css`
  :host {
    display: block;
    position: relative;
  }
  label {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  input {
    flex: 1 1 14rem;
    min-width: 0;
    font: inherit;
    padding: 0.55rem 0.7rem;
    border: 1px solid var(--kausa-border-color, #6b7280);
    border-radius: var(--kausa-radius, 0.375rem);
    background: var(--kausa-input-background, #fff);
    color: inherit;
  }
  button {
    font: inherit;
    padding: 0.55rem 0.9rem;
    border-radius: var(--kausa-radius, 0.375rem);
    border: 1px solid var(--kausa-primary, #0b5394);
    background: var(--kausa-surface, #fff);
    color: var(--kausa-primary, #0b5394);
    cursor: pointer;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
    outline-offset: 2px;
  }
  ul {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    background: var(--kausa-surface, #fff);
    border: 1px solid var(--kausa-border-color, #6b7280);
    border-radius: var(--kausa-radius, 0.375rem);
    max-height: 16rem;
    overflow-y: auto;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  li {
    padding: 0.5rem 0.7rem;
    cursor: pointer;
  }
  li[aria-selected="true"] {
    background: var(--kausa-primary, #0b5394);
    color: var(--kausa-on-primary, #fff);
  }
  .hint,
  .status {
    font-size: 0.875em;
    color: var(--kausa-muted, #4b5563);
    margin-block-start: 0.25rem;
  }
`;
