/**
 * The one data-driven runner over tests/corpus/<area>/*.json (every area except "check", whose
 * entries need stored articles and run in the checker's own tests). Each file is a JSON array
 * of entries; each entry is one test named "<area>/<file> › <name>":
 *
 *   { "name": "...", "text": "...", "published"?: "YYYY-MM-DD",
 *     "claims": [ partial Claim, ... ],
 *     "exhaustive"?: true, "none"?: ["..."], "skip"?: "reason" }
 *
 * How an expected claim matches: an actual claim with the same `text` (and the same `start`
 * when given), whose every given field equals the actual one. Objects match partially and
 * recursively ({"subject": {"key": "refugee|syrian|turkey"}} ignores the subject's other
 * fields); arrays and scalars match exactly; null matches a field that is absent
 * ({"subject": null}: the claim has no subject, so it is never compared).
 *
 * The claim span convention: a claim's text is the number with its qualifier words and its
 * unit ("more than 300,000", "30-mile", "18.6-mile", "3.6 million", "70%", "Nov. 13",
 * "13 years"), never the counted noun; the noun phrase and its place go in subject.text
 * ("Syrian refugees residing in Turkey").
 *
 * "exhaustive": no claims besides the expected ones. "none": for every occurrence of each
 * string in the text, no claim overlaps it ("News Code 47296" forbids a claim on 47296 there);
 * choose strings that occur only where they are junk. "skip": a known gap, kept visible with
 * its reason.
 *
 * Each area speaks for the kinds of claim its finder makes: "exhaustive" and "none" look at
 * date and duration claims in dates/, quantity and percent claims in quantities/, and every
 * kind elsewhere (claims/). An entry may set "kinds": [...] to say otherwise. So a dates entry
 * "The strip is 18.6 miles deep" with none ["18.6"] says "18.6 is not a date" without
 * forbidding the length.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../core/index.js";
import type { Claim } from "../core/index.js";

interface CorpusEntry {
  name: string;
  text: string;
  published?: string;
  claims?: Array<Partial<Claim> & { text: string }>;
  exhaustive?: boolean;
  none?: string[];
  kinds?: Claim["kind"][];
  skip?: string;
}

const ROOT = fileURLToPath(new URL("./corpus", import.meta.url));
const NOT_HERE = new Set(["check"]);
const AREA_KINDS: Record<string, Claim["kind"][]> = { dates: ["date", "duration"], quantities: ["quantity", "percent"] };

function corpusFiles(): Array<{ area: string; file: string; entries: CorpusEntry[] }> {
  const files: Array<{ area: string; file: string; entries: CorpusEntry[] }> = [];
  for (const area of readdirSync(ROOT, { withFileTypes: true })) {
    if (!area.isDirectory() || NOT_HERE.has(area.name)) continue;
    for (const file of readdirSync(join(ROOT, area.name)).filter((f) => f.endsWith(".json")).sort()) {
      const entries = JSON.parse(readFileSync(join(ROOT, area.name, file), "utf8")) as unknown;
      if (!Array.isArray(entries)) throw new Error(`${area.name}/${file}: a corpus file is a JSON array of entries`);
      files.push({ area: area.name, file, entries: entries as CorpusEntry[] });
    }
  }
  return files;
}

/** Partial, recursive equality: the fields `expected` gives, and nothing else. */
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((value, i) => matches(actual[i], value));
  }
  return Object.is(actual, expected);
}

function describeClaims(claims: Claim[]): string {
  return claims.map((c) => `  ${JSON.stringify(c.text)}@${c.start} ${c.kind} ${JSON.stringify(c.value)} ${c.unit ?? ""} ${c.qualifier} ${c.modality} ${c.subject?.key ?? "-"} asOf=${c.asOf ?? "-"}`).join("\n");
}

function runEntry(entry: CorpusEntry, area: string, id: string): void {
  const all = extractClaims({ id, body: entry.text, published: entry.published });
  const kinds = entry.kinds ?? AREA_KINDS[area];
  const claims = kinds ? all.filter((c) => kinds.includes(c.kind)) : all;
  const listing = `claims found:\n${describeClaims(all)}`;
  const used = new Set<Claim>();
  for (const expected of entry.claims ?? []) {
    const candidates = all.filter((c) => c.text === expected.text && (expected.start === undefined || c.start === expected.start));
    const found = candidates.find((c) => !used.has(c) && matches(c, expected)) ?? candidates.find((c) => matches(c, expected));
    expect(found, `expected ${JSON.stringify(expected)}\n${listing}`).toBeDefined();
    if (found) used.add(found);
  }
  if (entry.exhaustive) {
    const extra = claims.filter((c) => !used.has(c));
    expect(extra.map((c) => c.text), `claims nobody expected\n${listing}`).toEqual([]);
  }
  for (const junk of entry.none ?? []) {
    for (let at = entry.text.indexOf(junk); at >= 0; at = entry.text.indexOf(junk, at + 1)) {
      const hit = claims.filter((c) => c.start < at + junk.length && at < c.end);
      expect(hit.map((c) => c.text), `no claim may sit on ${JSON.stringify(junk)} at ${at}\n${listing}`).toEqual([]);
    }
  }
}

for (const { area, file, entries } of corpusFiles()) {
  describe(`${area}/${file}`, () => {
    entries.forEach((entry, index) => {
      const title = entry.name || `entry ${index}`;
      if (entry.skip) it.skip(`${title} (skipped: ${entry.skip})`, () => {});
      else it(title, () => runEntry(entry, area, `corpus-${area}-${file}-${index}`));
    });
  });
}
