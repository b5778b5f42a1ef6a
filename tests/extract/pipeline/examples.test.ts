/**
 * The acceptance floor of ../shared/articles/README.md, at the claim level, on the five real
 * articles in examples/ as published (page furniture included).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { extractClaims, readFrontMatter, sameSubject } from "../../../core/index.js";
import type { Claim } from "../../../core/index.js";

const DIR = fileURLToPath(new URL("../../../examples/", import.meta.url));

interface Read { body: string; claims: Claim[] }
const articles = new Map<string, Read>();

beforeAll(() => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt"))) {
    const { fields, body } = readFrontMatter(readFileSync(DIR + file, "utf8"));
    articles.set(file.slice(0, 3), { body, claims: extractClaims({ id: fields.id ?? file, body, published: fields.published }) });
  }
});

function article(prefix: string): Read {
  const read = articles.get(prefix);
  if (!read) throw new Error(`examples/${prefix}_*.txt is missing`);
  return read;
}

function claim(prefix: string, text: string): Claim {
  const found = article(prefix).claims.filter((c) => c.text === text);
  expect(found, `one claim "${text}" in ${prefix}`).toHaveLength(1);
  return found[0]!;
}

/** Claims overlapping any occurrence of `words` in the article. */
function claimsOn(prefix: string, words: string): Claim[] {
  const { body, claims } = article(prefix);
  const hits: Claim[] = [];
  let seen = 0;
  for (let at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + 1)) {
    seen++;
    hits.push(...claims.filter((c) => c.start < at + words.length && at < c.end));
  }
  expect(seen, `"${words}" occurs in ${prefix}`).toBeGreaterThan(0);
  return hits;
}

describe("the five example articles", () => {
  it("001: the strip of 30 miles restated as 18.6 miles, one subject, linked as a conversion", () => {
    const miles = claim("001", "30-mile");
    const restated = claim("001", "18.6-mile");
    expect(restated.conversionOf).toBe(miles.id);
    expect(miles).toMatchObject({ kind: "quantity", value: 30, unit: "mi", subject: { head: "strip", measure: "depth" } });
    expect(restated).toMatchObject({ value: 18.6, unit: "mi", subject: { key: miles.subject!.key } });
  });

  it("001 vs 002: the 30-km strip is the same subject as the 30-mile deep strip", () => {
    const km = claim("002", "30-km");
    expect(km).toMatchObject({ unit: "km", asOf: "2019" });
    expect(sameSubject(km.subject!, claim("001", "30-mile").subject!)).toBe(true);
  });

  it("002 vs 003: Syrian refugees in Turkey, same subject, different asOf", () => {
    const later = claim("002", "3.6 million");
    const earlier = claim("003", "3.5 million");
    expect(later.subject).toMatchObject({ key: "refugee|syrian|turkey" });
    expect(earlier.subject).toMatchObject({ key: "refugee|syrian|turkey" });
    expect(sameSubject(later.subject!, earlier.subject!)).toBe(true);
    expect(later.asOf).toBe("2024-08-06");
    expect(earlier.asOf).toBe("2020-01-14");
  });

  it("003: displaced Syrians in Idlib are not refugees in Turkey", () => {
    const idlib = claim("003", "around 1.5 million");
    expect(idlib.subject).toMatchObject({ head: "displaced", place: "idlib" });
    expect(sameSubject(idlib.subject!, claim("003", "3.5 million").subject!)).toBe(false);
  });

  it("001: the attack's dead and injured belong to it, not to the war", () => {
    const six = claim("001", "six");
    expect(six.subject).toMatchObject({ head: "killed", event: "istiklal-attack" });
    expect(claim("001", "81").subject).toMatchObject({ head: "injured", event: "istiklal-attack" });
    expect(sameSubject(six.subject!, claim("001", "hundreds of thousands").subject!)).toBe(false);
  });

  it("003: 'If two million more refugees arrive' is hypothetical", () => {
    expect(claim("003", "two million").modality).toBe("hypothetical");
  });

  it("finds no claim in the junk the README lists", () => {
    expect(claimsOn("000", "one state, one army")).toEqual([]);
    for (let n = 1; n <= 7; n++) expect(claimsOn("000", `  ${n}. `)).toEqual([]);
    expect(claimsOn("000", "30 N Gould ST STE R")).toEqual([]);
    expect(claimsOn("000", "Sheridan, WY 82801")).toEqual([]);
    expect(claimsOn("000", "© 2026")).toEqual([]);
    expect(claimsOn("000", "0:00")).toEqual([]);
    expect(claimsOn("002", "+44 (0)7917 373 069")).toEqual([]);
    expect(claimsOn("004", "News Code 47296")).toEqual([]);
    expect(claimsOn("004", "code: 50101")).toEqual([]);
  });

  it("reads the year in 'Operation Peace Spring (2019)' as a date at most, never a quantity", () => {
    expect(claimsOn("002", "Operation Peace Spring (2019)").filter((c) => c.kind !== "date")).toEqual([]);
  });
});
