import { describe, expect, it } from "vitest";
import { timesApart } from "../../core/check/rules/date-time-of-day.js";
import type { Claim, TimeOfDay } from "../../core/model.js";
import { article } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

/**
 * Session 19: one happening told at two times of one day (rules/date-time-of-day.ts,
 * frame/date-same-day.ts) and a count of its aftermath dated before it (rules/date-aftermath.ts).
 * Sentences after real reports (the Surfside collapse, the Itaewon crush, the Myanmar earthquake).
 */
function dated(value: string, time: TimeOfDay | undefined, articleId = "a"): Claim {
  return { id: `${articleId}:${value}:${time?.low}`, articleId, kind: "date", text: value, start: 0, end: 1, value, qualifier: "exact", modality: "asserted", rules: [], ...(time ? { time } : {}) };
}

describe("timesApart", () => {
  const minute = (at: number, zone?: string): TimeOfDay => ({ low: at, high: at, precision: "minute", ...(zone ? { zone } : {}) });
  it("tells two times of one day further apart than a minute", () => {
    expect(timesApart(dated("2021-06-24", minute(82)), dated("2021-06-24", { low: 90, high: 165, precision: "hour" }))).toBe(true);
    expect(timesApart(dated("2025-03-28", minute(770, "local")), dated("2025-03-28", minute(710, "local")))).toBe(true);
  });
  it("takes a minute apart for one time read two ways, and an 'around' that holds the other", () => {
    expect(timesApart(dated("2024-03-26", minute(88)), dated("2024-03-26", minute(87)))).toBe(false);
    expect(timesApart(dated("2024-03-26", minute(88)), dated("2024-03-26", { low: 85, high: 95, precision: "minute" }))).toBe(false);
  });
  it("never compares two zones, a named zone against none, two days or a month", () => {
    expect(timesApart(dated("2024-03-26", minute(80, "us-eastern")), dated("2024-03-26", minute(88, "local")))).toBe(false);
    expect(timesApart(dated("2024-03-26", minute(80, "utc")), dated("2024-03-26", minute(88)))).toBe(false);
    expect(timesApart(dated("2024-03-26", minute(80)), dated("2024-03-26", undefined))).toBe(false);
    expect(timesApart(dated("2024-03-26", minute(80)), dated("2024-03-27", minute(200)))).toBe(false);
    expect(timesApart(dated("2024-03", minute(80)), dated("2024-03", minute(200)))).toBe(false);
  });
});

const condo2024 = article("c1", "How the Surfside condo collapse reshaped South Florida\n\nMonday marks three years since the Champlain Towers South condominium collapsed in Surfside, killing 98 people.\n\nOn June 24, 2021, at 1:22 a.m., Champlain Towers South, once located at 8777 Collins Avenue in the Town of Surfside, partially collapsed.", "2024-06-24");
const condoAt = (time: string) => article("c2", `Surfside condo collapse\n\nPart of the 12-story oceanfront Champlain Towers South Condo, with more than 100 units at 8777 Collins Ave., in Surfside, collapsed ${time} on Thursday, June 24, 2021.`, "2021-06-27");

describe("date-conflict: one collapse told at two times of its day", () => {
  it("finds 1:22 a.m. against 'around 2 a.m.' when the later report names the thing the other's date is told of", () => {
    expect(dateConflicts(condoAt("around 2 a.m."), condo2024)).toEqual(["June 24, 2021, at 1:22 a.m. | around 2 a.m. on Thursday, June 24, 2021"]);
  });
  it("finds nothing when the times meet ('around 1:20 a.m.'), or the other report names neither the thing nor a rare name", () => {
    expect(dateConflicts(condoAt("around 1:20 a.m."), condo2024)).toEqual([]);
    const elsewhere = article("c3", "Condo collapse\n\nPart of a 12-story oceanfront condo collapsed around 2 a.m. on Thursday, June 24, 2021.", "2021-06-27");
    expect(dateConflicts(elsewhere, condo2024)).toEqual([]);
  });
});

const LEAD = "On Saturday night, a crowd surge in the Itaewon district led to ‘hell-like’ turmoil as individuals ‘dropped on each other like dominos’. Witnesses reported that some people were bleeding from their mouths and noses while receiving CPR.";
const QUAKES = "Turkey earthquakes\n\nA magnitude 7.8 earthquake struck southern Turkey at 4:17 a.m. on Monday, February 6, killing thousands. Hours later, the earthquake of magnitude 7.5 struck at 1:24 p.m. on Monday, February 6, about 95 km to the north.";

describe("date-conflict: two happenings of one class told at two times of one day", () => {
  it("finds nothing inside the report that tells both, nor against a report of one of them", () => {
    expect(dateConflicts(article("q1", QUAKES, "2023-02-07"))).toEqual([]);
    const second = article("q2", "Quake toll rises\n\nThe earthquake struck at 1:24 p.m. on Monday, February 6, near Elbistan, Turkey.", "2023-02-07");
    expect(dateConflicts(article("q1", QUAKES, "2023-02-07"), second)).toEqual([]);
  });
});

const crush = (asOf: string) => article("i1", `${LEAD}\n\n${asOf}, more than 2,600 people had contacted or gone in person to a local city office to inquire about if they were among the hurt or killed.`, "2022-10-30");

describe("date-conflict: a count of the aftermath dated before the happening", () => {
  it("finds 'As of Saturday afternoon' for the hurt and killed of a crush on Saturday night", () => {
    expect(dateConflicts(crush("As of Saturday afternoon"))).toEqual(["As of Saturday afternoon | Saturday night"]);
  });
  it("finds nothing for a count as of a later time, or a count that is no aftermath's", () => {
    expect(dateConflicts(crush("As of Sunday afternoon"))).toEqual([]);
    const registered = article("i2", `${LEAD}\n\nAs of Saturday afternoon, more than 2,600 people had registered for the Halloween street party.`, "2022-10-30");
    expect(dateConflicts(registered)).toEqual([]);
  });
});
