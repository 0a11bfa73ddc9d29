/**
 * The line format vCard (RFC 2425/2426/6350) and iCalendar (RFC 5545) share: `NAME;PARAM=…:value`
 * content lines, text escaping, CRLF line ends and folding of long lines.
 */

const encoder = new TextEncoder();

/** Most octets in one physical line (RFC 5545 3.1, RFC 6350 3.2), the line break not counted. */
export const MAX_LINE_OCTETS = 75;

// Control characters (line breaks are turned into `\n` first), and the Unicode line and paragraph
// separators: none belongs in a contact or event, and some apps stop reading the file at them.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/**
 * A TEXT value: backslash, comma and semicolon escaped, every line break as `\n`. Commas are
 * escaped too, although some properties allow them bare: an unescaped comma in a vCard ADR or a
 * CATEGORIES value would split it into several values.
 */
export function escapeText(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\t/g, " ").replace(CONTROL, ""))
    .join("\n")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** A URI value is not TEXT (no comma escaping), but it must stay one line without controls. */
export function uriValue(url: string): string {
  return url.replace(CONTROL, "");
}

/** A structured value (vCard N, ADR, ORG): components joined by `;`, each one escaped. */
export function structured(components: readonly (string | null | undefined)[]): string {
  return components.map((c) => escapeText(c?.trim() ?? "")).join(";");
}

/**
 * A parameter value (`CN=…`): double quotes cannot be escaped in a parameter (RFC 5545 3.2), so
 * they become single quotes; the value is quoted when it holds `:`, `;` or `,`.
 */
export function paramValue(value: string): string {
  const clean = value
    .replace(CONTROL, "")
    .replace(/[\r\n]+/g, " ")
    .replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds one content line into physical lines of at most 75 octets (UTF-8), each continuation
 * starting with one space. Splits only between code points: a cut inside a multi-byte character
 * (umlauts, Arabic) would leave invalid UTF-8 in each half for readers that decode per line.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of the continuation counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Undoes folding (CRLF or LF followed by one space or tab), e.g. of a library's output. */
export function unfold(text: string): string {
  return text.replace(/\r?\n[ \t]/g, "");
}

/** Content lines as a file: each folded, each ended by CRLF (also the last one). */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
