import { describe, expect, it } from "vitest";
import { stepOfClause } from "../../../core/extract/dates/event-clock.js";
import { findDates } from "../../../core/extract/dates.js";

/**
 * Session 26: the hour of an event named by its noun a few words before the clock ("recorded the
 * strong quake at 25 kilometers Southeast of Tulunan, Cotabato at 9:04 a.m.", "The fire started
 * just before 2:40 a.m."), a clock opening its sentence after "Then", and the day a clock borrows
 * when the report's only dated line is its dateline or its lead gives no date (after reports of
 * the 2019 Cotabato quake, the Shuri Castle fire and the landfall of Cyclone Phailin).
 */
const step = (sentence: string, clock: string) => {
  const at = sentence.indexOf(clock);
  return stepOfClause(sentence, at, at + clock.length);
};
const clockOf = (body: string, clock: string, published = "2019-10-31") => findDates(body, published).find((d) => body.slice(d.start, d.end).includes(clock));

describe("an event's noun before its clock", () => {
  it("reads past where the event happened", () => {
    expect(step("Phivolcs recorded the strong quake at 25 kilometers Southeast of Tulunan, Cotabato at 9:04 a.m.", "9:04 a.m.")).toBe("event");
    expect(step("Witnesses heard the explosion in a warehouse near the port at 6:07 pm.", "6:07 pm")).toBe("event");
  });
  it("reads a fire or a blaze that started or was triggered at the hour", () => {
    expect(step("The fire started just before 2:40 a.m. at Shuri Castle.", "2:40 a.m.")).toBe("event");
    expect(step("The blaze, triggered at 9:55 a.m., spread to a second train.", "9:55 a.m.")).toBe("event");
    expect(step("Kim started the fire at 9:53 a.m., as the train was entering the station.", "9:53 a.m.")).toBe("event");
  });
  it("leaves what starts after an event, and an event noun with a clause of its own before the hour", () => {
    expect(step("The search started at 6 am.", "6 am")).toBeUndefined();
    expect(step("The district control room alerted the SDRF about the accident in the Narendranagar area at 2 pm.", "2 pm")).toBeUndefined();
    expect(step("After the quake, rescuers arrived at the school at 9:04 a.m.", "9:04 a.m.")).toBeUndefined();
    expect(step("The quake damaged the hospital, which closed its doors at 6 pm.", "6 pm")).toBeUndefined();
  });
  it("reads the hour a happening was first reported, and the hour of a call as the alert's, not the event's", () => {
    expect(step("The accident, one of the greatest tragedies that migrants have suffered, was reported at around 3:30 p.m.", "3:30 p.m.")).toBe("event");
    expect(step("The fire was first reported to the city fire station at 11:23 a.m.", "11:23 a.m.")).toBe("event");
    expect(step("Police received a call about the incident at 4 p.m.", "4 p.m.")).toBe("alert");
    expect(step("The death was reported at 4 p.m.", "4 p.m.")).toBeUndefined();
  });
  it("reads a clock that opens its sentence after 'Then'", () => {
    expect(step("Then at about 11 PM, fire broke out near the DJ booth.", "11 PM")).toBe("event");
  });
});

describe("the day a clock borrows", () => {
  it("is not the dateline's", () => {
    const body = "Shuri Castle lost to flames\n\n2019-11-01 China Daily Editor:Li Yan\n\nThe main structures of Shuri Castle were burned to the ground in a predawn fire on Thursday.\n\nThe fire started just before 2:20 am, in the castle's main hall.";
    expect(clockOf(body, "2:20 am", "2019-11-01")?.value).toBe("2019-10-31");
  });
  it("is the report's own day when it gives no day and its lead no date", () => {
    const body = "Cyclone Phailin makes landfall\n\nHundreds of thousands fled their homes as a huge cyclone hit eastern India.\n\nCyclone Phailin hit the coast near Gopalpur at about 21:15.\n\nA cyclone in 1999 killed 10,000 people in the state.";
    expect(clockOf(body, "21:15", "2013-10-12")?.value).toBe("2013-10-12");
  });
  it("is none when the lead dates the story in another year", () => {
    const body = "Remembering the gas leak\n\nIn 1984, a leak at a pesticide plant in Bhopal killed thousands.\n\nThe gas leaked at about 11 pm.";
    expect(clockOf(body, "11 pm", "2014-12-02")).toBeUndefined();
  });
});
