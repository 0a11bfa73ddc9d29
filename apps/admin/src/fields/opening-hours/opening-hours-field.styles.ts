import { css } from "lit";

export const openingHoursStyles = css`
  :host {
    container-type: inline-size;
  }
  .hint {
    margin-block-end: var(--sl-spacing-small);
  }
  .days {
    border-block-start: 1px solid var(--sl-color-neutral-200);
  }
  .day {
    display: grid;
    grid-template-columns: minmax(6rem, 8rem) minmax(7rem, 9rem) 1fr;
    gap: var(--sl-spacing-x-small) var(--sl-spacing-medium);
    align-items: start;
    padding-block: var(--sl-spacing-x-small);
    border-block-end: 1px solid var(--sl-color-neutral-200);
  }
  .day-name {
    font-weight: var(--sl-font-weight-semibold);
    line-height: var(--sl-input-height-medium);
  }
  .open {
    display: inline-flex;
    align-items: center;
    gap: var(--sl-spacing-x-small);
    min-height: var(--sl-input-height-medium);
  }
  .periods {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--sl-spacing-x-small);
  }
  .closed {
    line-height: var(--sl-input-height-medium);
    color: var(--sl-color-neutral-700);
  }
  .period {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-x-small);
  }
  .time {
    display: inline-flex;
    align-items: center;
    gap: var(--sl-spacing-2x-small);
  }
  /* Wide enough for "09:00 AM" too: browsers format times by their own locale. */
  .time input {
    inline-size: 9rem;
  }
  .error {
    grid-column: 1 / -1;
  }
  .error:empty {
    margin: 0;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-small);
    margin-block-start: var(--sl-spacing-small);
  }
  .copy .hint {
    margin: 0;
  }
  /* Narrow forms (and 200 % zoom): the day and its checkbox above the periods. */
  @container (max-width: 34rem) {
    .day {
      grid-template-columns: 1fr 1fr;
    }
    .periods {
      grid-column: 1 / -1;
    }
  }
`;
