import { css } from "lit";
import { pageStyles } from "../../styles/page.styles.ts";

/** The edit page on top of the shared page look: sections, the record's facts, field messages. */
export const editStyles = [
  pageStyles,
  css`
    .back {
      display: inline-block;
      margin-block-end: var(--sl-spacing-small);
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-x-small) var(--sl-spacing-large);
      align-items: center;
      margin: 0 0 var(--sl-spacing-medium);
      padding: 0;
      list-style: none;
    }
    .pending {
      margin-block: var(--sl-spacing-medium);
    }
    .pending ul {
      margin: var(--sl-spacing-x-small) 0 0;
    }
    kausa-status-actions,
    .pending,
    form {
      margin-block-end: var(--sl-spacing-large);
    }
    fieldset.section {
      border: 1px solid var(--sl-color-neutral-300);
      border-radius: var(--sl-border-radius-medium);
      padding: var(--sl-spacing-medium) var(--sl-spacing-large) var(--sl-spacing-large);
      margin: 0 0 var(--sl-spacing-large);
      min-width: 0;
    }
    fieldset.section > legend {
      font-size: var(--sl-font-size-large);
      font-weight: var(--sl-font-weight-semibold);
      padding-inline: var(--sl-spacing-x-small);
    }
    fieldset.section > * + * {
      margin-block-start: var(--sl-spacing-medium);
    }
    [slot="help-text"] > span {
      display: block;
    }
    .problem {
      color: var(--sl-color-danger-700);
      font-weight: var(--sl-font-weight-semibold);
    }
    .district,
    .fixed-partner {
      margin: 0;
      font-weight: var(--sl-font-weight-semibold);
    }
    .summary ul {
      margin: var(--sl-spacing-x-small) 0 0;
      padding-inline-start: var(--sl-spacing-large);
    }
    .summary button {
      font: inherit;
      color: inherit;
      text-decoration: underline;
      background: none;
      border: none;
      padding: 0;
      cursor: pointer;
    }
    .save-bar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sl-spacing-medium);
      align-items: end;
    }
    .save-bar sl-input {
      flex: 1 1 20rem;
    }
    :focus-visible {
      outline: var(--sl-focus-ring);
      outline-offset: var(--sl-focus-ring-offset);
    }
  `,
];
