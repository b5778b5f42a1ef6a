import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";
import type { Claim, Frame } from "../../../core/model.js";

/** The frame of the date claim written `words` in `body`. */
function frameOf(body: string, words: string, published = "2024-10-18"): Frame | undefined {
  return extractClaims({ id: "t", body, published }).find((c: Claim) => c.kind === "date" && c.text === words)?.subject?.frame;
}
const idsOf = (frame: Frame | undefined) => frame?.scope.map((s) => s.id);

describe("a death told by the clause its date sits in (life-clause.ts)", () => {
  it("reads where and by whom between the verb and the date", () => {
    const frame = frameOf("Yahya Sinwar was killed in an Israeli military operation in the southern Gaza Strip on October 16.", "October 16");
    expect(frame?.measure.id).toBe("date.death");
    expect(idsOf(frame)).toEqual(["yahya-sinwar"]);
    expect(idsOf(frameOf("Yahya Sinwar was killed by Israeli forces on Wednesday.", "Wednesday"))).toEqual(["yahya-sinwar"]);
  });
  it("reads a headline's short passive and names the person in full", () => {
    const body = "Hamas leader Sinwar killed in operation in southern Gaza on October 16\n\nThe army said Yahya Sinwar had been found.";
    expect(idsOf(frameOf(body, "October 16"))).toEqual(["yahya-sinwar"]);
  });
  it("reads the person before an aside that runs into 'who', and a 'she' for the person named before", () => {
    const body = "Many paid their respects to Mahsa Amini, a 22-year-old who passed away on September 17. A few days after being arrested, she passed away on September 16.";
    expect(idsOf(frameOf(body, "September 17", "2022-09-18"))).toEqual(["mahsa-amini"]);
    expect(idsOf(frameOf(body, "September 16", "2022-09-18"))).toEqual(["mahsa-amini"]);
  });
  it("reads a date opening the sentence, the person, a list of asides, the verb", () => {
    const body = "On February 15, Alexei Navalny, opposition leader, lawyer, and political prisoner, died at a remote Arctic prison.";
    const frame = frameOf(body, "February 15", "2024-02-17");
    expect(frame?.measure.id).toBe("date.death");
    expect(idsOf(frame)).toEqual(["alexei-navalny"]);
  });
  it("reads the object of an active verb, past a role word", () => {
    const frame = frameOf("The military said it had killed Hezbollah leader Hassan Nasrallah in southern Beirut on Friday.", "Friday", "2024-09-28");
    expect(idsOf(frame)).toEqual(["hassan-nasrallah"]);
  });
  it("reads the happening that was the death: 'the assassination of X — ... — in a 30 July drone strike'", () => {
    const body = "Biden announced the assassination of Ayman al-Zawahiri — the leader of al-Qaeda — in a 30 July drone strike in Kabul.";
    expect(idsOf(frameOf(body, "30 July", "2022-08-02"))).toEqual(["ayman-al-zawahiri"]);
  });
  it("names a one-word subject as the article names it in full, past an 'al-'", () => {
    const body = "US forces killed Ayman al-Zawahiri in Kabul. Zawahiri was killed on July 31, while hiding at a house.";
    expect(idsOf(frameOf(body, "July 31", "2022-08-02"))).toEqual(["ayman-al-zawahiri"]);
  });
  it("dates no death of the subject of an active verb: 'Smith killed his wife on Monday'", () => {
    expect(frameOf("John Smith killed his wife on Monday.", "Monday")?.measure.id ?? "none").toBe("none");
  });
  it("dates no death by the day it was said or announced", () => {
    expect(frameOf("Hezbollah leader Hassan Nasrallah was killed, the army said on Saturday.", "Saturday")?.measure.id ?? "none").toBe("none");
    expect(frameOf("Israel announced on Saturday that Hassan Nasrallah had been killed.", "Saturday")?.measure.id ?? "none").toBe("none");
  });
  it("takes no title alone for a person: 'The Queen died on Thursday'", () => {
    expect(frameOf("The Queen died on Thursday, September 8, 2022.", "Thursday, September 8, 2022")?.scope.some((s) => s.id === "queen") ?? false).toBe(false);
  });
});

describe("a happening told by a date that owns it or by its verb (occurrence-clause.ts)", () => {
  it("dates the event a day owns: 'Monday's attack at a mosque in Peshawar', 'Thursday's Kabul blasts'", () => {
    const frame = frameOf("The toll of Monday’s attack at a mosque in Peshawar has risen to 88.", "Monday", "2023-02-01");
    expect(frame?.measure.id).toBe("date.occurred");
    expect(frame?.event?.id).toBe("attack");
    expect(frameOf("Troops killed in Thursday’s Kabul blasts number 12.", "Thursday", "2021-08-28")?.event?.id).toBe("attack");
  });
  it("dates nothing a day owns that is no event: 'Monday's decision to close the bridge'", () => {
    expect(frameOf("Monday's decision to close the bridge angered residents.", "Monday")?.measure.id ?? "none").toBe("none");
  });
  it("dates a made thing's collapse told by its verb, past an aside", () => {
    const frame = frameOf("The five-storey building, owned by the city, collapsed early yesterday morning.", "early yesterday morning");
    expect(frame?.event?.id).toBe("collapse");
  });
  it("dates no collapse of what is no made thing: 'Prices collapsed on Monday'", () => {
    expect(frameOf("Prices collapsed on Monday.", "Monday")?.measure.id ?? "none").toBe("none");
  });
  it("reads the object's place after a comma as no clause break: 'struck a market on the outskirts of the capital, Islamabad on Wednesday'", () => {
    const frame = frameOf("A deadly bomb blast struck a busy market on the outskirts of Pakistan’s capital, Islamabad on Wednesday.", "Wednesday");
    expect(frame?.event?.id).toBe("attack");
    expect(frame?.event?.place).toBe("islamabad");
  });
});

describe("a happening told by an act, a relative clause or an election's verb (occurrence-clause.ts, occurrence-date.ts)", () => {
  it("dates a raid told by its verb, its object and its place", () => {
    const frame = frameOf("US forces raided the compound in Barisha on 26 October 2019.", "26 October 2019");
    expect(frame?.event?.id).toBe("raid");
    expect(frame?.event?.place).toBe("barisha");
  });
  it("dates no act whose verb may mean something else: 'struck a deal on Monday'", () => {
    expect(frameOf("The company struck a deal on Monday.", "Monday")?.measure.id ?? "none").toBe("none");
  });
  it("dates the event a relative clause after it dates: 'The bombing, which took place on 22 May 2017,'", () => {
    expect(frameOf("The bombing, which took place on 22 May 2017, killed 22.", "22 May 2017")?.event?.id).toBe("attack");
  });
  it("dates an election held, not one planned", () => {
    expect(frameOf("The presidential election was held on 7 October 2024.", "7 October 2024")?.event?.id).toBe("election");
    expect(frameOf("The elections will be held on 16 November.", "16 November")?.measure.id ?? "none").toBe("none");
  });
  it("reads a date between an event's noun and a toll's verb as the day the toll rose", () => {
    expect(frameOf("The death toll in the Mazgaon building collapse on Saturday rose to 43.", "Saturday", "2013-09-28")?.measure.id ?? "none").toBe("none");
    expect(frameOf("The death toll from the earthquake that struck on Monday rose to 41 on Wednesday.", "Monday", "2013-09-28")?.event?.id).toBe("earthquake");
  });
});

describe("a start told past 'which' or 'that', an invasion, a death at an age (occurrence-clause.ts, life-clause.ts)", () => {
  it("dates the start of the event before ', which began in'", () => {
    const frame = frameOf("The uprising, which began in March 2011, killed thousands.", "March 2011");
    expect(frame?.measure.id).toBe("date.start");
    expect(frame?.event?.id).toBe("uprising");
    expect(frameOf("The war that began on 24 February 2022 has killed thousands.", "24 February 2022")?.measure.id).toBe("date.start");
  });
  it("dates no start of talks, which are no event", () => {
    expect(frameOf("The talks began on Monday.", "Monday")?.measure.id ?? "none").toBe("none");
  });
  it("places an invasion at the country it befell", () => {
    const frame = frameOf("Russia invaded Ukraine on 24 February 2022.", "24 February 2022");
    expect(frame?.event?.place).toBe("ukraine");
  });
  it("reads 'died aged 47 on' as a death", () => {
    expect(idsOf(frameOf("Kremlin critic Alexei Navalny died aged 47 on 16 February 2024 in a penal colony.", "16 February 2024", "2024-02-18"))).toEqual(["alexei-navalny"]);
  });
});

describe("a holiday's name before a date of a death (life-dates.ts)", () => {
  it("reads 'the death of X on Easter Monday, April 22, 2025'", () => {
    const frame = frameOf("The death of Pope Francis on Easter Monday, April 22, 2025, ended a papacy.", "Monday, April 22, 2025", "2025-04-26");
    expect(frame?.measure.id).toBe("date.death");
  });
  it("reads no other capitalised word there as a holiday: 'the death of X on Capitol Hill'", () => {
    expect(frameOf("The death of John Smith on Capitol Monday, April 22, 2025, was mourned.", "Monday, April 22, 2025", "2025-04-26")?.measure.id ?? "none").toBe("none");
  });
});
