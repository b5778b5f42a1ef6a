import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

const read = (text: string, published?: string) => findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value]);

// Social Bites, Thursday 22 February 2024, on the Bulla Loca mine collapse of 20-21 February (Spanish "este miércoles").
describe("past-leaning.ts: 'this <weekday>' in a sentence told in the past", () => {
  it("is the weekday of this week at or before publication", () => {
    expect(read("in the collapse that occurred this Wednesday at the Bulla Loca mine", "2024-02-22")).toEqual([["this Wednesday", "2024-02-21"]]);
    expect(read("Rescuers were sent this Monday", "2024-02-22")).toEqual([["this Monday", "2024-02-19"]]);
  });
  it("stays the coming one with a future cue, or with nothing told in the past", () => {
    expect(read("The minister will visit the mine this Saturday", "2024-02-22")).toEqual([["this Saturday", "2024-02-24"]]);
    const [[, coming]] = read("Talks open this Wednesday", "2024-02-22") as [[string, string]];
    expect(coming).not.toBe("2024-02-21");
  });
});
