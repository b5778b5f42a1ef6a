/**
 * clockTimes (core/extract/dates/time-of-day.ts) reads with CLOCK's "i" twin where the text has
 * neither "ſ" nor "K", and with the "iu" pattern where it has one: the same clocks either way.
 */
import { describe, expect, it } from "vitest";
import { clockTimes } from "../../core/extract/dates/time-of-day.js";

const TEXT = "The quake struck at around 11 am local time, and a second at 14:30 GMT; aid came at noon.";

describe("clockTimes under 'i' and 'iu'", () => {
  it("finds the same clocks with a Kelvin sign or a long s elsewhere in the text", () => {
    const plain = clockTimes(TEXT);
    expect(plain.map((c) => c.time.low)).toEqual([630, 865, 710]);
    for (const odd of ["\u212a", "\u017f"]) {
      expect(clockTimes(`${TEXT} ${odd}`)).toEqual(plain);
    }
  });

  it("reads a zone spelled with a long s as the Unicode pattern does", () => {
    // "ſt" folds to "st" under "iu": the zone "est" after "14:30" lets the clock stand.
    expect(clockTimes("at 14:30 e\u017ft").map((c) => c.time.low)).toEqual([865]);
  });
});
