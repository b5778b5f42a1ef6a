import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../../core/extract/quantities.js";

function checkSpans(text: string): void {
  const found = findQuantities(text);
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    for (const n of [m.value, m.step, m.low, m.high]) if (typeof n === "number") expect(Number.isFinite(n)).toBe(true);
    expect(m.step).toBeGreaterThan(0);
  }
}

describe("findQuantities never throws and keeps spans inside the text", () => {
  it("on any unicode string", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => checkSpans(s)), { numRuns: 400 });
  });

  it("on strings made of the characters numbers are made of", () => {
    const chars = fc.constantFrom(..."0123456789 ,.-/()$%€£kmMbn+:".split(""), " million", " miles", "-km", " per cent", " between ", " and ", " or so", " people");
    fc.assert(fc.property(fc.array(chars, { maxLength: 80 }), (parts) => checkSpans(parts.join(""))), { numRuns: 400 });
  });

  it("gives no claim for numbers a double cannot hold", () => {
    expect(findQuantities("1e400 km and about 1e-400 km and 1e300 trillion dollars")).toEqual([]);
  });

  it("on a megabyte of digits, nested brackets and separators", () => {
    for (const text of ["9".repeat(1 << 20), "(".repeat(50000) + "30 km" + ")".repeat(50000), "1,".repeat(20000), "1 ".repeat(20000), "- ".repeat(200000) + "5"]) {
      expect(() => findQuantities(text)).not.toThrow();
    }
    expect(findQuantities("9".repeat(1 << 20))).toEqual([]);
  });
});
