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
});
