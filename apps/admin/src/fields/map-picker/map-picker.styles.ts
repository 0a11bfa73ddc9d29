import { css } from "lit";

export const mapPickerStyles = css`
  :host {
    container-type: inline-size;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--sl-spacing-small) var(--sl-spacing-medium);
  }
  kausa-admin-place-search {
    flex: 1 1 18rem;
    min-width: 0;
  }
  /* In line with the search input below its label. */
  .search sl-button {
    margin-block-start: calc(var(--sl-input-label-font-size-medium) * 1.5 + var(--sl-spacing-3x-small));
  }
  .address-status:empty {
    margin: 0;
  }
  .layout {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--sl-spacing-medium);
    margin-block-start: var(--sl-spacing-small);
  }
  @container (min-width: 44rem) {
    .layout {
      grid-template-columns: 1fr minmax(12rem, 16rem);
    }
  }
  .map {
    position: relative;
    min-block-size: 20rem;
    block-size: 24rem;
    border: 1px solid var(--sl-color-neutral-500);
    border-radius: var(--sl-border-radius-medium);
    overflow: hidden;
  }
  .side {
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-small);
  }
  .coordinate {
    display: flex;
    flex-direction: column;
    gap: var(--sl-spacing-3x-small);
  }
  .coordinate input {
    inline-size: 100%;
  }
  .side p {
    margin: 0;
  }
  .district {
    font-weight: var(--sl-font-weight-semibold);
  }
  /* MapLibre's marker and canvas are focusable: the ring must show on the map too. */
  .maplibregl-marker:focus-visible {
    outline: 3px solid var(--sl-color-primary-700);
    outline-offset: 2px;
  }
  .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--sl-color-primary-700);
    outline-offset: -3px;
  }
`;
