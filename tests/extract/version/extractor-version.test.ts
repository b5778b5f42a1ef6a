/**
 * EXTRACTOR_VERSION tells the batch re-check which stored articles to read again, so it must
 * change whenever extraction output changes. This test fingerprints what `extractClaims` makes of
 * a fixed, broad set of texts that no one edits while working on extraction (the five seed
 * articles and the peer suites' inputs in ../shared, and prose.json: the check corpus's 759 real
 * news bodies as they stood at version 12, frozen) and fails when the fingerprint is not the one
 * recorded for the current version. The peer inputs are short phrases: in session 12 the readers of
 * conversions and of what a figure is about changed 16 and 42 claims of real stories and none of
 * theirs, so the frozen stories are what catches a change in prose. A change the frozen texts do
 * not show (session 29: an adverb between an event's noun and its verb) adds sentences that show
 * it to probes.json with its version bump (append only, like the table).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, extractClaims } from "../../../core/index.js";
import { readFrontMatter } from "../../../core/article/index.js";
import recorded from "./fingerprints.json" with { type: "json" };
import prose from "./prose.json" with { type: "json" };
import probes from "./probes.json" with { type: "json" };

const SHARED = join(import.meta.dirname, "..", "..", "..", "..", "shared");

function articles(): { id: string; body: string; published?: string }[] {
  const dir = join(SHARED, "articles");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((file) => {
    const { body } = readFrontMatter(readFileSync(join(dir, file), "utf8"));
    return { id: file, body, published: "2024-08-06" };
  });
}

/** Every "Input" of the Recognizers-Text specs and every "req" of quantulum3's. */
function peerInputs(): string[] {
  const inputs: string[] = [];
  const rt = join(SHARED, "conformance", "recognizers-text");
  for (const model of ["Number", "NumberWithUnit", "DateTime"]) {
    const dir = join(rt, model, "English");
    for (const file of readdirSync(dir).sort()) {
      for (const spec of JSON.parse(readFileSync(join(dir, file), "utf8").replace(/^\ufeff/, "")) as { Input?: string }[]) {
        if (typeof spec.Input === "string") inputs.push(spec.Input);
      }
    }
  }
  const q3 = JSON.parse(readFileSync(join(SHARED, "conformance", "quantulum3", "quantities.json"), "utf8")) as { req: string }[];
  return [...inputs, ...q3.map((c) => c.req)];
}

function fingerprint(): string {
  const hash = createHash("sha256");
  for (const article of articles()) hash.update(JSON.stringify(extractClaims(article)));
  peerInputs().forEach((body, i) => hash.update(JSON.stringify(extractClaims({ id: `p${i}`, body, published: "2024-08-06" }))));
  (prose as { published?: string; body: string }[]).forEach((story, i) => hash.update(JSON.stringify(extractClaims({ id: `s${i}`, ...story }))));
  probes.forEach(({ published, body }, i) => hash.update(JSON.stringify(extractClaims({ id: `q${i}`, body, published }))));
  return hash.digest("hex").slice(0, 16);
}

describe("EXTRACTOR_VERSION", () => {
  it("changes whenever extraction output changes", () => {
    const table = recorded as Record<string, string>;
    const now = fingerprint();
    const advice = `extraction output has fingerprint ${now}. If you changed extraction, bump EXTRACTOR_VERSION in ` +
      `core/extract/index.ts and add "<the new version>": "${now}" to tests/extract/version/fingerprints.json ` +
      "(append only: never edit a recorded version)";
    expect(table[String(EXTRACTOR_VERSION)], advice).toBe(now);
  }, 120_000);

  it("records each version once, each with its own output", () => {
    const table = recorded as Record<string, string>;
    const versions = Object.keys(table).map(Number);
    expect(Math.max(...versions)).toBe(EXTRACTOR_VERSION);
    expect(new Set(Object.values(table)).size).toBe(versions.length);
  });
});
