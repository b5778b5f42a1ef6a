import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

function read(text: string, published?: string): Array<[string, string | number]> {
  return findDates(text, published).map((m) => [text.slice(m.start, m.end), m.value]);
}

describe("a count after a date and a comma is no two-digit year (read-past-number.ts)", () => {
  it("leaves 'N bodies' / 'N people' after 'DAY MONTH,' to the count", () => {
    expect(read("By the evening of 8th February, 26 bodies had been recovered.", "2021-02-09")).toEqual([["8th February", "2021-02-08"]]);
    expect(read("On 3 May, 17 workers were still missing.", "2024-05-06")).toEqual([["3 May", "2024-05-03"]]);
  });
  it("keeps a year written in full after the comma", () => {
    expect(read("On February 8, 2021 rescuers found the tunnel.", "2021-02-09")).toEqual([["February 8, 2021", "2021-02-08"]]);
  });
});
