import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FILTER_FIELDS } from "../src/filter.ts";

// Without descriptions ("""…""" blocks and "…" lines), which may contain anything.
const schemaText = readFileSync(path.join(import.meta.dirname, "../../../schema.graphql"), "utf8")
  .replace(/"""[\s\S]*?"""/g, "")
  .replace(/^\s*"[^"\n]*"\s*$/gm, "");

/** The fields of an input type in the SDL: `name: Type` lines (descriptions are in quotes). */
function inputFields(name: string): Record<string, string> {
  const body = new RegExp(`^input ${name} \\{([^}]*)\\}`, "m").exec(schemaText)?.[1] ?? "";
  const fields: Record<string, string> = {};
  for (const line of body.split("\n")) {
    const field = /^\s*([a-zA-Z]\w*): (.+?)\s*$/.exec(line);
    if (field) fields[field[1]!] = field[2]!;
  }
  return fields;
}

/** The codec's kind for a GraphQL input type. */
function kindOf(type: string): string {
  if (/^\[\w+!\]$/.test(type)) return "list";
  if (type === "Boolean") return "flag";
  if (type === "String") return "text";
  if (type === "BBoxInput") return "bbox";
  return `unknown (${type})`;
}

describe("the filter codec and the schema", () => {
  it("has exactly the fields of the schema's ContactPointFilter input, each of the right kind", () => {
    const schema = inputFields("ContactPointFilter");
    expect(Object.keys(schema).length).toBeGreaterThan(5);
    const schemaKinds = Object.fromEntries(
      Object.entries(schema).map(([name, type]) => [name, kindOf(type)]),
    );
    expect(Object.fromEntries(Object.entries(FILTER_FIELDS).sort())).toEqual(
      Object.fromEntries(Object.entries(schemaKinds).sort()),
    );
  });

  it("reads the map's bbox in the schema's BBoxInput fields", () => {
    expect(Object.keys(inputFields("BBoxInput")).sort()).toEqual(["east", "north", "south", "west"]);
  });
});
