import { casual, Chrono } from "chrono-node";
import { describe, expect, it } from "vitest";
import { NeedsEndOf, readsEndOfPrefix } from "../../../core/extract/dates/end-of-gate.js";

const REFERENCE = { instant: new Date("2024-06-01T12:00:00Z"), timezone: 0 };
const readings = (chrono: Chrono, text: string) => chrono.parse(text, REFERENCE).map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}`);

describe("NeedsEndOf", () => {
  it("recognises chrono's end-of-period refiner, and only it, by its method", () => {
    expect(casual.refiners.filter(readsEndOfPrefix).map((r) => r.constructor.name)).toEqual(["ENEndOfPeriodRefiner"]);
  });

  it("reads as the refiner alone, with and without an end of period in the text", () => {
    const inner = casual.refiners.find(readsEndOfPrefix)!;
    const plain = new Chrono({ parsers: casual.parsers, refiners: [inner] });
    const gated = new Chrono({ parsers: casual.parsers, refiners: [new NeedsEndOf(inner)] });
    for (const text of ["by the end of March", "on the last day of  the month", "until the end of next week", "the weekend of March 3", "ended on March 3", "in March"]) {
      expect(readings(gated, text)).toEqual(readings(plain, text));
    }
    expect(readings(gated, "by the end of March")[0]).toContain("end of March");
  });
});
