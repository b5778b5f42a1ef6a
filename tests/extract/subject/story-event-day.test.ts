import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../core/index.js";

const eventOf = (body: string, text: string) =>
  extractClaims({ id: "a", body, published: "2016-01-11" }).find((c) => c.text === text)?.subject?.frame?.event;

// A count lent the story's event (named in a later sentence) takes the day its own clause tells,
// so two reports of attacks in one city on different days stay two events.
describe("the story's event lent to a count takes the day of the count's clause", () => {
  it("a day told before the count in its sentence dates the lent event", () => {
    const body = "A suicide bomber blew himself up outside a mosque in Mosul on Saturday, killing 9 worshippers. Nobody has claimed the attack.";
    expect(eventOf(body, "9")).toMatchObject({ id: "attack", place: "mosul", date: "2016-01-09" });
  });
  it("a day on which something was said is not the event's day", () => {
    const body = "Police said on Sunday that 9 people had died in Mosul. The attack was condemned by the governor.";
    expect(eventOf(body, "9")?.date).toBeUndefined();
  });
  it("two days before the count leave the event undated", () => {
    const body = "Between Friday and Sunday a suicide bomber blew himself up in Mosul, killing 9 people. The attack was condemned by the governor.";
    expect(eventOf(body, "9")?.date).toBeUndefined();
  });
});
