/**
 * Colours for the iframe variant. A host page cannot style a finder inside a cross-origin iframe,
 * and /embed allows no inline styles, so `/embed?primary=%231b5e20…` links a stylesheet
 * `/embed/theme.css?primary=%231b5e20…` that sets the finder's documented custom properties
 * (`--kausa-NAME`; defaults as in finder.component.ts, a test compares).
 */
export const THEME_COLOURS = [
  { name: "primary", label: "Hauptfarbe (Links, Schaltflächen, Markierungen)", default: "#0b5394" },
  { name: "on-primary", label: "Schrift auf der Hauptfarbe", default: "#ffffff" },
  { name: "text", label: "Text", default: "#1f2933" },
  { name: "muted", label: "Nebentext", default: "#4b5563" },
  { name: "surface", label: "Hintergrund von Karten und Feldern", default: "#ffffff" },
  { name: "border-color", label: "Rahmen", default: "#6b7280" },
  { name: "focus", label: "Fokusrahmen", default: "#d97706" },
  { name: "selected", label: "Gewählter Treffer", default: "#b45309" },
] as const;

// Only plain hex colours: nothing else can end up in the stylesheet.
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The valid theme parameters (`--kausa-NAME: #rrggbb`) of a query, in a fixed order. */
export function themeParams(params: URLSearchParams): URLSearchParams {
  const theme = new URLSearchParams();
  for (const { name } of THEME_COLOURS) {
    const value = params.get(name);
    if (value && HEX_COLOUR.test(value)) theme.set(name, value.toLowerCase());
  }
  return theme;
}

/** The stylesheet behind GET /embed/theme.css?…. */
export function themeCss(params: URLSearchParams): string {
  const lines = [...themeParams(params)].map(([name, value]) => `  --kausa-${name}: ${value};`);
  return `kausa-finder {\n${lines.join("\n")}\n}\n`;
}
