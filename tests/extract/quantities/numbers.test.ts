import { describe, expect, it } from "vitest";
import { readNumbers } from "../../../core/extract/numbers/index.js";

function one(text: string): { text: string; value: number; step: number } | undefined {
  const r = readNumbers(text)[0];
  return r && { text: text.slice(r.start, r.end), value: r.value, step: r.step };
}

describe("readNumbers", () => {
  it.each([
    ["1,300", 1300, 100],
    ["3,506,532", 3506532, 1],
    ["18.6", 18.6, 0.1],
    ["30", 30, 10],
    ["6", 6, 1],
    ["3.6 million", 3600000, 100000],
    ["1.5bn", 1500000000, 100000000],
    ["10k", 10000, 10000],
    ["2 million", 2000000, 1000000],
    ["Four hundred thousand", 400000, 100000],
    ["twenty-one", 21, 1],
    ["one hundred and sixty-one", 161, 1],
    ["a dozen", 12, 12],
    ["half a dozen", 6, 1],
    ["three dozens", 36, 12],
    ["two million", 2000000, 1000000],
    ["1 414 021 100", 1414021100, 100],
    ["1e10", 1e10, 1e10],
    ["two hundred point zero three", 200.03, 0.01],
    ["one and a half", 1.5, 0.25],
    ["three lakh crore", 3e12, 1e12],
  ])("%s is %d with step %d", (text, value, step) => {
    expect(one(text)).toEqual({ text, value, step });
  });

  it.each([
    ["one-third", 1 / 3],
    ["a quarter", 0.25],
    ["two thirds", 2 / 3],
    ["five eighths", 0.625],
    ["3/4", 0.75],
    ["2  1/4", 2.25],
    ["minus five point five", -5.5],
    ["-4/5", -0.8],
  ])("reads the fraction or sign in %s", (text, value) => {
    expect(one(text)?.value).toBeCloseTo(value, 10);
    expect(one(text)?.text).toBe(text);
  });

  it("reads vague plurals as their lowest value", () => {
    const [r] = readNumbers("hundreds of thousands of people");
    expect(r).toMatchObject({ value: 200000, vague: true, start: 0, end: 21 });
    expect(readNumbers("tens of thousands")[0]?.value).toBe(20000);
  });

  it("keeps the parts of a range and of a dotted code apart", () => {
    expect(readNumbers("12-15").map((r) => r.value)).toEqual([12, 15]);
    expect(readNumbers("192.168.1.2").length).toBeGreaterThan(1);
    expect(readNumbers(" -1")[0]?.value).toBe(-1);
  });

  it("does not read ordinals or dates as counts", () => {
    expect(readNumbers("the 1st and 21st")).toEqual([]);
    expect(readNumbers("the first time, a second decade")).toEqual([]);
    expect(readNumbers("5/17/2018").map((r) => r.value)).toEqual([5, 17, 2018]);
  });

  it("skips a run of digits too long to be a number", () => {
    expect(readNumbers("1".repeat(500))).toEqual([]);
  });

  it.each([
    ["one hundred thirty fifths", 100 / 35],
    ["one hundred and thirty fifths", 26],
    ["one hundred and three quarters", 100.75],
    ["five billion and three quarters", 5.75e9],
    ["five and a half million", 5.5e6],
    ["a quarter million", 250000],
    ["two thirds of a million", 2e6 / 3],
    ["one out of three", 1 / 3],
    ["1 in twenty-one", 1 / 21],
    ["4 thousand 3 hundred and 21", 4321],
    ["1.3x10^6", 1.3e6],
    ["2\u00bd", 2.5],
  ])("reads %s", (text, value) => {
    expect(one(text)?.value).toBeCloseTo(value, 6);
    expect(one(text)?.text).toBe(text);
  });

  it("keeps ratio words from joining numbers that are not a ratio", () => {
    expect(readNumbers("8 in 5").map((r) => r.value)).toEqual([8, 5]);
    expect(readNumbers("rose 20 over 10 years").map((r) => r.value)).toEqual([20, 10]);
    expect(readNumbers("since 2011 over 500,000 people").map((r) => r.value)).toEqual([2011, 500000]);
    expect(readNumbers("4 thousand 3 hundred and 0").map((r) => r.value)).toEqual([4300, 0]);
  });

  it("does not read 'one' as a number where it is a pronoun, nor a lone scale word", () => {
    expect(readNumbers("The one you mentioned")).toEqual([]);
    expect(readNumbers("75 USD million").map((r) => r.value)).toEqual([75]);
    expect(readNumbers("two millionth").map((r) => r.value)).toEqual([2]);
  });

  it("marks numbers fused to letters, which are measures or codes rather than bare numbers", () => {
    expect(readNumbers("29km")[0]?.fused).toBe(true);
    expect(readNumbers("10k")[0]?.fused).toBeUndefined();
  });
});

