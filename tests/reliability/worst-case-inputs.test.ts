import { afterAll, describe, expect, it } from "vitest";
import { checkClaims, extractClaims, htmlToText, type Claim } from "../../core/index.js";

/**
 * The inputs each regex family finds hardest: long runs of what it matches, separated so that
 * every position could start a match. Nothing here asserts a speed (the machine is shared):
 * each input must simply finish inside vitest's timeout with valid spans, and the times are
 * printed for docs/reliability.md.
 *
 * Sizes: the cheap families run at the full 1 MiB body limit; the ones that make a claim at
 * almost every position run at 32 KiB so the suite stays short (time grows linearly: their
 * 64 KiB and 1 MiB times, measured by hand, are in docs/reliability.md).
 */
const MIB = 1024 * 1024;
const LONG = 32 * 1024;

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const INPUTS: Record<string, string> = {
  "1 MiB of digits": fill("1234567890", MIB),
  "1 MiB of (": fill("(", MIB),
  "1 MiB of nested (1)": `${fill("(", MIB / 2 - 1)}1${fill(")", MIB / 2)}`,
  "1 MiB of spaces then a number": `${fill(" ", MIB - 6)}30 km`,
  "1 MiB of non-breaking and thin spaces": fill("\u00a0\u2009\u202f", MIB),
  "1 MiB of Arabic-Indic digits": fill("٠١٢٣٤٥٦٧٨٩", MIB),
  "1 MiB of lone surrogates": fill("\ud800", MIB),
  "1 MiB of one huge number": `${fill("9", MIB - 9)} million`,
  "32 KiB of 1,1,1,…": fill("1,", LONG),
  "32 KiB of 1-1-1-…": fill("1-", LONG),
  "32 KiB of 1.1.1.…": fill("1.", LONG),
  "32 KiB of 1 1 1 …": fill("1 ", LONG),
  "32 KiB of 1/1/1/…": fill("1/", LONG),
  "32 KiB of 12:12:12…": fill("12:", LONG),
  "32 KiB of a a a …": fill("a ", LONG),
  "32 KiB of km km km …": fill("km ", LONG),
  "32 KiB of 5 km 5 km …": fill("5 km ", LONG),
  "32 KiB of million million …": fill("million ", LONG),
  "32 KiB of 3 million 3 million …": fill("3 million ", LONG),
  "32 KiB of more than more than …": fill("more than ", LONG),
  "32 KiB of Nov. 13 Nov. 13 …": fill("Nov. 13 ", LONG),
  "32 KiB of for 3 years for 3 years …": fill("for 3 years ", LONG),
  "32 KiB of $1$1$1…": fill("$1", LONG),
  "32 KiB of 1e1e1e…": fill("1e", LONG),
  "32 KiB of one sentence-long word": fill("refugee", LONG),
  "32 KiB of quotes": fill("\"“”'’", LONG),
};

const timings: { input: string; ms: number; claims: number; findings: number }[] = [];

function spansValid(body: string, claims: Claim[]): boolean {
  return claims.every((c) => c.start >= 0 && c.start < c.end && c.end <= body.length && body.slice(c.start, c.end) === c.text);
}

describe("worst-case inputs for each pattern family complete with valid spans", () => {
  for (const [name, body] of Object.entries(INPUTS)) {
    it(name, () => {
      const started = performance.now();
      const article = { id: "worst", body, published: "2024-08-06" };
      const claims = extractClaims(article);
      const findings = checkClaims({ article, claims, related: { claims: [], articles: [] } });
      timings.push({ input: name, ms: Math.round(performance.now() - started), claims: claims.length, findings: findings.length });
      expect(spansValid(body, claims)).toBe(true);
    });
  }

  it("1 MiB of HTML soup becomes text and then claims", () => {
    const soup = fill("<div class=\"a\"><p>The <b>30-km</b> strip &amp; <i>18.6</i> mi<!-- x --> <span>(", MIB);
    const started = performance.now();
    const body = htmlToText(soup);
    const claims = extractClaims({ id: "soup", body });
    timings.push({ input: "1 MiB of HTML soup (htmlToText + extract)", ms: Math.round(performance.now() - started), claims: claims.length, findings: 0 });
    expect(spansValid(body, claims)).toBe(true);
  });

  afterAll(() => {
    const slowest = [...timings].sort((a, b) => b.ms - a.ms);
    console.log(`worst-case inputs, slowest first:\n${slowest.map((t) => `  ${String(t.ms).padStart(6)} ms  ${t.claims} claims  ${t.input}`).join("\n")}`);
  });
});
