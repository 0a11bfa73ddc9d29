import { css } from "lit";

export default css`
  :host {
    display: block;
    margin-block: 0.25rem 0.5rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid var(--kausa-primary, #0b5394);
  }
  dl,
  p {
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  dd:last-child {
    margin-block-end: 0;
  }
  @media print {
    :host {
      border: 0;
      padding: 0;
    }
  }
`;
