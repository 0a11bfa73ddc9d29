import { css } from "lit";

export const appStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    font-family: var(--sl-font-sans);
    color: var(--sl-color-neutral-900);
  }
  .skip {
    position: absolute;
    inset-inline-start: -999px;
  }
  .skip:focus {
    inset-inline-start: var(--sl-spacing-small);
    top: var(--sl-spacing-small);
    background: var(--sl-color-neutral-0);
    padding: var(--sl-spacing-small);
    z-index: 10;
  }
  main {
    max-width: 80rem;
    margin: 0 auto;
    padding: var(--sl-spacing-large) var(--sl-spacing-medium) var(--sl-spacing-4x-large);
  }
  main:focus {
    outline: none;
  }
  .session-lost,
  kausa-error-alert {
    display: block;
    max-width: 80rem;
    margin: var(--sl-spacing-medium) auto 0;
    padding: 0 var(--sl-spacing-medium);
  }
`;

export const headerStyles = css`
  :host {
    display: block;
    background: var(--sl-color-primary-800);
    color: var(--sl-color-neutral-0);
  }
  header {
    max-width: 80rem;
    margin: 0 auto;
    padding: var(--sl-spacing-small) var(--sl-spacing-medium);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sl-spacing-small) var(--sl-spacing-medium);
  }
  .brand {
    font-weight: var(--sl-font-weight-bold);
    font-size: var(--sl-font-size-large);
    margin-inline-end: auto;
  }
  a {
    color: var(--sl-color-neutral-0);
  }
  a:focus-visible {
    outline: 2px solid var(--sl-color-neutral-0);
    outline-offset: 2px;
  }
  .language {
    width: 9rem;
  }
  .language::part(form-control-label) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sl-spacing-2x-small) var(--sl-spacing-medium);
    list-style: none;
    margin: var(--sl-spacing-small) 0 0;
    padding: 0;
  }
  nav a {
    display: inline-block;
    padding: var(--sl-spacing-2x-small) 0;
    text-decoration: none;
  }
  nav a[aria-current="page"] {
    text-decoration: underline;
    text-underline-offset: 0.3em;
    font-weight: var(--sl-font-weight-semibold);
  }
`;
