import { css } from "lit";

export default css`
  :host {
    display: block;
    position: relative;
    min-height: 18rem;
    height: var(--kausa-map-height, 26rem);
    border-radius: var(--kausa-radius, 0.375rem);
    overflow: hidden;
    border: 1px solid var(--kausa-border-color, #6b7280);
  }
  .map {
    position: absolute;
    inset: 0;
  }
  .consent {
    position: absolute;
    inset-block-start: 0.5rem;
    inset-inline-start: 0.5rem;
    z-index: 2;
    font: inherit;
    font-size: 0.85em;
    padding: 0.35rem 0.6rem;
    border-radius: var(--kausa-radius, 0.375rem);
    border: 1px solid var(--kausa-primary, #0b5394);
    background: var(--kausa-surface, #fff);
    color: var(--kausa-primary, #0b5394);
    cursor: pointer;
  }
  .consent:focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
  }
  .popup {
    font: inherit;
    font-family: var(--kausa-font, inherit);
    color: var(--kausa-text, #1f2933);
  }
  .popup p {
    margin: 0.25rem 0;
  }
  .popup a {
    color: var(--kausa-primary, #0b5394);
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--kausa-muted, #4b5563);
  }
`;
