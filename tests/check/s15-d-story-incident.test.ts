import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/index.js";
import { countedApart, recalledEarlier } from "../../core/check/rules/date-another.js";
import type { Claim } from "../../core/model.js";
import { article } from "./support.js";
import { dateConflicts } from "./date-conflicts.js";

// Two Republic World reports of the Chasoti (Kishtwar) cloudburst of Thursday 14 August 2025, published the same day.
const WEDNESDAY = "Chositi Cloudburst: 12 Dead, Machail Mata Yatra Suspended After Flash Floods In Kishtwar\nKishtwar: At least 12 people have died, and several others are feared missing after a massive cloudburst struck Chositi village in Kishtwar district on Wednesday afternoon.\nThe cloudburst triggered sudden flash floods, sweeping away houses, tents, and shops along the Machail Mata Yatra route in Kishtwar.";
const THURSDAY = "Horrific Video Captures Moment Cloudburst Ravage Machail Yatra Route In Kishtwar\nKishtwar: A deadly cloudburst hit the Chishoti area in Jammu and Kashmir's Kishtwar district, along the route to the Machail Mata Yatra, on Thursday, leaving at least 46 dead and many more injured.\nRescue teams are searching for the missing in Kishtwar.";

const frameOf = (body: string, published: string, text: string) =>
  extractClaims(article("x", body, published)).find((c) => c.kind === "date" && c.text.includes(text))?.subject?.frame;

describe("occurrence-story.ts: the day of the report's incident, in a clause that tells it happening", () => {
  it("frames a day a verb of happening gives to the story's incident, with the story's names", () => {
    const frame = frameOf(WEDNESDAY, "2025-08-14", "Wednesday");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.rules).toContain("frame.story-incident");
    expect(frame?.scope.map((e) => e.id)).toContain("name:kishtwar");
  });
  it("reads across a place set off by commas before the day", () => {
    expect(frameOf(THURSDAY, "2025-08-14", "Thursday")?.rules).toContain("frame.story-incident");
  });
  it("gives no frame to a day something was said, a toll's day, a participle's or a noun that modifies another", () => {
    const said = "Landfill collapse toll climbs in Kawempe\nThe toll of the garbage landslide in Kawempe Division has climbed to 21, said Lillian Aber, the minister for relief, disaster preparedness and refugees, on Sunday.\nRescuers in Kawempe kept digging.";
    expect(frameOf(said, "2024-08-12", "Sunday")?.rules ?? []).not.toContain("frame.story-incident");
    const pushing = "Ferry mishap in Dhubri: toll rises to 122\nRescuers found bodies of 13 victims of the ferry disaster in Dhubri here pushing the count to 122 on Thursday while searches went on in Dhubri.";
    expect(frameOf(pushing, "2012-05-03", "Thursday")?.rules ?? []).not.toContain("frame.story-incident");
    const masthead = "Endarasha fire: dormitory was congested\nThe dormitory at Hillside Endarasha Academy was congested and the boys struggled to flee from the fire, the Saturday Nation can reveal.\nSurvivors of Endarasha spoke.";
    expect(frameOf(masthead, "2024-09-14", "Saturday")?.rules ?? []).not.toContain("frame.story-incident");
  });
  it("gives 'opened fire' no fire", () => {
    const shot = "Prague university shooting\nA gunman in the Czech capital, Prague, opened fire at a university on December 21 and killed 14 people before turning the gun on himself.\nPrague mourned.";
    expect(frameOf(shot, "2023-12-23", "December 21")?.event?.id).not.toBe("fire");
  });
});

describe("date-conflict of two reports dating one incident apart", () => {
  it("reports the cloudburst dated Wednesday and Thursday", () => {
    expect(dateConflicts(article("wed", WEDNESDAY, "2025-08-14", "Republic World"), article("thu", THURSDAY, "2025-08-14", "Republic World (second piece)"))).toEqual(["Thursday | Wednesday afternoon"]);
  });
  it("reports nothing when both give one day", () => {
    const same = WEDNESDAY.replace("on Wednesday afternoon", "on Thursday afternoon");
    expect(dateConflicts(article("wed", same, "2025-08-14", "Republic World"), article("thu", THURSDAY, "2025-08-14", "Republic World (second piece)"))).toEqual([]);
  });
});

const dated = (articleId: string, text: string, value: string, asOf: string, measure = "date.occurred", sentence = { start: 0, end: 10 }) =>
  ({ articleId, text, value, asOf, sentence, subject: { key: "k", text: "k", head: "crash", frame: { measure: { id: measure, text: "x" }, scope: [] } } }) as unknown as Claim;

describe("date-another.ts: one report telling two happenings of a kind", () => {
  it("takes a month weeks before a report's fresh day for an earlier happening", () => {
    expect(recalledEarlier(dated("a", "Sunday", "2024-12-29", "2024-12-30"), dated("a", "August", "2024-08", "2024-12-30"))).toBe(true);
  });
  it("still compares two days, a month with a day old news, or dates of a life", () => {
    expect(recalledEarlier(dated("a", "Sunday", "2024-12-29", "2024-12-30"), dated("a", "August 2", "2024-08-02", "2024-12-30"))).toBe(false);
    expect(recalledEarlier(dated("a", "May 2", "2024-05-02", "2024-12-30"), dated("a", "August", "2024-08", "2024-12-30"))).toBe(false);
    expect(recalledEarlier(dated("a", "Sunday", "2024-12-29", "2024-12-30", "date.death"), dated("a", "August", "2024-08", "2024-12-30", "date.death"))).toBe(false);
  });
  it("takes a happening counted as a second one for another", () => {
    const body = "The volcano first erupted on Friday, sending ash into the sky. A second eruption struck at 5:26 p.m. on Saturday.";
    const friday = dated("t", "Friday", "2022-01-14", "2022-01-15", "date.occurred", { start: 0, end: 56 });
    const saturday = dated("t", "Saturday", "2022-01-15", "2022-01-15", "date.occurred", { start: 57, end: body.length });
    expect(countedApart(friday, saturday, body)).toBe(true);
    const uncounted = "The volcano erupted on Friday, sending ash into the sky. The eruption struck at 5:26 p.m. on Saturday.";
    expect(countedApart(dated("t", "Friday", "2022-01-14", "2022-01-15", "date.occurred", { start: 0, end: 50 }), dated("t", "Saturday", "2022-01-15", "2022-01-15", "date.occurred", { start: 51, end: uncounted.length }), uncounted)).toBe(false);
  });
});

// Pindula News (SABC-based) and a TAE rewrite on the Mmamatlakala bus crash, Limpopo (Thursday 28 March 2024), both of 29 March.
const PINDULA = "Girl (8) Only Survivor As 45 ZCC Pilgrims Killed In Bus Crash In South Africa\nForty-five (45) pilgrims who were travelling from Botswana's capital Gaborone to an Easter conference at the St Engenas Zion Christian Church in Moria outside Polokwane, South Africa died in a bus accident on Thursday, March 28.\nAccording to SABC, the crash happened on the Mamatlakala Mountain pass between Mokopane and Marken in Limpopo, on the way to Moria.";
const TAE = "Tragic bus accident in South Africa leaves 45 dead, child sole survivor\nLimpopo, South Africa (TAE)-In a devastating incident on Wednesday, a bus full of worshippers bound for Moria veered off a bridge near Mmamatlakala, resulting in the death of at least 45 individuals.\nThe tragic event unfolded in the Limpopo province, near Mmamatlakala, as the bus travelled to the Easter gathering in Moria.";

describe("the deaths of an incident's people dated by the incident", () => {
  it("reads no person in names after a place's preposition", () => {
    const frame = frameOf(PINDULA, "2024-03-29", "Thursday, March 28");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.scope.map((e) => e.id)).not.toContain("polokwane-south-africa");
  });
  it("gives a generic incident noun of the lead the story's incident", () => {
    expect(frameOf(TAE, "2024-03-29", "Wednesday")?.rules).toContain("frame.story-incident");
  });
  it("reports 'died in a bus accident on Thursday' against 'In a devastating incident on Wednesday'", () => {
    expect(dateConflicts(article("pindula", PINDULA, "2024-03-29", "Pindula News"), article("tae", TAE, "2024-03-29", "Pakistan Pulse News"))).toEqual(["Thursday, March 28 | Wednesday"]);
  });
  it("still dates a named person's death by the person", () => {
    const named = "Kobe Bryant dies in helicopter crash\nKobe Bryant died in a helicopter crash on Sunday in Calabasas, California.\nThe crash in Calabasas killed nine.";
    expect(frameOf(named, "2020-01-27", "Sunday")?.measure.id).toBe("date.death");
  });
});
