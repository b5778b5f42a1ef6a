import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { storyMatch } from "../../core/check/frame/story-names.js";
import { knownOnce } from "../../core/check/frame/story-agree.js";
import { storyAnchors } from "../../core/check/claim-index-story.js";

// Session 13 (issue 15), S: a known city one lead gives, and the other report's body, when that
// other report's lead gives only a built thing's name ("the Morandi bridge"): AFP on the Genoa
// bridge, 15 Aug 2018, "A vast span of the Morandi bridge caved in ... in the northern port city",
// its body "the Genoa tragedy", against AP's "Genoa highway bridge collapse" the same day.

function name(slug: string, opts: { lead?: boolean; known?: boolean; site?: boolean; cls?: string } = {}): ScopeEntity {
  const { lead = true, known = false, site = false, cls = "collapse" } = opts;
  return { kind: "named", id: `name:${slug}`, text: slug, within: [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(site ? ["site"] : []), `class:${cls}`] };
}
const toll = (scope: ScopeEntity[]): Frame => ({ measure: { id: "injured", text: "injured" }, scope });
const on = (day: string) => ({ asOf: day }) as Claim;

describe("a known city in one lead and the other's body, beside a built thing its lead names (s13)", () => {
  const afp = [name("morandi", { site: true }), name("genoa", { lead: false, known: true })];
  const ap = [name("genoa", { known: true }), name("rome", { known: true })];
  it("ties the two reports of one day", () => {
    expect(knownOnce([{ mine: afp[1]!, theirs: ap[0]! }], afp, ap, 0, undefined, undefined)).toBe(true);
    expect(storyMatch(on("2018-08-15"), toll(afp), on("2018-08-15"), toll(ap))?.names.map((n) => n.id)).toEqual(["name:genoa"]);
  });
  it("not when that lead names a place of its own ('Thane'), not a built thing; nor days apart", () => {
    const thane = [name("thane"), name("mumbai", { lead: false, known: true })];
    const mumbai = [name("mumbai", { known: true })];
    expect(storyMatch(on("2017-09-01"), toll(thane), on("2017-09-01"), toll(mumbai))).toBeNull();
    expect(storyMatch(on("2018-08-15"), toll(afp), on("2018-08-20"), toll(ap))).toBeNull();
  });
  it("not when the other lead gives a finer place of its own that the first does not name", () => {
    const bhendi = [name("mumbai", { known: true }), name("bhendi-bazaar")];
    const collapse = [name("husaini", { site: true }), name("mumbai", { lead: false, known: true })];
    expect(storyMatch(on("2017-09-01"), toll(collapse), on("2017-09-01"), toll(bhendi))).toBeNull();
  });
  it("not when that body names a second known city (a story told against another)", () => {
    const two = [name("morandi"), name("genoa", { lead: false, known: true }), name("milan", { lead: false, known: true })];
    expect(storyMatch(on("2018-08-15"), toll(two), on("2018-08-15"), toll(ap))).toBeNull();
  });
  it("the index files such a toll under the city's pinned key, where the leads giving the city look", () => {
    const keys = storyAnchors(toll(afp)).flatMap((a) => a.filed);
    expect(keys).toContain("story:collapse@genoa+pinned");
  });
});
