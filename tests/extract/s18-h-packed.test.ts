import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { mapPacked } from "../../core/extract/packed.js";
import { explainQuantities, findQuantities } from "../../core/extract/quantities.js";

// V8's own probes, to see the array's elements kind as optimised code builds it.
setFlagsFromString("--allow-natives-syntax");
const holey = new Function("a", "return %HasHoleyElements(a)") as (a: unknown[]) => boolean;
const prepare = new Function("f", "%PrepareFunctionForOptimization(f)") as (f: unknown) => void;
const optimiseNext = new Function("f", "%OptimizeFunctionOnNextCall(f)") as (f: unknown) => void;

describe("mapPacked (issue 16: the arrays extraction hands on keep one elements kind)", () => {
  it("gives what map gives, in order, with each index", () => {
    const items = ["a", "bb", "ccc"];
    expect(mapPacked(items, (s, i) => `${i}:${s.length}`)).toEqual(items.map((s, i) => `${i}:${s.length}`));
    expect(mapPacked([], (n: number) => n)).toEqual([]);
  });

  it("gives a packed array optimised as unoptimised (Array map gives a holey one once optimised)", () => {
    const double = (n: number) => ({ n: n * 2 });
    const before = mapPacked([1, 2, 3], double);
    prepare(mapPacked);
    mapPacked([4, 5], double);
    optimiseNext(mapPacked);
    const after = mapPacked([6, 7, 8], double);
    expect(after).toEqual([{ n: 12 }, { n: 14 }, { n: 16 }]);
    expect(holey(before)).toBe(false);
    expect(holey(after)).toBe(false);
  });

  it("leaves the quantities read as they were: every live candidate, in order", () => {
    const text = "More than 1,300 civilians fled a 30-mile (18.6-mile) strip; 45% of 2,000 homes, News Code 47296.";
    const live = explainQuantities(text).filter((c) => !c.dropped);
    const found = findQuantities(text);
    expect(found.map((m) => [m.start, m.end])).toEqual(live.map((c) => [c.start, c.end]));
    expect(found.length).toBeGreaterThan(2);
    expect(holey(found)).toBe(false);
  });
});
