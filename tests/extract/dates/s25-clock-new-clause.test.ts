import { describe, expect, it } from "vitest";
import { stepOfClause } from "../../../core/extract/dates/event-clock.js";

/**
 * A happening's words reach a time in their clause, not one a comma and a clause of its own
 * ("it became possible ...") put after them (session 25; sentence after a report of the Kemerovo
 * mall fire), and not one a plain aside puts there.
 */
const step = (sentence: string, clock: string) => {
  const at = sentence.indexOf(clock);
  return stepOfClause(sentence, at, at + clock.length);
};

describe("a clause of its own between a happening and a time", () => {
  it("keeps the time of the happening's own clause and leaves the other clause's", () => {
    const sentence = "The fire in Winter Cherry broke out on 25 March at midday, it became possible to bring the fire under control only on 26 March morning.";
    expect(step(sentence, "at midday")).toBe("event");
    expect(step(sentence, "26 March morning")).toBeUndefined();
  });
  it("reads through an aside that opens no clause", () => {
    expect(step("The fire broke out at the depot, a storage yard outside Chittagong, shortly before midnight.", "shortly before midnight")).toBe("event");
    expect(step("The quake struck, the agency said, at 11:00 am.", "11:00 am")).toBeUndefined();
  });
});

describe("a date told with its clock opening the sentence after 'On'", () => {
  it("reads the happening the clause after it tells", () => {
    const sentence = "On August 4, at about 19:00 local time, a huge explosion occurred in the port of the Lebanese capital.";
    expect(stepOfClause(sentence, sentence.indexOf("August 4"), sentence.indexOf(" local time"))).toBe("event");
  });
  it("leaves a date after 'on' inside a sentence, and a clause of saying", () => {
    const inside = "Officials met on August 4, at about 19:00, and the blast occurred later.";
    expect(stepOfClause(inside, inside.indexOf("August 4"), inside.indexOf(", and"))).toBeUndefined();
    const said = "On August 4, at about 19:00, officials said the port was closed.";
    expect(stepOfClause(said, said.indexOf("August 4"), said.indexOf(", officials"))).toBeUndefined();
  });
});
