import { css } from "lit";

// Paper: what was searched in words (the summary hidden on screen, print-summary.template.ts), the
// links written out, no controls, the list page-wide.
// Last in the cascade, after finder.styles.ts and filters.styles.ts, whose rules it overrides.
// Notes on the rules below (kept out of the CSS, which ships as written):
// - details.explanation: an opened explanation is printed as text, without its summary; a closed
//   one is left out.

export default css`
  .print-summary {
    display: none;
  }
  @media print {
    kausa-place-search,
    fieldset,
    details.filters,
    .tabs,
    .tools,
    .panel-switch,
    kausa-map,
    kausa-report-outdated,
    .more,
    .route {
      display: none !important;
    }
    .print-summary {
      display: block;
    }
    .print-summary figure {
      display: flex;
      align-items: center;
      gap: 1rem;
      margin: 0.5rem 0;
    }
    .print-summary svg.qr {
      flex: none;
      width: 3cm;
      height: 3cm;
    }
    .url,
    a[href^="http"]::after {
      overflow-wrap: anywhere;
    }
    .links a[href^="http"]::after {
      content: ": " attr(href);
    }
    .layout,
    .layout.both {
      display: block;
    }
    h3 button {
      color: #000;
      text-decoration: none;
    }
    article {
      break-inside: avoid;
      border-color: #000;
    }
    a {
      color: #000;
    }
    details.explanation:not([open]),
    details.explanation > summary {
      display: none;
    }
    .badge.own-language {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
