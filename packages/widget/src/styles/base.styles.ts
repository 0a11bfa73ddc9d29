import { css } from "lit";

/** What the finder and <kausa-offers> share: the host's typography and the result cards. */
export default css`
  :host {
    display: block;
    font-family: var(--kausa-font, inherit);
    color: var(--kausa-text, #1f2933);
    line-height: 1.5;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  article {
    border: 1px solid var(--kausa-border-color, #6b7280);
    border-radius: var(--kausa-radius, 0.375rem);
    padding: 0.75rem 1rem;
    background: var(--kausa-surface, #fff);
  }
  h3 {
    margin: 0;
    font-size: 1.05em;
  }
  p {
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--kausa-muted, #4b5563);
  }
  .badge {
    display: inline-block;
    font-size: 0.8em;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: #fef3c7;
    color: #78350f;
  }
  a {
    color: var(--kausa-primary, #0b5394);
  }
`;
