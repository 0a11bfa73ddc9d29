import { css } from "lit";

// Notes on the rules below (kept out of the CSS, which ships as written):
// - fieldset: items start at the top, not the bottom: an opened "Was bedeutet das?" makes its field
//   tall, and the selects beside it stay where they are; the checkbox and the reset button keep
//   level with the selects (below a label's height) once there are two columns.
// - .badge.own-language, "Beratung auf Arabisch": what a visitor who reads little German looks for
//   first, in the primary colour; on paper (no backgrounds) in a frame.
// - details.explanation on paper: an opened explanation is printed as text, without its summary;
//   a closed one is left out.

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
  /* A fieldset is as wide as its widest select by default (min-inline-size: min-content), and a
     grid cell as wide as its content: both let long option texts push controls over each other. */
  fieldset {
    border: 1px solid var(--kausa-border-color, #6b7280);
    border-radius: var(--kausa-radius, 0.375rem);
    padding: 0.75rem;
    margin: 0;
    min-inline-size: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fit, minmax(min(12rem, 100%), 1fr));
    align-items: start;
  }
  @container (min-width: 27rem) {
    fieldset > label.check,
    fieldset > button {
      margin-block-start: calc(1.5em + 0.25rem);
    }
  }
  fieldset > * {
    min-width: 0;
  }
  fieldset select {
    width: 100%;
    min-width: 0;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: end;
  }
  .field-label {
    font-size: 0.95em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-width: 100%;
    padding: 0.125rem 0.25rem 0.125rem 0.5rem;
    border: 1px solid var(--kausa-border-color, #6b7280);
    border-radius: 999px;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .chip.locked {
    padding-inline: 0.5rem;
    background: var(--kausa-locked-surface, #f3f4f6);
  }
  .chip .icon {
    flex: none;
  }
  button.chip-remove {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0;
    border-radius: 999px;
    line-height: 1;
  }
  button.own-language {
    justify-self: start;
    min-height: 2rem;
    padding-block: 0.2rem;
    font-size: 0.9em;
  }
  details.explanation {
    font-size: 0.9em;
  }
  details.explanation > summary {
    inline-size: fit-content;
    min-height: 2rem;
    padding-block: 0.25rem;
    cursor: pointer;
    color: var(--kausa-primary, #0b5394);
    text-decoration: underline;
  }
  details.explanation > summary:focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
    outline-offset: 2px;
  }
  .fixed-note {
    font-size: 0.85em;
    color: var(--kausa-muted, #4b5563);
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
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
  .print-summary {
    display: none;
  }
  /* Paper: what was searched in words, the links written out, no controls, the list page-wide. */
  @media print {
    kausa-place-search,
    fieldset,
    details.filters,
    .tabs,
    .tools,
    .panel-switch,
    kausa-map,
    kausa-report-outdated,
    .more,
    .route {
      display: none !important;
    }
    .print-summary {
      display: block;
    }
    .print-summary figure {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin: 0.5rem 0;
    }
    .print-summary svg.qr {
      flex: none;
      width: 3cm;
      height: 3cm;
    }
    .url,
    a[href^="http"]::after {
      overflow-wrap: anywhere;
    }
    .links a[href^="http"]::after {
      content: ": " attr(href);
    }
    .layout,
    .layout.both {
      display: block;
    }
    h3 button {
      color: #000;
      text-decoration: none;
    }
    article {
      break-inside: avoid;
      border-color: #000;
    }
    a {
      color: #000;
    }
    details.explanation:not([open]),
    details.explanation > summary {
      display: none;
    }
    .badge.own-language {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
