import { css } from "lit";

/** The import page: the native file input in Shoelace's look, the template links, the progress bar. */
export const importStyles = css`
  .file-field {
    display: grid;
    gap: var(--sl-spacing-2x-small);
    /* A file input is as wide as its text; in a narrow window (200 % zoom) it must shrink. */
    min-width: 0;
  }
  .file-field label {
    font-size: var(--sl-input-label-font-size-medium);
  }
  input[type="file"] {
    min-width: 0;
    max-width: 100%;
    box-sizing: border-box;
    font: inherit;
    padding: var(--sl-spacing-x-small);
    border: 1px solid var(--sl-color-neutral-400);
    border-radius: var(--sl-border-radius-medium);
  }
  input[type="file"]:focus-visible {
    outline: var(--sl-focus-ring);
    outline-offset: var(--sl-focus-ring-offset);
  }
  .templates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-small) var(--sl-spacing-large);
  }
  .status {
    min-height: 1.5em;
  }
  /* An indeterminate bar in CSS alone: sl-progress-bar writes a style attribute on its first
     render, which the admin app's CSP (style-src 'self') blocks and reports. */
  .progress {
    position: relative;
    overflow: hidden;
    height: 0.5rem;
    margin-block: var(--sl-spacing-small);
    border-radius: var(--sl-border-radius-pill);
    background: var(--sl-color-neutral-200);
  }
  .progress::after {
    content: "";
    position: absolute;
    inset-block: 0;
    width: 40%;
    border-radius: inherit;
    background: var(--sl-color-primary-600);
    animation: progress 1.5s ease-in-out infinite;
  }
  @keyframes progress {
    from {
      left: -40%;
    }
    to {
      left: 100%;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .progress::after {
      animation: none;
      width: 100%;
      opacity: 0.5;
    }
  }
  .error {
    color: var(--sl-color-danger-700);
  }
`;
