import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";
import { findDurations } from "../../../core/extract/durations.js";
import type { Mention } from "../../../core/extract/mention.js";

/**
 * Runs tests/corpus/dates/*.json through the date and duration steps directly (the full
 * pipeline runner, tests/corpus.test.ts, runs the same files through extractClaims).
 * Stricter than a subset check: for the kinds these steps own, the mentions found must be
 * exactly the claims listed, so an extra date is a failure too.
 */
interface Entry {
  name: string;
  text: string;
  published?: string;
  claims: Array<Record<string, unknown> & { text: string; kind: string }>;
  none?: string[];
  skip?: string;
}

const dir = path.resolve(import.meta.dirname, "../../corpus/dates");
const files = readdirSync(dir).filter((file) => file.endsWith(".json"));

function asClaim(text: string, mention: Mention): Record<string, unknown> {
  return { ...mention, text: text.slice(mention.start, mention.end) };
}

/** The listed fields only: a corpus entry says what matters about a claim, not every field. */
function pick(claim: Record<string, unknown>, like: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(like).map((key) => [key, claim[key]]));
}

describe.each(files)("corpus %s", (file) => {
  const entries = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Entry[];
  it.each(entries.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => {
    if (entry.skip) return;
    const found = [...findDates(entry.text, entry.published), ...findDurations(entry.text)]
      .sort((a, b) => a.start - b.start)
      .map((mention) => asClaim(entry.text, mention));
    const expected = entry.claims.filter((claim) => claim.kind === "date" || claim.kind === "duration");
    expect(found.map((claim, i) => pick(claim, expected[i] ?? { text: "", kind: "" }))).toEqual(expected);
    for (const words of entry.none ?? []) {
      expect(found.filter((claim) => String(claim.text).includes(words)), words).toEqual([]);
    }
  });
});
