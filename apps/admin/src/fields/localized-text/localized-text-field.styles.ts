import { css } from "lit";

export const localizedTextStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    gap: var(--sl-spacing-medium) var(--sl-spacing-large);
  }
  /* Wide forms: German beside the grid of translations, so both can be compared. */
  @container (min-width: 56rem) {
    .layout {
      grid-template-columns: minmax(16rem, 1fr) 2fr;
      align-items: start;
    }
  }
  .translations-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--sl-spacing-x-small);
    margin: 0 0 var(--sl-spacing-x-small);
  }
  .translations-head .label {
    margin: 0;
  }
  .count {
    font-size: var(--sl-font-size-small);
    color: var(--sl-color-neutral-700);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: var(--sl-spacing-small) var(--sl-spacing-medium);
  }
  .language {
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-3x-small);
    min-width: 0;
  }
  .language-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--sl-spacing-2x-small);
  }
  input,
  textarea {
    inline-size: 100%;
  }
  .required {
    margin-inline-start: var(--sl-spacing-3x-small);
    color: var(--sl-color-danger-700);
  }
  .missing {
    padding: 0 var(--sl-spacing-x-small);
    border: 1px solid var(--sl-color-warning-700);
    border-radius: var(--sl-border-radius-pill);
    background: var(--sl-color-warning-50);
    color: var(--sl-color-warning-900);
    font-size: var(--sl-font-size-x-small);
  }
`;
