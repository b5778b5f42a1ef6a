import { describe, expect, it } from "vitest";
import { findDates } from "../../../core/extract/dates.js";
import { stepOfClause } from "../../../core/extract/dates/event-clock.js";

/**
 * Hours of events written in ways session 20's reading missed (issue 15, session 22), on sentences
 * after real reports (a Sihanoukville building collapse, the Highland Park parade shooting, a
 * Chittagong depot fire, the Solai dam burst, the Sriwijaya Air take-off, the Ontake eruption
 * memorial, a Philippine ferry's distress call), and what must stay unread.
 */
const clocks = (text: string, published = "2019-06-22") =>
  findDates(text, published).filter((m) => m.rules.includes("event-clock")).map((m) => [text.slice(m.start, m.end), m.value, m.time?.low]);

const step = (sentence: string, clock: string) => {
  const at = sentence.indexOf(clock);
  return stepOfClause(sentence, at, at + clock.length);
};

describe("the words that tell an event's hour", () => {
  it("reads the event named right before its clock, and a clock named as the event's time", () => {
    expect(step("It was not immediately clear what caused the collapse at 5am local time.", "5am")).toBe("event");
    expect(step("Attendees observed a moment of silence at 11:52 a.m., the time of the eruption, which claimed 58 lives.", "11:52 a.m.")).toBe("event");
  });
  it("reads more verbs of a happening, of a departure and of a call for help", () => {
    expect(step("Witnesses described panic as shots rang out at 10:14 a.m. in downtown Highland Park.", "10:14 a.m.")).toBe("event");
    expect(step("The 'Winter Cherry' started burning at about 4 p.m., local time in Kemerovo.", "about 4 p.m.")).toBe("event");
    expect(step("The train left Shalimar station at around 3.15 pm.", "around 3.15 pm")).toBe("departure");
    expect(step("The vessel sent out a distress call at around 1:50 a.m.", "around 1:50 a.m.")).toBe("distress");
  });
  it("reaches a verb whose clause names a long place before the clock", () => {
    const sentence = "The fire broke out at an inland container storage facility just 40 kilometres (25 miles) outside of the country's main sea port of Chittagong shortly before midnight, an official said.";
    expect(step(sentence, "shortly before midnight")).toBe("event");
  });
  it("leaves an event that lasts, a noun that is no event, and a clock of another step (the first calls: the alert)", () => {
    expect(step("The election at 7pm closed the polls.", "7pm")).toBeUndefined();
    expect(step("Police received several calls at 7:30pm reporting that shots had been fired.", "7:30pm")).toBe("alert");
    expect(step("The blaze was brought under control at around 11:45pm.", "around 11:45pm")).toBeUndefined();
  });
});

describe("the day an hour is of", () => {
  it("of two days in the lead, takes the one that is not a day of saying", () => {
    const body = "Skydiving plane crash kills nine\n\nThe plane crashed near the airfield Friday evening, killing all nine people aboard, officials said Saturday. Family members were at the airport when the plane went down at about 6:30 p.m.";
    expect(clocks(body)).toEqual([["at about 6:30 p.m.", "2019-06-21", 1095]]);
  });
  it("keeps a day of saying as the event's when it is the lead's only day", () => {
    const body = "Plane missing\n\nThe plane lost contact at 06:17 a.m local time, the ministry said here on Sunday.";
    expect(clocks(body, "2014-12-28")).toEqual([["06:17 a.m local time", "2014-12-28", 377]]);
  });
  it("takes the one day a report gives past its lead", () => {
    const body = "Earthquake live\n\nThe quake struck cities of India at 11.41 a.m. The epicentre was in Lamjung.\n\nTremors were felt in Kolkata on Saturday.";
    expect(clocks(body, "2015-04-25")).toEqual([["11.41 a.m.", "2015-04-25", 701]]);
  });
});

describe("a clock converted in brackets", () => {
  it("is one time, of the clock before the brackets, joined to the day after them", () => {
    const dam = "The dam burst at about 21:00 local time (18:00 GMT) on Wednesday, sending water down.";
    expect(findDates(dam, "2018-05-10").map((m) => [dam.slice(m.start, m.end), m.value, m.time?.low])).toEqual([["at about 21:00 local time (18:00 GMT) on Wednesday", "2018-05-09", 1245]]);
    const flight = "Flight SJ182 took off at 2:36pm (07:36 GMT) on Saturday.";
    expect(findDates(flight, "2021-01-10").map((m) => [flight.slice(m.start, m.end), m.time?.low])).toEqual([["2:36pm (07:36 GMT) on Saturday", 876]]);
  });
  it("reads a 24-hour clock by its conversion, and never the conversion as a second hour", () => {
    const beirut = "Beirut blast\n\nOn Tuesday a huge explosion shook the port. Shortly after 18:00 (15:00 GMT), the roof of the warehouse caught alight.";
    expect(clocks(beirut, "2020-08-05")).toEqual([["Shortly after 18:00", "2020-08-04", 1080]]);
  });
  it("joins a clock to a date written with 'the'", () => {
    const text = "At 12:15pm on the 22nd February 2011 a 6.2 magnitude earthquake shook Christchurch.";
    expect(findDates(text, "2021-02-22").map((m) => [text.slice(m.start, m.end), m.value, m.time?.low])).toEqual([["12:15pm on the 22nd February 2011", "2011-02-22", 735]]);
  });
});
