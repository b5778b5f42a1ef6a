import { describe, expect, it } from "vitest";
import { sameThing } from "../../core/check/same-thing.js";
import type { Claim, Frame } from "../../core/model.js";

function toll(articleId: string, value: number, frame: Frame): Claim {
  return {
    id: `${articleId}-${value}`, articleId, kind: "quantity", text: String(value), start: 0, end: 1, value, qualifier: "exact", modality: "asserted",
    rules: [], asOf: "2016-01-05", subject: { key: "killed", text: "killing", head: "killed", frame },
  };
}

const inferred: Frame = { measure: { id: "killed", text: "killing" }, scope: [], event: { id: "attack", text: "attack" }, rules: ["subject.casualty", "frame.story-event"] };
const own: Frame = { measure: { id: "killed", text: "killing" }, scope: [], event: { id: "attack", text: "attack" }, rules: ["subject.casualty", "subject.event"] };
const inMosul: Frame = { measure: { id: "killed", text: "killed" }, scope: [{ kind: "place", id: "mosul", text: "Mosul", within: ["iraq"] }], event: { id: "attack", text: "car bomb", place: "mosul" } };

describe("an event lent to a toll by its story, with no place", () => {
  it("is no anchor across stories, against a placed event or another such event", () => {
    expect(sameThing(toll("a", 60, inferred), toll("b", 54, inMosul))).toBeNull();
    expect(sameThing(toll("a", 60, inferred), toll("b", 37, inferred))).toBeNull();
  });
  it("unlike an event the toll's own words name, which stays a weak match the same day", () => {
    expect(sameThing(toll("a", 60, own), toll("b", 54, inMosul))?.strength).toBe("weak");
  });
});
