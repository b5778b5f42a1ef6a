import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { storyClasses, storyMatch } from "../../core/check/frame/story-names.js";
import { filingKeys, relatedByIndex } from "../../core/check/claim-index.js";
import { framed } from "./framed.js";

// Session 19 (issue 15), S: two reports of one incident that the story match kept apart (dev19):
// the Cairo Ramses station fire told as a "crash and fire at Cairo train station" by one outlet
// and as a fire at Ramses station by another; the Mina crush placed "a few kilometers east of
// Mecca" by one report and datelined MINA by the other.

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string; both?: string; day?: string } = {}): ScopeEntity {
  const { lead = false, known = false, cls, both, day } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(cls ? [`class:${cls}`] : []), ...(both ? [`both:${both}`] : []), ...(day ? [`day:${day}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug[0]!.toUpperCase() + slug.slice(1), within };
}
const toll = (scope: ScopeEntity[], event?: Frame["event"]): Frame => ({ measure: { id: "killed", text: "killed" }, scope, ...(event ? { event } : {}) });
const on = (day: string) => ({ asOf: day }) as Claim;
const ids = (m: ReturnType<typeof storyMatch>) => m?.names.map((n) => n.id);
const place = (id: string, within: string[]): ScopeEntity => ({ kind: "place", id, text: id, within });

describe("a lead telling two classes of one incident ('crash and fire')", () => {
  const crashAndFire = [name("cairo", { lead: true, known: true, both: "crash+fire" })];
  const fireAtStation = [name("cairo", { lead: true, known: true, cls: "fire" }), name("ramses", { cls: "fire" }), place("ramses-station", ["cairo", "egypt"])];
  const fire = { id: "fire", text: "fire", place: "ramses-station" };
  it("is of either class: the same day's fire at a station of the city both leads give is its toll", () => {
    expect(storyClasses(toll(crashAndFire))).toEqual(["crash", "fire"]);
    expect(ids(storyMatch(on("2019-02-27"), toll(crashAndFire), on("2019-02-27"), toll(fireAtStation, fire)))).toEqual(["name:cairo"]);
  });
  it("is filed under each class, where the other report's toll is read", () => {
    const a = framed("a", 28, toll(crashAndFire), "2019-02-27");
    expect(filingKeys(a).map((f) => f.key)).toEqual(expect.arrayContaining(["killed/story:crash@cairo", "killed/story:fire@cairo"]));
    const b = framed("b", 10, toll(fireAtStation, fire), "2019-02-27");
    expect(relatedByIndex([a], [b])).toEqual([b]);
  });
  it("not of a third class, nor days apart, nor when each lead gives a finer place of its own", () => {
    const collapse = [name("cairo", { lead: true, known: true, cls: "collapse" })];
    expect(storyMatch(on("2019-02-27"), toll(crashAndFire), on("2019-02-27"), toll(collapse))).toBeNull();
    expect(storyMatch(on("2019-02-20"), toll(crashAndFire), on("2019-02-27"), toll(fireAtStation, fire))).toBeNull();
    const ramsesLead = [name("cairo", { lead: true, known: true, both: "crash+fire" }), name("ramses", { lead: true, both: "crash+fire" })];
    const elsewhere = [name("cairo", { lead: true, known: true, cls: "fire" }), name("shubra", { lead: true, cls: "fire" })];
    expect(storyMatch(on("2019-02-27"), toll(ramsesLead), on("2019-02-27"), toll(elsewhere))).toBeNull();
  });
  it("a district's toll in the city is still a part, not the venue of the event", () => {
    const district = [name("cairo", { lead: true, known: true, cls: "fire" }), place("shubra", ["cairo", "egypt"])];
    expect(storyMatch(on("2019-02-27"), toll(crashAndFire), on("2019-02-27"), toll(district))).toBeNull();
  });
});

describe("a toll whose own event words name a rare name both stories carry", () => {
  const datelined = [name("mina", { lead: true, cls: "stampede", day: "2015-09-24" })];
  const nearMecca = [name("mecca", { lead: true, known: true, cls: "stampede" }), name("mina", { cls: "stampede" }), place("mecca", ["saudi-arabia"])];
  it("is at that name, not a part at the city the sentence measures it from ('the crush at Mina, a few kilometers east of Mecca')", () => {
    const crush = { id: "stampede", text: "crush at Mina", place: "mecca" };
    expect(ids(storyMatch(on("2015-09-24"), toll(datelined), on("2015-09-24"), toll(nearMecca, crush)))).toEqual(["name:mina"]);
  });
  it("not when its event words name only the city", () => {
    const crush = { id: "stampede", text: "crush in Mecca", place: "mecca" };
    expect(storyMatch(on("2015-09-24"), toll(datelined), on("2015-09-24"), toll(nearMecca, crush))).toBeNull();
  });
});
