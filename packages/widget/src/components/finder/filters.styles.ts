import { css } from "lit";

// The filter form: the fieldset's grid, the chips of chosen and locked values, the own-language
// shortcut and the "Was bedeutet das?" explanations. After finder.styles.ts in the cascade.
// Notes on the rules below (kept out of the CSS, which ships as written):
// - fieldset: a fieldset is as wide as its widest select by default (min-inline-size: min-content),
//   and a grid cell as wide as its content: both let long option texts push controls over each
//   other, hence the zero minimum widths. Items start at the top, not the bottom: an opened "Was
//   bedeutet das?" makes its field tall, and the selects beside it stay where they are; the
//   checkbox and the reset button keep level with the selects (below a label's height) once there
//   are two columns.

export default css`
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
`;
