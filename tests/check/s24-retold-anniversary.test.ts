import { describe, expect, it } from "vitest";
import { checkInOrder } from "./in-order.js";
import { article, claimOn, subject } from "./support.js";
import { filingKeys, lookupsFor, relatedByIndex } from "../../core/check/claim-index.js";
import type { Frame } from "../../core/model.js";

/**
 * Session 24: two anniversary stories of one past event, years apart, each telling only its
 * commemoration's day, meet on the event's day (core/extract/subject/anniversary.ts); "at least"
 * in a retelling a year on rounds a settled toll down and is no falling count
 * (core/check/counting-toll.ts fallingFloor). Reports after the Rana Plaza anniversaries (2014, 2019).
 */
const first = (toll: string) => article("a", `The Tarlow Plaza anniversary\n\nRelatives of victims gathered at the Tarlow Plaza site in Savar today to commemorate the tragedy that happened one year ago. The eight-storey building collapsed, leaving ${toll} people dead, mostly garment workers.`, "2014-04-24");
const sixth = (toll: string, published = "2019-04-24") => article("b", `Sixth anniversary of Tarlow Plaza collapse in Savar\n\nToday is the sixth anniversary of the Tarlow Plaza building collapse in Savar that killed ${toll} people and injured over 2,000 others. Survivors gathered in Savar to remember the dead.`, published);
const tolls = (...docs: ReturnType<typeof article>[]) => checkInOrder(...docs).filter((f) => f.kind === "cross-article-conflict").map((f) => f.claims.map((c) => c.text).sort().join(" | "));

describe("two anniversaries of one past event, years apart", () => {
  it("are one story: their settled tolls conflict", () => {
    expect(tolls(first("1135"), sixth("1,134"))).toEqual(["1,134 | 1135"]);
  });
  it("are not when their days differ, or the tolls agree", () => {
    expect(tolls(first("1135"), sixth("1,134", "2019-04-26"))).toEqual([]);
    expect(tolls(first("1135"), sixth("1,135"))).toEqual([]);
  });
  it("a later 'at least' below a settled toll is a loose retelling, not a falling count", () => {
    expect(tolls(first("1135"), sixth("at least 1,130"))).toEqual([]);
  });
});

describe("a retold event's name written in full and short", () => {
  it("is filed under both, so 'Chernobyl Nuclear Power' and 'Chernobyl' meet", () => {
    const frame: Frame = {
      measure: { id: "evacuated", text: "were evacuated" },
      scope: [{ kind: "named", id: "name:chernobyl-nuclear-power", text: "Chernobyl Nuclear Power", within: ["lead", "day:1986-04-26", "class:attack"] }],
      rules: ["frame.measure", "frame.story-names"],
    };
    const claim = claimOn(article("a", "Over 400,000 people were evacuated.", "2016-04-26"), { text: "Over 400,000", value: 400_000, unit: "person", dimension: "count", subject: subject("evacuated", { frame }) });
    const keys = filingKeys(claim).map((f) => f.key);
    expect(keys).toContain("evacuated/told:attack@cernobilnuclearpover#1986-04-26");
    expect(keys).toContain("evacuated/told:attack@cernobil#1986-04-26");
  });
});

describe("a named thing's standing dimension and the thing unnamed in a story of its name", () => {
  const length = (id: string, value: number, published: string, measure: string, scope: Frame["scope"], rules: string[]) =>
    claimOn(article(id, `The bridge is ${value}km long.`, published), { text: `${value}km`, value, unit: "km", dimension: "length", subject: subject(measure, { frame: { measure: { id: measure, text: "bridge" }, scope, rules } }) });
  const kerch = [{ kind: "named" as const, id: "kerch-bridge", text: "Kerch Bridge" }];
  const named = length("a", 18.1, "2018-05-20", "length.bridge", kerch, ["frame.measure", "frame.scope-names"]);
  const unnamed = length("b", 19, "2018-05-15", "length.bridge", [{ kind: "named", id: "name:kerch", text: "Kerch", within: ["lead"] }], ["frame.measure", "frame.thing-story"]);
  it("meet under the name's rare word, in either order", () => {
    expect(filingKeys(named).map((f) => f.key)).toContain("length/story:@kerch");
    expect(relatedByIndex([named], [unnamed])).toEqual([unnamed]);
    expect(relatedByIndex([unnamed], [named])).toEqual([named]);
  });
  it("within the story's weeks only, and never for a planned dimension", () => {
    expect(lookupsFor(named).find((l) => l.key === "length/story:@kerch")!.from > "2018-01-01").toBe(true);
    const planned = length("c", 19, "2018-05-20", "length.planned", kerch, ["frame.measure", "frame.scope-names"]);
    expect(filingKeys(planned).map((f) => f.key)).not.toContain("length/story:@kerch");
  });
});
