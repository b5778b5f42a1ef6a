import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

/**
 * Session 26: dates of sudden happenings. Sentences after real reports (Jhansi NICU fire, November
 * 2024; Vakhdat prison riot, TASS, May 2019; Nzerekore stadium crush, December 2024; Baldia factory
 * fire, New York Times, September 2012; Ecuador and Kyushu quakes, Free Press Journal, April 2016;
 * Nova Scotia shooting, April 2020), each with a look-alike that must stay as it was.
 */
const frameOf = (body: string, text: string) => extractClaims({ id: "a", body, published: "2024-11-17" }).find((c) => c.kind === "date" && c.text === text)?.subject?.frame;

describe("a sudden happening's start", () => {
  it("is its occurrence: a fire that broke out, a blast that began", () => {
    expect(frameOf("The fire broke out on Friday night in the neonatal ward.", "Friday night")?.measure.id).toBe("date.occurred");
    expect(frameOf("A fire broke out at the dormitory on Sunday night.", "Sunday night")?.measure.id).toBe("date.occurred");
  });
  it("stays a start for what lasts: a war, a wildfire, a forest fire", () => {
    expect(frameOf("The war began in 2011.", "2011")?.measure.id).toBe("date.start");
    expect(frameOf("The wildfire broke out on Monday.", "Monday")?.measure.id).toBe("date.start");
    expect(frameOf("A forest fire broke out on Tuesday.", "Tuesday")?.measure.id).toBe("date.start");
  });
});

describe("an event noun, where it happened, then the date", () => {
  it("dates the event someone was killed or died in", () => {
    const riot = frameOf("The ministry has published the list of inmates killed in a riot in a strict-security prison near Dushanbe on Sunday night.", "Sunday night");
    expect(riot?.measure.id).toBe("date.occurred");
    expect(riot?.event?.id).toBe("riot");
    const crush = frameOf("Not fewer than 50 football fans were believed to have died in a stampede during a match at a crowded stadium in Nzerekore on Sunday night.", "Sunday night");
    expect(crush?.event?.id).toBe("stampede");
  });
  it("not a statement's day, another verb's, or what someone did about the event", () => {
    expect(frameOf("The RCMP reviewed the number of deaths in the attack in a statement on Tuesday along with a timeline.", "Tuesday")?.rules ?? []).not.toContain("subject.event-adjunct-date");
    expect(frameOf("The death toll from the quake in Turkey rose on Tuesday.", "Tuesday")?.rules ?? []).not.toContain("subject.event-adjunct-date");
    expect(frameOf("Workers held a protest over the fire at the plant on Wednesday.", "Wednesday")?.rules ?? []).not.toContain("subject.event-adjunct-date");
  });
});

describe("a sudden happening's verb, its object, then the date", () => {
  it("dates the happening, placed by its object", () => {
    expect(frameOf("KARACHI, Pakistan — Fire ravaged a textile factory complex in the commercial hub of Karachi early Wednesday, killing almost 300 workers.", "early Wednesday")?.event?.id).toBe("fire");
    const kyushu = frameOf("Forty-one people were killed when a magnitude-6.2 earthquake jolted the Kyushu region on Thursday.", "Thursday");
    expect(kyushu?.measure.id).toBe("date.occurred");
    expect(kyushu?.event?.place).toBe("kyushu");
  });
  it("not what lasts: a war that ravaged a country", () => {
    expect(frameOf("The war ravaged the country in 2013.", "2013")?.measure.id).not.toBe("date.occurred");
    expect(frameOf("The wildfire destroyed 200 homes on Thursday.", "Thursday")?.measure.id).not.toBe("date.occurred");
  });
});
