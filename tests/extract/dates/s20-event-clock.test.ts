import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";

/**
 * The hour of a report's event told apart from its day (core/extract/dates/event-clock.ts), and
 * "around" a time read by the rounding its minutes show (time-of-day.ts). Sentences after real
 * reports (the Balasore derailment of 2 June 2023, the Ikoyi tower collapse of 1 November 2021,
 * the Herat earthquake of 7 October 2023).
 */
function clocks(text: string, published = "2023-06-03"): Array<[string, string | number, unknown]> {
  return findDates(text, published).filter((m) => m.rules.includes("event-clock")).map((m) => [text.slice(m.start, m.end), m.value, m.time]);
}

describe("the hour of the report's event, with the day it tells the event on", () => {
  it("reads a clock in the clause of a happening, of the day the report tells it happened", () => {
    const body = "Train crash in Odisha\n\nThe Coromandel Express derailed near Bahanaga Bazar station on Friday. The accident happened around 7.20 pm, officials said.";
    expect(clocks(body)).toEqual([["around 7.20 pm", "2023-06-02", { low: 1155, high: 1165, precision: "minute", day: "lead" }]]);
  });
  it("reads a clock that opens its sentence, one followed by 'as' and the happening, and its zone", () => {
    expect(clocks("Tower collapse\n\nA 21-storey building came down on Monday. At 2pm, the tower fell down.", "2021-11-02")).toEqual([["2pm", "2021-11-01", { low: 830, high: 885, precision: "hour", day: "lead" }]]);
    const herat = "Quake hits western Afghanistan\n\nResidents fled buildings in the city at around 11:00 am (0630 GMT) as the quake struck.";
    expect(clocks(herat, "2023-10-07")).toEqual([["at around 11:00 am", "2023-10-07", { low: 645, high: 675, precision: "minute", day: "lead" }]]);
    expect(clocks("Quake hits Herat\n\nThe quake struck about 40km from the western city of Herat at around 11:00 local time (06:30 GMT).", "2023-10-07")[0]?.[2]).toMatchObject({ zone: "local" });
  });
  it("gives no day when the report tells its happening on two days, and none to a clock of another step", () => {
    expect(clocks("Blasts\n\nA bomb exploded on Monday. Another bomb exploded on Tuesday. It exploded at 3 pm.")).toEqual([]);
    expect(clocks("Fire in Dhaka\n\nA fire broke out on Friday. The blaze was brought under control at around 11:45pm.", "2024-03-01")).toEqual([]);
    expect(clocks("Floods\n\nRescue teams began work at 6 am, officials said on Friday.")).toEqual([]);
    expect(clocks("Quake\n\nThe quake struck on Friday. Roads stayed shut until 2 p.m.")).toEqual([]);
  });
  it("leaves a clock joined to a date to that date, 'around' standing between them", () => {
    const body = "Lagos collapse\n\nThe 21-storey high-rise fell down on Monday at around 1.30pm in Ikoyi, Lagos.";
    expect(clocks(body, "2021-11-02")).toEqual([]);
    expect(findDates(body, "2021-11-02").map((m) => [body.slice(m.start, m.end), m.time])).toEqual([["Monday at around 1.30pm", { low: 795, high: 825, precision: "minute" }]]);
  });
});

describe("'around' a time written to the minute", () => {
  const time = (text: string) => findDates(text, "2019-02-21")[0]?.time;
  it("reaches as far as the rounding its minutes show: a half hour, a quarter, five minutes", () => {
    expect(time("The fire broke out around 10:30pm on Wednesday.")).toEqual({ low: 1335, high: 1365, precision: "minute" });
    expect(time("The fire broke out around 10:45pm on Wednesday.")).toEqual({ low: 1357, high: 1373, precision: "minute" });
    expect(time("The fire broke out around 10:25pm on Wednesday.")).toEqual({ low: 1340, high: 1350, precision: "minute" });
  });
  it("reads a time whose minutes are written in tens to the nearest ten minutes, as a figure's step, and any other to the minute", () => {
    expect(time("The fire broke out at 10:30pm on Wednesday.")).toEqual({ low: 1345, high: 1355, precision: "minute" });
    expect(time("The fire broke out at 10:33pm on Wednesday.")).toEqual({ low: 1353, high: 1353, precision: "minute" });
  });
});
