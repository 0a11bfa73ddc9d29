/** The content lines of an iCalendar file (RFC 5545 3.1), unfolded. */
export const calendarLines = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");

/** The values of a property (parameters ignored), as text: `\,` `\;` `\n` `\\` unescaped. */
export const propertyValues = (lines: string[], name: string) =>
  lines
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) =>
      line
        .slice(line.indexOf(":") + 1)
        .replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === "n" ? "\n" : c)),
    );

/** An instant as iCalendar writes it in UTC: 2026-12-01T08:00:00.000Z → 20261201T080000Z. */
export const icsUtc = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
