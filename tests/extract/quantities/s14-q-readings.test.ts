/**
 * Session 14 (Q): misreads of real published text, each fixed by a general rule.
 * - a number word hyphened to a non-number word after a scale opens a new figure (numbers/spoken.ts);
 * - "several hundred thousand" keeps every scale (numbers/spoken.ts readFewScale);
 * - "five of the 130 people": a bare part takes its whole's count (quantities/part-of.ts);
 * - hyphened adjectives before a measured noun are not its head (quantities/nouns.ts);
 * - "125 000": a space between groups of three digits (already read; guarded here).
 */
import { describe, expect, it } from "vitest";
import { readNumbers } from "../../../core/extract/numbers/index.js";
import { findQuantities } from "../../../core/extract/quantities.js";

function readings(text: string): Array<{ text: string; value: number; step: number }> {
  return readNumbers(text).map((r) => ({ text: text.slice(r.start, r.end), value: r.value, step: r.step }));
}

function quantity(text: string, words: string) {
  const at = text.indexOf(words);
  return findQuantities(text).find((m) => m.start === at && m.end === at + words.length);
}

describe("a count, then a size of each thing counted", () => {
  it("'1 million twenty-foot equivalent units' is a million units and a size of twenty feet, never 1,000,020", () => {
    const text = "designed to handle 1 million twenty-foot equivalent units (TEUs) annually";
    expect(readings(text).map((r) => [r.text, r.value])).toEqual([["1 million", 1e6], ["twenty", 20]]);
  });
  it("words too: 'one million twenty-foot', 'three hundred five-star hotels'", () => {
    expect(readings("one million twenty-foot units")[0]).toMatchObject({ text: "one million", value: 1e6 });
    expect(readings("three hundred five-star hotels")[0]).toMatchObject({ text: "three hundred", value: 300 });
  });
  it("a hyphened number still adds: 'one hundred twenty-five', 'one hundred twenty-five-foot', 'one hundred twenty-odd'", () => {
    expect(readings("one hundred twenty-five people")[0]).toMatchObject({ value: 125 });
    expect(readings("one hundred twenty-five-foot towers")[0]).toMatchObject({ value: 125 });
    expect(readings("twenty-five-year-old men")[0]).toMatchObject({ value: 25 });
    expect(readings("one hundred twenty-odd people")[0]).toMatchObject({ text: "one hundred twenty", value: 120 });
    expect(readings("two hundred and twenty-five-foot")[0]).toMatchObject({ value: 225 });
    // A hyphened denominator finishes a fraction: "one hundred thirty-fifths" is 100/35.
    expect(readings("one hundred thirty-fifths")[0]).toMatchObject({ text: "one hundred thirty-fifths" });
  });
});

describe("a vague word before two scales keeps both", () => {
  it("'Several hundred thousand people' is hundreds of thousands, not 300", () => {
    const [r] = readings("Several hundred thousand people rallied");
    expect(r).toMatchObject({ text: "Several hundred thousand", value: 300000, step: 100000 });
  });
  it("'a few thousand million', 'a couple of hundred thousand'", () => {
    expect(readings("a few thousand million dollars")[0]).toMatchObject({ value: 2e9, step: 1e9 });
    expect(readings("a couple of hundred thousand fans")[0]).toMatchObject({ value: 200000 });
  });
  it("one scale alone and a smaller scale after are unchanged: 'several hundred', 'several thousand hundred'", () => {
    expect(readings("several hundred people")[0]).toMatchObject({ text: "several hundred", value: 300, step: 100 });
    expect(readings("several thousand hundred")[0]).toMatchObject({ text: "several thousand", value: 3000 });
  });
});

describe("a part of a counted whole", () => {
  const text = "While rescue efforts continued on Monday, only five of the 130 people onboard have so far been rescued, according to officials.";
  it("'only five of the 130 people onboard': five people", () => {
    expect(quantity(text, "five")).toMatchObject({ value: 5, unit: "person" });
    expect(quantity(text, "130")).toMatchObject({ value: 130, unit: "person" });
  });
  it("the whole after a possessive or 'out of a total of': 'leaving 76 of the ferry’s 118 passengers', '59 out of a total of 120 passengers'", () => {
    expect(quantity("leaving 76 of the ferry’s 118 passengers still unaccounted for", "76")).toMatchObject({ value: 76, unit: "person" });
    expect(quantity("the number of missing people reached 59 out of a total of 120 passengers", "59")).toMatchObject({ unit: "person" });
  });
  it("'3 out of every 10 people' is a rate, not a count of three people", () => {
    expect(quantity("3 out of every 10 people", "3")?.unit).toBeUndefined();
  });
  it("'one of the' names one of them; a part larger than the whole, or no counted whole, is no count", () => {
    expect(quantity("One of the 130 people onboard died.", "One")).toBeUndefined();
    expect(quantity("twelve of the 10 people", "twelve")).toBeUndefined();
    expect(quantity("five of the 130 km", "five")).toBeUndefined();
    expect(quantity("five, and the 130 people", "five")).toBeUndefined();
  });
});

describe("the measured noun after hyphened adjectives", () => {
  it("'14.15 km-long two-lane bi-directional single tube tunnel' measures the tunnel", () => {
    const text = "The project aims at construction of 14.15 km-long two-lane bi-directional single tube tunnel with a parallel 14.2 km long egress tunnel.";
    expect(quantity(text, "14.15 km")?.noun?.text).toBe("tunnel");
  });
  it("a hyphened word is the head when no other word is: 'a 2-metre-high sea-wall'", () => {
    expect(quantity("A 2-metre-high sea-wall was built.", "2-metre")?.noun?.text).toBe("sea-wall");
  });
});

describe("a space between groups of three digits", () => {
  it("'estimated 125 000', 'nearly 35 000'", () => {
    const text = "National police estimated 125 000 took part in the capital and nearly 35 000 in other cities";
    expect(readings(text).map((r) => r.value)).toEqual([125000, 35000]);
  });
  it("not two numbers: a year before a count, a group not of three digits", () => {
    expect(readings("In 2021 100 people died").map((r) => r.value)).toEqual([2021, 100]);
    expect(readings("between 2 000 and 3 000").map((r) => r.value)).toEqual([2000, 3000]);
    expect(readings("rooms 12 34").map((r) => r.value)).toEqual([12, 34]);
  });
});
