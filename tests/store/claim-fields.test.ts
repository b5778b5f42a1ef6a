import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimSchema } from "../../functions/schemas/records.js";

/**
 * The store's read path parses claims with `claimSchema`, which drops keys it does not list. A field
 * added to `Claim` and not to the schema is silently lost between ingest and the check of a later
 * article (session 17's `slot` was). This reads the interface's own source so a new field fails here.
 */
function claimFields(): string[] {
  const model = readFileSync(new URL("../../core/model.ts", import.meta.url), "utf8");
  const body = /export interface Claim \{([\s\S]*?)\n\}/.exec(model)?.[1] ?? "";
  return [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((match) => match[1] ?? "");
}

describe("claim record schema", () => {
  it("lists every field of the Claim interface", () => {
    const fields = claimFields();
    expect(fields.length).toBeGreaterThan(15);
    const listed = Object.keys(claimSchema.entries);
    expect(fields.filter((field) => !listed.includes(field))).toEqual([]);
  });

  it("lists no field the Claim interface does not have", () => {
    const fields = claimFields();
    expect(Object.keys(claimSchema.entries).filter((key) => !fields.includes(key))).toEqual([]);
  });
});
