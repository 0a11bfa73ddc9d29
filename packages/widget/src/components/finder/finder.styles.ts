import { css } from "lit";

// The finder's layout, controls and result list. The filter form has its own sheet
// (filters.styles.ts), and so has paper (print.styles.ts); finder.component.ts lists them after
// this one, in that order.
// Notes on the rules below (kept out of the CSS, which ships as written):
// - .badge.own-language, "Beratung auf Arabisch": what a visitor who reads little German looks for
//   first, in the primary colour; on paper (no backgrounds) in a frame (print.styles.ts).

export default css`
  :host {
    container-type: inline-size;
  }
  * {
    box-sizing: border-box;
  }
  .finder {
    display: grid;
    gap: 1rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .tools {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-size: 0.95em;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  select,
  button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border-radius: var(--kausa-radius, 0.375rem);
    border: 1px solid var(--kausa-border-color, #6b7280);
    background: var(--kausa-surface, #fff);
    color: inherit;
  }
  input[type="checkbox"] {
    width: 1.25rem;
    height: 1.25rem;
  }
  button {
    cursor: pointer;
    border-color: var(--kausa-primary, #0b5394);
    color: var(--kausa-primary, #0b5394);
  }
  button.primary {
    background: var(--kausa-primary, #0b5394);
    color: var(--kausa-on-primary, #fff);
  }
  :is(select, button, a, input):focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
    outline-offset: 2px;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    border-block-end: 2px solid var(--kausa-border-color, #6b7280);
  }
  .tabs button {
    border: none;
    border-radius: var(--kausa-radius, 0.375rem) var(--kausa-radius, 0.375rem) 0 0;
  }
  .tabs button[aria-selected="true"] {
    background: var(--kausa-primary, #0b5394);
    color: var(--kausa-on-primary, #fff);
  }
  details.filters > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.5rem 0;
  }
  details.filters > summary:focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
  }
  .panel-switch {
    display: flex;
    gap: 0.25rem;
  }
  .panel-switch button[aria-pressed="true"] {
    background: var(--kausa-primary, #0b5394);
    color: var(--kausa-on-primary, #fff);
  }
  .status {
    font-weight: 600;
  }
  .layout {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 52rem) {
    .layout.both {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      align-items: start;
    }
    .layout.both kausa-map {
      position: sticky;
      top: 0.5rem;
    }
  }
  .badge {
    margin-inline-start: 0.25rem;
  }
  .badge.own-language {
    margin-inline-start: 0;
    padding: 0.1rem 0.6rem;
    font-size: 0.9em;
    font-weight: 600;
    background: var(--kausa-primary, #0b5394);
    color: var(--kausa-on-primary, #fff);
  }
  li.selected article {
    border-color: var(--kausa-selected, #b45309);
    box-shadow: 0 0 0 2px var(--kausa-selected, #b45309);
  }
  h3 button {
    all: unset;
    cursor: pointer;
    color: var(--kausa-primary, #0b5394);
    text-decoration: underline;
  }
  h3 button:focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    padding: 0;
    margin: 0.5rem 0 0;
    list-style: none;
  }
  footer {
    font-size: 0.8em;
    color: var(--kausa-muted, #4b5563);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
