import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { sameThing } from "../../core/check/same-thing.js";
import { article, claimOn, subject } from "./support.js";

/** A story name (extraction step frame.story-names), with the day its lead tells, if any. */
const name = (slug: string, day?: string): ScopeEntity => ({ kind: "named", id: `name:${slug}`, text: slug, ...(day ? { within: [`day:${day}`] } : {}) });

function told(id: string, value: number, scope: ScopeEntity[], published: string, measure = "killed"): Claim {
  const f: Frame = { measure: { id: measure, text: "died" }, scope, rules: ["frame.measure", "frame.story-names"] };
  return claimOn(article(id, `Officials said ${value} people died.`, published), { text: `${value}`, value, unit: "person", dimension: "count", subject: subject(measure, { frame: f }) });
}

// Two reports' tolls that name no event or place, tied only by a rare name both stories give.
describe("sameThing by story names", () => {
  it("a shared name within a week is a weak match that says the name", () => {
    const match = sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("kanjuruhan")], "2022-10-05"));
    expect(match?.strength).toBe("weak");
    expect(match?.why).toContain("both name kanjuruhan");
  });
  it("more than a week apart, or different names, or different measures, is no match", () => {
    expect(sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("kanjuruhan")], "2022-10-10"))).toBeNull();
    expect(sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("malang")], "2022-10-03"))).toBeNull();
    expect(sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("kanjuruhan")], "2022-10-03", "injured"))).toBeNull();
  });
  it("leads telling two different days are two events in one place", () => {
    expect(sameThing(told("a", 9, [name("konduga", "2023-03-07")], "2023-03-08"), told("b", 14, [name("konduga", "2023-03-13")], "2023-03-14"))).toBeNull();
    expect(sameThing(told("a", 9, [name("konduga", "2023-03-07")], "2023-03-08"), told("b", 14, [name("konduga", "2023-03-08")], "2023-03-09"))?.strength).toBe("weak");
  });
  it("inside one story a name anchors nothing (every toll of the story has it)", () => {
    const source = article("a", "Officials said 125 people died. Later 131 died.", "2022-10-02");
    const f: Frame = { measure: { id: "killed", text: "died" }, scope: [name("kanjuruhan")], rules: ["frame.story-names"] };
    const [x, y] = [125, 131].map((value) => claimOn(source, { text: `${value}`, value, unit: "person", dimension: "count", subject: subject("killed", { frame: f }) }));
    expect(sameThing(x!, y!)).toBeNull();
  });
});
