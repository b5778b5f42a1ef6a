import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { checkInOrder } from "./in-order.js";
import { timesApart } from "../../core/check/rules/date-time-of-day.js";
import { clockPairs } from "../../core/check/aligned/clock-pairs.js";
import type { Alignment } from "../../core/check/aligned/report-story.js";
import type { Claim, TimeOfDay } from "../../core/model.js";
import { article } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

/**
 * Session 20: two reports of one story giving its event two hours (core/extract/dates/event-clock.ts,
 * core/extract/subject/clock-slot.ts, core/check/aligned/clock-pairs.ts). Reports after real ones:
 * the Balasore derailment (Odisha, 2 June 2023), told at "around 7.20 pm" by one outlet and at
 * "6.51 pm" by another.
 */
const odisha = (id: string, hour: string, published = "2023-06-03") =>
  article(id, `Odisha train accident: Coromandel Express derails near Balasore\n\nThe Shalimar-Chennai Coromandel Express derailed near Bahanaga Bazar station in Balasore district of Odisha on Friday, killing at least 233 people. The accident happened ${hour}, officials said.`, published);

const findings = checkInOrder;

describe("the hour of one story's event told two ways by two reports", () => {
  it("finds 'around 7.20 pm' against '6.51 pm', a discrepancy that says why the two are one story", () => {
    const found = findings(odisha("a", "around 7.20 pm"), odisha("b", "at 6.51 pm")).filter((f) => f.kind === "date-conflict");
    expect(found.map((f) => [f.severity, f.claims.map((c) => c.text).sort().join(" | ")])).toEqual([["discrepancy", "6.51 pm | around 7.20 pm"]]);
    expect(found[0]!.explanation).toMatch(/one gives 6:51 p\.m\., the other 7:15 p\.m\. to 7:25 p\.m\..*Compared because/s);
  });
  it("pairs the hours of two aligned reports by their story alone, one pair per report, never in an ongoing event", () => {
    const hour = (articleId: string, low: number, high = low): Claim => ({ id: `${articleId}:${low}`, articleId, kind: "date", text: `${low}`, start: 0, end: 1, value: "2023-06-02", qualifier: "exact", modality: "asserted", rules: [], time: { low, high, precision: "minute", day: "lead" }, slot: { id: "clock", said: "time", story: [] } });
    const alignment = (eventClass: string | undefined): Alignment => ({ names: [], eventClass, days: 0, why: "both reports: crash; both name Balasore" });
    const mine = [hour("a", 1160)];
    const theirs = [hour("b", 1131), hour("b", 1132), hour("c", 1158, 1170)];
    expect(clockPairs(mine, theirs, () => alignment("crash")).map((p) => [p.mine.text, p.theirs.text])).toEqual([["1160", "1131"]]);
    expect(clockPairs(mine, theirs, () => alignment("flood"))).toEqual([]);
    expect(clockPairs(mine, theirs, () => null)).toEqual([]);
  });
  it("finds nothing when the hours meet, or the reports are of two stories", () => {
    expect(dateConflicts(odisha("a", "around 7 pm"), odisha("b", "at 6.51 pm"))).toEqual([]);
    const other = article("c", "Bus crash in Kerala\n\nA bus plunged into a gorge near Munnar in Idukki district on Friday, killing 12 people. The accident happened at 6.51 pm, police said.", "2023-06-03");
    expect(dateConflicts(odisha("a", "around 7.20 pm"), other)).toEqual([]);
  });
  it("gives no hour to a report that tells its event at two hours (a quake and its aftershock)", () => {
    const twice = article("q", "Quake hits Herat\n\nA magnitude 6.3 earthquake struck Herat province on Saturday. The first earthquake struck at 12:11 pm local time, and the strongest occurred at 12:42 p.m.", "2023-10-07");
    const claims = extractClaims(twice).filter((c) => c.kind === "date" && c.time);
    expect(claims.map((c) => c.text)).toEqual(["12:11 pm local time", "12:42 p.m."]);
    expect(claims.every((c) => c.slot === undefined)).toBe(true);
    const once = extractClaims(article("r", "Quake hits Herat\n\nA magnitude 6.3 earthquake struck Herat province on Saturday. It struck at around 11:00 local time.", "2023-10-07"));
    expect(once.filter((c) => c.slot?.id === "clock").map((c) => [c.text, c.value])).toEqual([["at around 11:00 local time", "2023-10-07"]]);
  });
});

describe("timesApart: a time told in no zone is the event's local time", () => {
  const at = (value: string, low: number, zone?: string): Claim => ({ id: `${low}${zone}`, articleId: "a", kind: "date", text: value, start: 0, end: 1, value, qualifier: "exact", modality: "asserted", rules: [], time: { low, high: low, precision: "minute", ...(zone ? { zone } : {}) } satisfies TimeOfDay });
  it("compares 'local time' with no zone, never a named zone with none", () => {
    expect(timesApart(at("2021-11-01", 880, "local"), at("2021-11-01", 810))).toBe(true);
    expect(timesApart(at("2021-11-01", 880, "utc"), at("2021-11-01", 810))).toBe(false);
  });
});
