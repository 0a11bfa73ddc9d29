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
    /* The full card of a contact point beyond the list's pages may be taller than the map. */
    max-height: 14rem;
    overflow-y: auto;
  }
  .popup p {
    margin: 0.25rem 0;
  }
  .popup a {
    color: var(--kausa-primary, #0b5394);
  }
  .popup .muted {
    color: var(--kausa-muted, #4b5563);
  }
  .popup .links {
    list-style: none;
    margin: 0.25rem 0;
    padding: 0;
  }
  /* The "sample data" mark, as on the list's cards (base.styles.ts). */
  .badge {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    font-size: 0.8em;
    background: #fef3c7;
    color: #78350f;
  }
  /* Where the search starts: a dark teardrop, unlike the round contact markers. */
  .origin-pin {
    width: 24px;
    height: 32px;
    pointer-events: none;
  }
  .origin-pin-body {
    fill: var(--kausa-text, #1f2933);
    stroke: #fff;
    stroke-width: 1.5;
  }
  .origin-pin-dot {
    fill: #fff;
  }
  .origin-pin.device .origin-pin-dot {
    fill: var(--kausa-primary, #0b5394);
  }
  /* Reads --kausa-primary for the markers (map-theme.ts): the transition makes a change observable. */
  .theme-probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
    color: var(--kausa-primary, #0b5394);
    transition: color 1ms;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--kausa-muted, #4b5563);
  }
`;
