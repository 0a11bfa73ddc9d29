import { css } from "lit";

export default css`
  .kind {
    font-size: 0.85em;
    font-weight: 600;
    color: var(--kausa-primary, #0b5394);
  }
  .status {
    margin-block-end: 0.5rem;
  }
  a:focus-visible {
    outline: 3px solid var(--kausa-focus, #d97706);
    outline-offset: 2px;
  }
`;
