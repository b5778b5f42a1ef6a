import { describe, expect, it } from "vitest";
import type { Claim, EventFrame, Frame, ScopeEntity } from "../../core/model.js";
import { sameThing } from "../../core/check/same-thing.js";
import { article, claimOn, subject } from "./support.js";

/**
 * The news-cycle presumption (core/check/frame/news-cycle.ts): an event a report does not date is
 * one of the days before the report. Against an event another report dates in that window, with
 * a local anchor in common, the two are weakly one event; a country alone, a date outside the
 * window, or two undated events are not enough.
 */
const beirut: ScopeEntity = { kind: "place", id: "beirut", text: "Beirut", within: ["lebanon"] };
const lebanon: ScopeEntity = { kind: "place", id: "lebanon", text: "Lebanon" };
const blast = (place: string, date?: string): EventFrame => ({ id: "attack", text: "explosion", place, ...(date ? { date } : {}) });

function toll(id: string, value: number, scope: ScopeEntity[], event: EventFrame, published: string): Claim {
  const frame: Frame = { measure: { id: "killed", text: "death toll" }, scope, event };
  const source = article(id, `The death toll stood at ${value}.`, published);
  return claimOn(source, { text: `${value}`, value, unit: "person", dimension: "count", subject: subject("killed", { frame }), asOf: published });
}

describe("the news-cycle presumption", () => {
  const dated = toll("a", 135, [beirut], blast("beirut", "2020-08-04"), "2020-08-05");

  it("takes an undated report's event for the one dated in the week before it, weakly, and says so", () => {
    const match = sameThing(dated, toll("b", 171, [beirut], blast("beirut"), "2020-08-11"));
    expect(match?.strength).toBe("weak");
    expect(match?.why).toContain("the report of 11 August 2020 does not date the event: taken as one of the 7 days before, like the event of 4 August 2020, both about Beirut");
  });

  it("does not reach past the cycle, nor before the dated event", () => {
    expect(sameThing(dated, toll("c", 171, [beirut], blast("beirut"), "2020-08-13"))).toBeNull();
    expect(sameThing(toll("d", 40, [beirut], blast("beirut", "2020-08-10"), "2020-08-11"), toll("e", 171, [beirut], blast("beirut"), "2020-08-02"))).toBeNull();
  });

  it("needs more than a country in common", () => {
    const inLebanon = (id: string, date: string | undefined, published: string) => toll(id, 20, [lebanon], blast("lebanon", date), published);
    expect(sameThing(inLebanon("f", "2020-08-04", "2020-08-05"), inLebanon("g", undefined, "2020-08-10"))).toBeNull();
  });

  it("does not join two undated events a week apart", () => {
    expect(sameThing(toll("h", 10, [beirut], blast("beirut"), "2020-08-04"), toll("i", 14, [beirut], blast("beirut"), "2020-08-10"))).toBeNull();
  });
});
