import { casual, Chrono } from "chrono-node";
import { describe, expect, it } from "vitest";
import { mergesDateAndTime, NeedsTimeAlone } from "../../../core/extract/dates/time-merge-gate.js";
import { NeedsZone, readsZoneAbbreviation } from "../../../core/extract/dates/zone-gate.js";
import { findDates } from "../../../core/extract/dates.js";

const REFERENCE = { instant: new Date("2024-06-01T12:00:00Z"), timezone: 0 };
const readings = (chrono: Chrono, text: string) =>
  chrono.parse(text, REFERENCE).map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}:${r.end ? r.end.date().toISOString() : "-"}:${[...r.tags()].sort()}`);

/** Zones and clock times beside dates, and the words that follow dates everywhere else. */
const TEXTS = [
  "The blast happened at 9:00 EST on 5 May 2021.", "on 5 May EST the vote", "on 5 May (GMT) it rained",
  "Friday at 10:00 GMT, 12 March 2024", "on 12 March 2024 at 14:00 UTC the market", "May 5 at 3pm the vote",
  "at 3pm on May 5", "Monday morning, 4 March", "5 May, 14:30 CET", "2 June 2020 PST and 3 June AND",
  "at 10 p.m. PDT on Sunday", "on Jan. 6, 2021, at 1 pm ET", "on 4 July, 2pm BST, then 5 July at noon",
  "Sunday evening (AEST)", "in March and in May the vote", "on 3 June the", "12 March 2024, the", "tonight at 8",
];

describe("refiners skipped where they cannot change a result", () => {
  it("recognise chrono's zone refiner and its date-time merge, and only those, by what they do", () => {
    expect(casual.refiners.filter(readsZoneAbbreviation).map((r) => r.constructor.name)).toEqual(["ExtractTimezoneAbbrRefiner"]);
    expect(casual.refiners.filter(mergesDateAndTime).map((r) => r.constructor.name)).toEqual(["ENMergeDateTimeRefiner", "ENMergeDateTimeRefiner"]);
  });

  it("read as chrono's casual configuration does, zones and times included", () => {
    const gated = new Chrono({
      parsers: casual.parsers,
      refiners: casual.refiners.map((r) => (readsZoneAbbreviation(r) ? new NeedsZone(r) : mergesDateAndTime(r) ? new NeedsTimeAlone(r) : r)),
    });
    for (const text of TEXTS) expect(readings(gated, text)).toEqual(readings(casual, text));
    // The refiners still run where they are needed: the zone and the time stay in the span.
    expect(readings(gated, "The blast happened at 9:00 EST on 5 May 2021.")[0]).toContain("9:00 EST on 5 May 2021");
    expect(readings(gated, "on 12 March 2024 at 14:00 UTC the market")[0]).toContain("12 March 2024 at 14:00 UTC");
  });

  it("keep a zone and a time inside a date's span in findDates", () => {
    const text = "The blast happened at 9:00 EST on 5 May 2021.";
    expect(findDates(text, "2024-06-01").map((m) => [text.slice(m.start, m.end), m.value])).toEqual([["9:00 EST on 5 May 2021", "2021-05-05"]]);
  });
});
