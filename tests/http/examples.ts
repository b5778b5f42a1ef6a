import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { readFrontMatter, type Finding } from "../../core/index.js";

/** The five real articles in publication order (../shared/articles/README.md). */
export const IN_PUBLICATION_ORDER = [
  "003_dc684d5a7ef49d7d", "004_56359b7bbeab6d04", "001_9fa802cff792e669", "002_6b1df5c4a6363f3e", "000_1f6899bab988861c",
] as const;

/** An example file as the text a newsroom would send (front matter included). */
export function exampleText(name: string): string {
  return readFileSync(new URL(`../../examples/${name}.txt`, import.meta.url), "utf8");
}

/** The same article as the JSON POST body: front matter fields plus the body. */
export function exampleJson(name: string): Record<string, string> {
  const { fields, body } = readFrontMatter(exampleText(name));
  return { ...fields, body };
}

const between = (f: Finding, a: string, b: string) => {
  const ids = new Set(f.claims.map((c) => c.articleId));
  return ids.size === 2 && ids.has(a) && ids.has(b);
};

/**
 * What ../shared/articles/README.md requires of the findings after all five are stored,
 * stated as properties of the findings (which articles, which words, what severity), not as
 * a recorded list. Returns the required findings so callers can check them further.
 */
export function expectReadmeFindings(findings: Finding[]): Finding[] {
  const [a000, a001, a002, a003] = ["000", "001", "002", "003"].map((p) => IN_PUBLICATION_ORDER.find((n) => n.startsWith(p))!);

  const strip = findings.find((f) => f.kind === "conversion-mismatch" && f.claims.every((c) => c.articleId === a001)
    && f.claims.some((c) => /^30[- ]mile/.test(c.text)) && f.claims.some((c) => /^18\.6[- ]mile/.test(c.text)));
  expect(strip, "001: 30-mile (18.6-mile) is a conversion mismatch").toBeDefined();
  expect(strip!.explanation).toMatch(/30 km/);

  const refugees = findings.find((f) => f.kind === "cross-article-conflict" && between(f, a002!, a003!)
    && f.claims.some((c) => c.text.includes("3.6 million")) && f.claims.some((c) => c.text.includes("3.5 million")));
  expect(refugees, "002 vs 003: 3.6 million vs 3.5 million Syrian refugees in Turkey").toBeDefined();
  // Four years apart: a changed figure, not two sources disagreeing about the same moment.
  expect(refugees!.severity).not.toBe("contradiction");
  expect(refugees!.explanation).toMatch(/2020/);
  expect(refugees!.explanation).toMatch(/2024/);

  const depth = findings.find((f) => between(f, a001!, a002!)
    && f.claims.some((c) => /30[- ]mile/.test(c.text)) && f.claims.some((c) => /30[- ]km/.test(c.text)));
  expect(depth, "001 vs 002: the strip's depth, 30 miles against 30 km").toBeDefined();

  const words = findings.flatMap((f) => f.claims.map((c) => c.text));
  for (const never of [/two million/i, /^2019$/, /one state|one army/i, /©|2026/, /47296|50101/, /^\d\.$/]) {
    expect(words.filter((w) => never.test(w)), `nothing reported on ${never}`).toEqual([]);
  }
  expect(findings.some((f) => f.claims.some((c) => c.articleId === a000) && f.severity === "contradiction")).toBe(false);
  return [strip!, refugees!, depth!];
}
