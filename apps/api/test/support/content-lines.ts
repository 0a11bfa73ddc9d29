/**
 * A strict reader of vCard / iCalendar text for tests: it refuses what a picky phone or calendar
 * app would (bare LF or CR, physical lines over 75 octets, a cut inside a UTF-8 character, broken
 * escapes, unbalanced BEGIN/END) and returns the unescaped values, so tests compare real values.
 */

export interface Property {
  name: string;
  params: Record<string, string>;
  /** The raw value, as written (still escaped). */
  raw: string;
}

export interface Component {
  name: string;
  properties: Property[];
  children: Component[];
}

const encoder = new TextEncoder();

/** Checks the physical lines and unfolds them into content lines. */
export function contentLinesOf(text: string): string[] {
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) throw new Error("line breaks must be CRLF");
  if (!text.endsWith("\r\n")) throw new Error("the last line must end with CRLF");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    const octets = encoder.encode(line).length;
    if (octets > 75) throw new Error(`a physical line has ${octets} octets (at most 75): ${line}`);
    if (line.includes("\uFFFD")) throw new Error(`a line holds a broken character: ${line}`);
  }
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (!lines.length) throw new Error("a continuation line cannot come first");
      lines[lines.length - 1] += line.slice(1);
    } else {
      if (line === "") throw new Error("empty line");
      lines.push(line);
    }
  }
  return lines;
}

/** NAME;PARAM=value;PARAM="quoted":value */
export function parseLine(line: string): Property {
  const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*(?:,[^";:,]*)*))*):(.*)$/.exec(line);
  if (!match) throw new Error(`not a content line: ${line}`);
  const params: Record<string, string> = {};
  for (const p of match[2]!.matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:]*)/g)) {
    params[p[1]!.toUpperCase()] = p[2]!.replace(/^"|"$/g, "");
  }
  return { name: match[1]!.toUpperCase(), params, raw: match[3]! };
}

/** Parses the whole text into its components (VCARD, VCALENDAR > VEVENT …). */
export function parseComponents(text: string): Component[] {
  const roots: Component[] = [];
  const stack: Component[] = [];
  for (const line of contentLinesOf(text)) {
    const property = parseLine(line);
    if (property.name === "BEGIN") {
      const component = { name: property.raw, properties: [], children: [] };
      (stack.at(-1)?.children ?? roots).push(component);
      stack.push(component);
    } else if (property.name === "END") {
      const open = stack.pop();
      if (open?.name !== property.raw) throw new Error(`END:${property.raw} closes ${open?.name}`);
    } else {
      const open = stack.at(-1);
      if (!open) throw new Error(`property outside a component: ${line}`);
      open.properties.push(property);
    }
  }
  if (stack.length) throw new Error(`unclosed ${stack.map((c) => c.name).join(", ")}`);
  return roots;
}

/**
 * Splits on an unescaped separator and unescapes each part: `\\` `\;` `\,` `\n`/`\N`; any other
 * backslash, or an unescaped `,` or `;` left inside a TEXT part, is an error.
 */
export function splitText(raw: string, separator: ";" | "," | null): string[] {
  const parts: string[] = [""];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === "\\") {
      const next = raw[++i];
      if (next === "n" || next === "N") parts[parts.length - 1] += "\n";
      else if (next === "\\" || next === ";" || next === ",") parts[parts.length - 1] += next;
      else throw new Error(`invalid escape \\${next} in ${raw}`);
    } else if (c === separator) parts.push("");
    else if (c === ";" || c === ",") throw new Error(`unescaped "${c}" in text ${raw}`);
    else parts[parts.length - 1] += c;
  }
  return parts;
}

/** One TEXT value, unescaped. */
export const textValue = (raw: string) => splitText(raw, null)[0]!;

export function properties(component: Component, name: string): Property[] {
  return component.properties.filter((p) => p.name === name);
}

/** The single property `name`; fails when it is missing or repeated. */
export function property(component: Component, name: string): Property {
  const found = properties(component, name);
  if (found.length !== 1) throw new Error(`${component.name} has ${found.length} ${name} properties`);
  return found[0]!;
}
