import { css } from "lit";

export const sessionStyles = css`
  :host {
    display: block;
    max-width: 28rem;
    margin: var(--sl-spacing-3x-large) auto;
  }
  form {
    display: grid;
    gap: var(--sl-spacing-medium);
  }
  h1 {
    margin-top: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
`;
