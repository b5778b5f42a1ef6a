import { describe, expect, it } from "vitest";
import { givenNamesAgree } from "../../core/check/frame/age.js";
import { checkInOrder } from "./in-order.js";
import { article } from "./support.js";

/**
 * Session 26: two ages of one named person (core/check/frame/age.ts). After NBC News on the
 * Scottsdale shooting of Kyle Brayer (February 2018) and the BBC on Sgt Matt Ratana (Croydon,
 * September 2020): a day apart, two ages of one man cannot both be right; a father and son of
 * one surname are two people; years apart, a birthday explains a year.
 */
const brayer = (id: string, age: string, published: string) =>
  article(id, `Off-duty fire captain shot dead in Scottsdale\n\nScottsdale Police Department spokesman Ben Hoster identified the victim as Kyle Brayer, ${age}, of the Tempe Fire Department. Brayer was a Marine veteran.`, published);
const ages = (...docs: ReturnType<typeof article>[]) => checkInOrder(...docs).filter((f) => f.claims.some((c) => /^\d+$|year-old/.test(c.text)) && f.explanation.includes("the age of"));

describe("two reports of one person's age", () => {
  it("a day apart, 34 and 35 are a conflict, and the explanation says a birthday is unlikely", () => {
    const found = ages(brayer("nbc", "34", "2018-02-04"), brayer("azc", "35", "2018-02-05"));
    expect(found.map((f) => [f.kind, ...f.claims.map((c) => c.text).sort()])).toEqual([["cross-article-conflict", "34", "35"]]);
    expect(found[0]!.explanation).toMatch(/the age of Kyle Brayer \(told 1 day apart: a birthday between them is unlikely\)/);
  });
  it("the same age twice is no conflict", () => {
    expect(ages(brayer("nbc", "34", "2018-02-04"), brayer("azc", "34", "2018-02-05"))).toEqual([]);
  });
  it("a year and a half apart, one year more is a birthday; four years more is still a conflict", () => {
    expect(ages(brayer("nbc", "34", "2018-02-04"), brayer("later", "35", "2019-08-01"))).toEqual([]);
    expect(ages(brayer("nbc", "34", "2018-02-04"), brayer("later", "38", "2019-08-01")).map((f) => f.kind)).toEqual(["cross-article-conflict"]);
  });
});

describe("two people of one surname", () => {
  it("a father and his son are not compared", () => {
    const father = article("f", "Crash on the A23\n\nPolice named the driver as Chris Smith, 50, of Crawley.", "2020-09-25");
    const son = article("s", "Crash on the A23\n\nThe passenger was named as Tom Smith, 20, of Crawley.", "2020-09-25");
    expect(ages(father, son)).toEqual([]);
  });
  it("given names agree when one is missing, an initial or a short form, not otherwise", () => {
    expect(givenNamesAgree("Ignazio Giordano", "Giordano")).toBe(true);
    expect(givenNamesAgree("Daevion T. Martin", "D. Martin")).toBe(true);
    expect(givenNamesAgree("Chris Smith", "Christopher Smith")).toBe(true);
    expect(givenNamesAgree("Chris Smith", "Tom Smith")).toBe(false);
  });
});

describe("two ages of one person inside one report", () => {
  it("are an internal conflict", () => {
    const body = "Sgt Matt Ratana was shot in the chest at Croydon Custody Centre in the early hours of Friday.\n\nSgt Matt Ratana, 54, died in hospital.\n\nColleagues paid tribute to the 55-year-old Matt Ratana, who was due to retire.";
    expect(ages(article("bbc", body, "2020-09-25")).map((f) => [f.kind, ...f.claims.map((c) => c.text).sort()])).toEqual([["internal-conflict", "54", "55-year-old"]]);
  });
});
