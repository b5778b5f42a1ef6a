import { describe, expect, it } from "vitest";
import type { Claim, Frame, ScopeEntity } from "../../core/model.js";
import { storyMatch } from "../../core/check/frame/story-names.js";
import { respelt } from "../../core/check/frame/story-shared.js";
import { spoken, spokenAlike } from "../../core/check/frame/story-spelling.js";

// Session 15 (issue 15), E: one event told by many outlets. A rare name both reports carry
// anywhere ties them on the same day (retired aside9 a9-14: "Cijeruk" a paragraph down in AP's
// and the next day's report of one landslide; aside8 a8-3: "Dingxi" in two reports of the Gansu
// earthquake), and one name spelt from another script two ways is one name (aside8 a8-26: "Joda
// Phatak" / "Joda Fatak", the Amritsar crossing).

function name(slug: string, opts: { lead?: boolean; known?: boolean; cls?: string; day?: string; site?: boolean } = {}): ScopeEntity {
  const { lead = false, known = false, cls, day, site = false } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(site ? ["site"] : []), ...(cls ? [`class:${cls}`] : []), ...(day ? [`day:${day}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug, within };
}
const toll = (scope: ScopeEntity[]): Frame => ({ measure: { id: "killed", text: "killed" }, scope });
const on = (day: string) => ({ asOf: day }) as Claim;
const ids = (m: ReturnType<typeof storyMatch>) => m?.names.map((n) => n.id);

describe("a rare name both reports carry in their bodies, the same day (rareSameDay)", () => {
  const ap = [name("cijeruk", { cls: "landslide", day: "2006-01-04" }), name("jember", { cls: "landslide", day: "2006-01-04" })];
  const next = [name("central-java", { lead: true, known: true, cls: "landslide", day: "2006-01-04" }), name("cijeruk", { cls: "landslide", day: "2006-01-04" })];
  it("ties two reports of one class whose leads tell the same day", () => {
    expect(ids(storyMatch(on("2006-01-04"), toll(ap), on("2006-01-05"), toll(next)))).toEqual(["name:cijeruk"]);
  });
  it("ties them, one telling no kind of event, published within two days when a lead tells no day", () => {
    const plain = [name("dingxi"), name("gansu", { known: true })];
    const quake = [name("gansu", { lead: true, known: true, cls: "earthquake" }), name("dingxi", { cls: "earthquake" })];
    expect(ids(storyMatch(on("2013-07-23"), toll(plain), on("2013-07-23"), toll(quake)))).toEqual(["name:dingxi", "name:gansu"]);
    expect(storyMatch(on("2013-07-23"), toll(plain), on("2013-07-27"), toll(quake))).toBeNull();
  });
  it("not when the leads tell days apart, nor a known place alone, nor a built thing alone", () => {
    const later = [name("cijeruk", { cls: "landslide", day: "2006-01-09" })];
    expect(storyMatch(on("2006-01-04"), toll(ap), on("2006-01-09"), toll(later))).toBeNull();
    const city = (day: string) => [name("mumbai", { known: true, cls: "collapse" })].map((n) => ({ ...n, within: [...n.within!, `day:${day}`] }));
    expect(storyMatch(on("2020-01-04"), toll(city("2020-01-04")), on("2020-01-04"), toll(city("2020-01-04")))).toBeNull();
    const bridge = () => [name("morandi", { site: true, cls: "collapse" })];
    expect(storyMatch(on("2018-08-14"), toll(bridge()), on("2018-08-14"), toll(bridge()))).toBeNull();
  });
  it("not in a story of an event that lasts days over many places (a flood's villages are in every bulletin)", () => {
    const flood = () => [name("feni-sadar", { cls: "flood" })];
    expect(storyMatch(on("2024-08-27"), toll(flood()), on("2024-08-28"), toll(flood()))).toBeNull();
  });
  it("not when each lead gives a finer place of its own", () => {
    const one = [name("padma"), name("mawa", { lead: true, cls: "capsizing" })];
    const two = [name("padma"), name("shimulia", { lead: true, cls: "capsizing" })];
    expect(storyMatch(on("2014-08-04"), toll(one), on("2014-08-04"), toll(two))).toBeNull();
  });
});

describe("a name spelt from another script two ways (story-spelling.ts)", () => {
  it("is one name by its sound", () => {
    expect(spoken(["joda", "phatak"])).toBe("jodafatak");
    expect(spokenAlike(["joda", "phatak"], ["joda", "fatak"])).toBe(true);
    expect(spokenAlike(["sheikhupura"], ["shekhupura"])).toBe(true);
    expect(spokenAlike(["saadiya"], ["sadiya"])).toBe(true);
    expect(respelt(name("joda-phatak"), name("joda-fatak"))).toBe(true);
  });
  it("not short names, names opening with other letters, nor names whose sounds differ", () => {
    expect(spokenAlike(["hama"], ["homs"])).toBe(false);
    expect(spokenAlike(["kaduna"], ["kano"])).toBe(false);
    expect(spokenAlike(["phalodi"], ["falodi"])).toBe(false);
    expect(spokenAlike(["mandalay"], ["mandala"])).toBe(false);
  });
  it("ties two reports of one story only with another name in common (as a name one letter apart)", () => {
    const a = [name("amritsar", { known: true }), name("joda-fatak")];
    const c = [name("amritsar", { lead: true, known: true, day: "2018-10-19" }), name("joda-phatak", { day: "2018-10-19" })];
    expect(ids(storyMatch(on("2018-10-20"), toll(a), on("2018-10-20"), toll(c)))).toEqual(["name:amritsar", "name:joda-fatak"]);
    expect(storyMatch(on("2018-10-20"), toll([name("joda-fatak")]), on("2018-10-20"), toll([name("joda-phatak", { day: "2018-10-19" })]))).toBeNull();
  });
});
