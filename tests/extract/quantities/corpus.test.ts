/**
 * The quantities corpus (tests/corpus/quantities) run through findQuantities alone, so a
 * failure here points at the quantity extractor rather than at dates, subjects or modality.
 * tests/corpus.test.ts runs the same entries through the whole extractClaims pipeline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../core/extract/quantities.js";
import type { Mention } from "../../../core/extract/mention.js";

interface Entry {
  name: string;
  text: string;
  claims?: Array<Record<string, unknown> & { text: string }>;
  none?: string[];
  exhaustive?: boolean;
  skip?: string;
}

const DIR = fileURLToPath(new URL("../../corpus/quantities", import.meta.url));
/** Claim fields a Mention carries too; subject, modality and asOf are other steps' business. */
const MENTION_FIELDS = new Set(["kind", "value", "unit", "dimension", "qualifier", "qualifierText", "low", "high", "step", "vague", "change"]);

function problems(entry: Entry, found: Mention[]): string[] {
  const out: string[] = [];
  const spans = found.map((m) => ({ m, text: entry.text.slice(m.start, m.end) }));
  for (const expected of entry.claims ?? []) {
    const hit = spans.find((s) => s.text === expected.text);
    if (!hit) {
      out.push(`missing ${JSON.stringify(expected.text)}`);
      continue;
    }
    for (const [key, want] of Object.entries(expected)) {
      if (!MENTION_FIELDS.has(key)) continue;
      const got = (hit.m as unknown as Record<string, unknown>)[key];
      // null: the field is absent, as in tests/corpus.test.ts.
      if (want === null) {
        if (got !== undefined && got !== null) out.push(`${expected.text}: ${key} is ${JSON.stringify(got)}, expected none`);
        continue;
      }
      if (key === "change" && want && typeof want === "object") {
        // Partial: role and direction here; pairedWith is a claim id, checked in tests/corpus.test.ts.
        for (const [field, value] of Object.entries(want)) {
          const actual = (got as Record<string, unknown> | undefined)?.[field];
          if (field !== "pairedWith" && !Object.is(actual, value)) out.push(`${expected.text}: change.${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
        }
        continue;
      }
      if (!Object.is(got, want)) out.push(`${expected.text}: ${key} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  for (const junk of entry.none ?? []) {
    for (let at = entry.text.indexOf(junk); at >= 0; at = entry.text.indexOf(junk, at + 1)) {
      const overlapping = spans.filter((s) => s.m.start < at + junk.length && s.m.end > at);
      for (const s of overlapping) out.push(`${JSON.stringify(s.text)} overlaps junk ${JSON.stringify(junk)}`);
    }
  }
  if (entry.exhaustive || entry.claims?.length === 0) {
    const expected = new Set((entry.claims ?? []).map((c) => c.text));
    for (const s of spans) if (!expected.has(s.text)) out.push(`unexpected ${JSON.stringify(s.text)}`);
  }
  return out;
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json")).sort()) {
  const entries = JSON.parse(readFileSync(join(DIR, file), "utf8")) as Entry[];
  describe(`quantities corpus ${file}`, () => {
    for (const entry of entries) {
      // Skips in the shared corpus are about the full pipeline; this runner sees quantities only.
      it(entry.name, () => {
        const found = findQuantities(entry.text);
        for (const m of found) expect(entry.text.slice(m.start, m.end).length).toBe(m.end - m.start);
        expect(problems(entry, found)).toEqual([]);
      });
    }
  });
}
