import { describe, expect, it } from "vitest";
import { readNumbers } from "../../core/extract/numbers/index.js";
import { findQuantities } from "../../core/extract/quantities.js";

/** The number reader's issue-16 forms, seen through the quantity pipeline where a unit matters. */
const read = (text: string) => readNumbers(text).map((r) => [text.slice(r.start, r.end), r.value]);
const quantities = (text: string) => findQuantities(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);

describe("the article counts one of a unit named after it", () => {
  it("reads a/an before measures, money, coins and percentage points", () => {
    expect(quantities("It weighs a kilogram.")).toEqual([["a kilogram", 1, "kg"]]);
    expect(quantities("Add an ml of water.")).toEqual([["an ml", 1, "ml"]]);
    expect(quantities("Not a penny more.")).toEqual([["a penny", 0.01, "GBP"]]);
    expect(quantities("Rates rose by a percentage point.")).toEqual([["a percentage point", 1, "pp"]]);
  });

  it("never after a figure (a rate), in a definition, or where the word means something else", () => {
    expect(read("Petrol costs $3.50 a gallon")).toEqual([["3.50", 3.5]]);
    expect(read("A metric ton is equal to 2,204.62 pounds.")).toEqual([["2,204.62", 2204.62]]);
    expect(read("She earned a degree in law and a percentage of the profits in a yard.")).toEqual([]);
    expect(read("a foot patrol came under fire from a barrel bomb")).toEqual([]);
    expect(read("It sold for a fraction of a cent, for tenth of a gallon")).toEqual([]);
  });

  it("gives the article to a fraction of the unit", () => {
    expect(quantities("half a litre")).toEqual([["half a litre", 0.5, "l"]]);
    expect(quantities("a tenth of a mile")).toEqual([["a tenth of a mile", 0.1, "mi"]]);
    expect(quantities("a quarter-litre bottle")).toEqual([["a quarter-litre", 0.25, "l"]]);
  });
});

describe("numbers written in other ways", () => {
  it("reads decimals after 'point', and the scale after them", () => {
    expect(read("two point two million")).toEqual([["two point two million", 2200000]]);
    expect(read("1 point 1")).toEqual([["1 point 1", 1.1]]);
    expect(read("At one point 77 people")).toEqual([["one", 1], ["77", 77]]);
  });

  it("reads plural scales after a count exactly and alone as vague", () => {
    expect(read("three billions")).toEqual([["three billions", 3e9]]);
    expect(read("three thousand millions")).toEqual([["three thousand millions", 3e9]]);
    expect(readNumbers("millions of people")[0]).toMatchObject({ value: 2e6, vague: true });
  });

  it("continues words with digits and a smaller scale, and reads Indian scales after digits", () => {
    expect(read("nine lakh 58 thousand")).toEqual([["nine lakh 58 thousand", 958000]]);
    expect(read("Rs 5 lac and Rs 500 cr")).toEqual([["5 lac", 5e5], ["500 cr", 5e9]]);
  });

  it("reads AP mixed numbers and fractions that can be no date", () => {
    expect(read("a 6-1/2-year low")).toEqual([["6-1/2", 6.5]]);
    expect(read("20/100 vision, 1/250 of a second")).toEqual([["20/100", 0.2], ["1/250", 0.004]]);
    expect(read("on 5/17, in 2/2021, 24/7")).toEqual([["5", 5], ["17", 17], ["2", 2], ["2021", 2021], ["24", 24], ["7", 7]]);
  });

  it("reads k as thousands only where thousands are written so", () => {
    expect(read("2.5k runners, $1.25K, 10k")).toEqual([["2.5k", 2500], ["1.25K", 1250], ["10k", 10000]]);
    expect(read("at 573.15K")).toEqual([["573.15", 573.15]]);
  });

  it("reads an exponent whose superscript was lost, after the multiplication sign only", () => {
    expect(read("a factor of 2.48×10−5")).toEqual([["2.48×10−5", 2.48e-5]]);
    expect(read("a 10-5 win")).toEqual([["10", 10], ["5", 5]]);
  });

  it("reads 'nil' as zero and no scale k in a dotted abbreviation", () => {
    expect(read("inflation was nil")).toEqual([["nil", 0]]);
    expect(read("1 k.g.")).toEqual([["1", 1]]);
  });
});
