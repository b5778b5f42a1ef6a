import { describe, expect, it } from "vitest";
import type { ScopeEntity } from "../../core/model.js";
import { misspelt } from "../../core/check/rules/date-names.js";
import { dateConflicts } from "./date-conflicts.js";

const named = (text: string, id: string): ScopeEntity => ({ kind: "named", id, text });

describe("one person's name misspelt by a letter (date-names.ts misspelt)", () => {
  it("takes 'Yahyah Sinwar' and 'Yahya Sinwar' for one person", () => {
    expect(misspelt(named("Yahyah Sinwar", "yahyah-sinwar"), named("Yahya Sinwar", "yahya-sinwar"))).toBe(true);
  });
  it("takes no short word or one-word name, and no two words changed, for one", () => {
    expect(misspelt(named("Ali Khan", "ali-khan"), named("Alo Khan", "alo-khan"))).toBe(false);
    expect(misspelt(named("Sinwar", "sinwar"), named("Sinwer", "sinwer"))).toBe(false);
    expect(misspelt(named("Yahyah Sinwer", "yahyah-sinwer"), named("Yahya Sinwar", "yahya-sinwar"))).toBe(false);
  });
});

describe("date-conflict on deaths told by their clause", () => {
  const a = { id: "a", published: "2024-10-17", source: "A", body: "Hamas leader Yahyah Sinwar has reportedly been killed during a gunfight with Israeli armed forces in Gaza on Wednesday." };
  const b = { id: "b", published: "2024-10-19", source: "B", body: "The military announced that Yahya Sinwar was killed by Israeli forces on Thursday, October 17." };
  it("compares one death dated differently across reports, the name misspelt in one", () => {
    expect(dateConflicts(a, b)).toEqual(["Thursday, October 17 | Wednesday"]);
  });
  it("finds a death dated twice inside one report, although its sentence is put 'a few days after' another happening", () => {
    const body = "Many paid their respects to Mahsa Amini, a 22-year-old who passed away on September 17. A few days after being arrested, she passed away on September 16.";
    expect(dateConflicts({ id: "c", published: "2022-09-18", source: "C", body })).toEqual(["September 16 | September 17"]);
  });
  it("reports one finding for one pair of dates told twice in one report", () => {
    const c = { id: "c", published: "2024-10-18", source: "C", body: "Yahya Sinwar was killed in the southern Gaza Strip on October 16. The army said soldiers killed Yahya Sinwar in Rafah on October 16." };
    expect(dateConflicts(c, b)).toHaveLength(1);
  });
  it("does not compare, inside one report, a day that names one quake with the day of another", () => {
    const body = "A magnitude 6.3 earthquake hit the central Philippines on Tuesday. The new quake hit Tuesday afternoon. A supermarket crashed down in Monday’s powerful earthquake in Pampanga.";
    expect(dateConflicts({ id: "d", published: "2019-04-23", source: "D", body })).toEqual([]);
  });
});

describe("a person's death and the happening that killed them (date-deaths.ts)", () => {
  // Inside one report; across reports the claim index files the two under different keys (see the session report).
  const told = (raid: string) => ({ id: "r", published: "2019-10-31", source: "R", body: `${raid} Baghdadi, who led IS since 2014 and was the world’s most wanted man, was killed in a US special forces raid in Idlib on Sunday.` });
  it("compares the raid that killed X with X's death", () => {
    expect(dateConflicts(told("The raid that killed Abu Bakr al-Baghdadi took place on 26 October 2019 in Barisha."))).toEqual(["26 October 2019 | Sunday"]);
  });
  it("compares nothing when the raid names someone else", () => {
    expect(dateConflicts(told("The raid that killed Hamza bin Laden took place on 26 October 2019 in Barisha. Abu Bakr al-Baghdadi led IS."))).toEqual([]);
  });
});
