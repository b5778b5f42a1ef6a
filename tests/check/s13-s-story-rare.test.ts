import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { canMatch, storyMatch } from "../../core/check/frame/story-names.js";
import { rareInBothLeads, rareToldOnce } from "../../core/check/frame/story-agree.js";
import { storyAnchors } from "../../core/check/claim-index-story.js";
import { gazetteerPlace } from "../../core/extract/subject/gazetteer.js";

// Session 13 (issue 15), S round two: a rare name (a place the gazetteer lacks) that ties two
// reports with less beside it. Seen in the retired sets: the Harnai earthquake (aside8 a8-31:
// "Balochistan" in one headline, "Harnai" in the other's, Harnai in the first's body), the Malin
// landslide (a8-35), the Xinmo landslide (a8-8), the Yalung Ri avalanche (aside9 a9-24: Dolakha
// a paragraph down); the Santa Teresa bus plunge (a8-15: Santa Teresa in both leads, one telling
// no kind of event).

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string; day?: string } = {}): ScopeEntity {
  const { lead = true, known = false, cls, day } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(cls ? [`class:${cls}`] : []), ...(day ? [`day:${day}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug, within };
}
const toll = (scope: ScopeEntity[]): Frame => ({ measure: { id: "killed", text: "killed" }, scope });
const on = (day: string) => ({ asOf: day }) as Claim;
const ids = (m: ReturnType<typeof storyMatch>) => m?.names.map((n) => n.id);

describe("a rare name one lead gives and the other's body, one class told in both (s13 round two)", () => {
  // a8-31: "Pakistan's Harnai shaken by strong earthquake" / "a 5.9 magnitude earthquake struck parts of Balochistan" (Harnai further down).
  const harnai = [name("harnai", { cls: "earthquake" })];
  const balochistan = [name("balochistan", { known: true, cls: "earthquake" }), name("harnai", { lead: false, cls: "earthquake" })];
  it("ties the two reports within the week", () => {
    expect(ids(storyMatch(on("2021-10-07"), toll(balochistan), on("2021-10-13"), toll(harnai)))).toEqual(["name:harnai"]);
    expect(rareToldOnce([{ mine: harnai[0]!, theirs: balochistan[1]! }], harnai, balochistan)).toBe(true);
  });
  it("not past the week, nor when the classes differ", () => {
    expect(storyMatch(on("2021-10-07"), toll(balochistan), on("2021-10-20"), toll(harnai))).toBeNull();
    const flood = [name("balochistan", { known: true, cls: "flood" }), name("harnai", { lead: false, cls: "flood" })];
    expect(storyMatch(on("2021-10-07"), toll(flood), on("2021-10-07"), toll(harnai))).toBeNull();
  });
  it("not when the body's report leads with a finer place of its own (a second event recalling the first)", () => {
    const other = [name("ziarat", { cls: "earthquake" }), name("harnai", { lead: false, cls: "earthquake" })];
    expect(storyMatch(on("2021-10-07"), toll(other), on("2021-10-07"), toll(harnai))).toBeNull();
  });
  it("not for a known place (a province has many events of one class a week)", () => {
    const lead = [name("balochistan", { known: true, cls: "earthquake" })];
    const body = [name("quetta", { known: true, cls: "earthquake" }), name("balochistan", { lead: false, known: true, cls: "earthquake" })];
    expect(storyMatch(on("2021-10-07"), toll(lead), on("2021-10-07"), toll(body))).toBeNull();
  });
  it("a rare name of the body alone can match, so the index files it where the leads giving it look", () => {
    const dolakha = [name("dolakha", { lead: false, cls: "avalanche" })];
    expect(canMatch(dolakha)).toBe(true);
    expect(canMatch([name("kathmandu", { lead: false, known: true })])).toBe(false);
    expect(storyAnchors(toll(dolakha)).flatMap((a) => a.filed)).toEqual(["story:@dolaka+body"]);
  });
});

describe("a rare name both leads give, one report naming no kind of event (s13 round two)", () => {
  // a8-15: "LIMA, Peru -- A makeshift bus ... plunged off a cliff" over Santa Teresa / "Santa Teresa" and "Chaupimayo", no kind told.
  const plunge = [name("santa-teresa", { cls: "crash" })];
  const told = [name("santa-teresa"), name("chaupimayo")];
  it("ties them published within two days, or telling one day", () => {
    expect(ids(storyMatch(on("2013-10-12"), toll(plunge), on("2013-10-13"), toll(told)))).toEqual(["name:santa-teresa"]);
    const fri = (slug: string, cls?: string) => name(slug, { cls, day: "2013-10-11" });
    expect(storyMatch(on("2013-10-12"), toll([fri("santa-teresa", "crash")]), on("2013-10-17"), toll([fri("santa-teresa")]))).not.toBeNull();
  });
  it("not further apart with no day told, nor with two days told", () => {
    expect(storyMatch(on("2013-10-12"), toll(plunge), on("2013-10-16"), toll(told))).toBeNull();
    const a = [name("santa-teresa", { cls: "crash", day: "2013-10-11" })];
    const b = [name("santa-teresa", { day: "2013-10-14" })];
    expect(storyMatch(on("2013-10-15"), toll(a), on("2013-10-15"), toll(b))).toBeNull();
  });
  it("not for a known place both leads give, nor a name one lead only gives", () => {
    const k1 = [name("kayseri", { known: true, cls: "war" })];
    const k2 = [name("kayseri", { known: true })];
    expect(storyMatch(on("2024-07-01"), toll(k1), on("2024-07-01"), toll(k2))).toBeNull();
    const body = [name("santa-teresa", { lead: false }), name("cusco", { known: true })];
    expect(rareInBothLeads([{ mine: plunge[0]!, theirs: body[0]! }], 0, undefined, undefined)).toBe(false);
    // A rare name in both reports ties them on the same day (E, session 15: rareSameDay), not days apart.
    expect(storyMatch(on("2013-10-12"), toll(plunge), on("2013-10-12"), toll(body))).not.toBeNull();
    expect(storyMatch(on("2013-10-12"), toll(plunge), on("2013-10-16"), toll(body))).toBeNull();
  });
});

describe("the gazetteer knows more cities of a million people (s13 round two)", () => {
  it("Jammu, Amritsar, Rajkot, Qingdao, Mwanza, Kayseri are places, so no rare name", () => {
    for (const [written, id] of [["Jammu", "jammu"], ["Amritsar", "amritsar"], ["Rajkot", "rajkot"], ["Qingdao", "qingdao"], ["Mwanza", "mwanza"], ["Kayseri", "kayseri"]] as const) {
      expect(gazetteerPlace(written)).toBe(id);
    }
  });
});
