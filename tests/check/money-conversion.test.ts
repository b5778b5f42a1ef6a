import { describe, expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";

function conversionFindings(body: string) {
  const article = { id: "a", body, published: "2018-05-15" };
  return checkClaims({ article, claims: extractClaims(article), related: { claims: [], articles: [] } }).filter((f) => f.kind === "conversion-mismatch");
}

describe("a money figure and its conversion into another currency", () => {
  it("flags a conversion no rate of thirty years gives: a scale word slipped", () => {
    const [finding] = conversionFindings("Russia decided to build it alone, at an estimated total cost of 250 billion rubles ($3.7 million).");
    expect(finding?.claims.map((c) => c.text)).toEqual(["250 billion rubles", "$3.7 million"]);
    expect(finding?.explanation).toContain("between $1.8 billion and $42 billion");
    expect(conversionFindings("The fine is Rs 5 crore ($6,000).")).toHaveLength(1);
  });
  it("leaves a conversion at any rate the currencies have had, however dated", () => {
    expect(conversionFindings("It will cost nearly 83 billion rubles (around $1.3 billion), or 5 billion yuan ($770 million).")).toEqual([]);
    expect(conversionFindings("He paid £2m (US$2.6m) for it; the fine is Rs 5 crore ($600,000).")).toEqual([]);
  });
  it("reads a bare sign as any currency that writes it: '$' in a Hong Kong paper, '¥' for the yuan", () => {
    expect(conversionFindings("The airport fee rose to ¥14.4 billion (US$2 billion).")).toEqual([]);
    expect(conversionFindings("The flats sold for €6 million ($47 million).")).toEqual([]);
  });
  it("never judges a currency with no steady band (redenominated or in hyperinflation)", () => {
    expect(conversionFindings("The bill came to 5 million lira ($4).")).toEqual([]);
  });
});
