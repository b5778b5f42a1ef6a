import { describe, expect, it } from "vitest";
import { asOfFor, publicationDay } from "../../../core/extract/as-of.js";
import { mention } from "./mentions.js";

function asOf(text: string, words: string, dates: Array<[string, string]>, published = "2024-08-06"): string | undefined {
  const m = mention(text, words);
  const ds = dates.map(([w, value]) => mention(text, w, { kind: "date", value }));
  return asOfFor({ text, sentence: { start: 0, end: text.length }, mention: m, dates: ds, published }).asOf;
}

describe("asOfFor", () => {
  it("takes a date that opens the sentence", () => {
    expect(asOf("In 2019, Russia pledged to clear a 30-km strip.", "30-km", [["2019", "2019"]])).toBe("2019");
  });
  it("takes an 'as of' date in the same clause", () => {
    expect(asOf("Turkey hosted 3.2 million refugees as of March 2024.", "3.2 million", [["March 2024", "2024-03"]])).toBe("2024-03");
  });
  it("does not take a 'since' date: the count runs from it, and holds now", () => {
    expect(asOf("More than 300,000 have fled their homes since December 1, 2019.", "300,000", [["December 1, 2019", "2019-12-01"]])).toBe("2024-08-06");
  });
  it("does not take a date from another clause", () => {
    const text = "The EU suspended relations in 2011, but now 3.6 million refugees live in Turkey.";
    expect(asOf(text, "3.6 million", [["2011", "2011"]])).toBe("2024-08-06");
  });
  it("falls back to the day of publication", () => {
    expect(asOf("Turkey hosts 3.6 million refugees.", "3.6 million", [], "2024-08-06T09:30:00Z")).toBe("2024-08-06");
  });
  it("has no asOf without a publication date", () => {
    expect(asOf("Turkey hosts 3.6 million refugees.", "3.6 million", [], "")).toBeUndefined();
  });
});

describe("publicationDay", () => {
  it("keeps the day of an ISO datetime and rejects other strings", () => {
    expect(publicationDay("2020-01-14T08:00:00+03:00")).toBe("2020-01-14");
    expect(publicationDay("2024-08")).toBe("2024-08");
    expect(publicationDay("yesterday")).toBeUndefined();
    expect(publicationDay("2024-08-0")).toBeUndefined();
  });
});
