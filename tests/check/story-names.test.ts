import { describe, expect, it } from "vitest";
import type { Claim, EventFrame, Frame, ScopeEntity } from "../../core/model.js";
import { sameThing } from "../../core/check/same-thing.js";
import { storyClass } from "../../core/check/frame/story-names.js";
import { placeStem } from "../../core/check/frame/event.js";
import { respelt, sameName, sharedNames } from "../../core/check/frame/story-shared.js";
import { article, claimOn, subject } from "./support.js";

/**
 * A story name (extraction step frame.story-names): `lead` when the headline or lead gives it,
 * `known` for a gazetteer place, with the story's class of event and the day its lead tells.
 */
function name(slug: string, opts: { day?: string; cls?: string; lead?: boolean; known?: boolean } = {}): ScopeEntity {
  const { day, cls = "stampede", lead = true, known = false } = opts;
  const within = [...(lead ? ["lead"] : []), ...(known ? ["known"] : []), ...(day ? [`day:${day}`] : []), ...(cls ? [`class:${cls}`] : [])];
  return { kind: "named", id: `name:${slug}`, text: slug.charAt(0).toUpperCase() + slug.slice(1), within };
}

function told(id: string, value: number, scope: ScopeEntity[], published: string, measure = "killed", event?: EventFrame): Claim {
  const f: Frame = { measure: { id: measure, text: "died" }, scope, ...(event ? { event } : {}), rules: ["frame.measure", "frame.story-names"] };
  return claimOn(article(id, `Officials said ${value} people died.`, published), { text: `${value}`, value, unit: "person", dimension: "count", subject: subject(measure, { frame: f }) });
}

// Two reports' tolls tied only by their stories: the same class of event, names in common, days apart.
describe("sameThing by story names", () => {
  it("a rare name both leads give, within a week, is a weak match that says why", () => {
    const match = sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("kanjuruhan")], "2022-10-05"));
    expect(match?.strength).toBe("weak");
    expect(match?.why).toBe("both reports: stampede; both name Kanjuruhan; published 3 days apart");
  });
  it("more than three weeks apart, or different names, or different measures, is no match", () => {
    expect(sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("kanjuruhan")], "2022-10-24"))).toBeNull();
    expect(sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("malang")], "2022-10-03"))).toBeNull();
    expect(sameThing(told("a", 125, [name("kanjuruhan")], "2022-10-02"), told("b", 131, [name("kanjuruhan")], "2022-10-03", "injured"))).toBeNull();
  });
  it("past the week a rare name both leads give still ties two reports (a disaster's toll is counted for weeks); a known city with another name does not", () => {
    expect(sameThing(told("a", 446, [name("idai", { cls: "storm" })], "2019-03-24"), told("b", 602, [name("idai", { cls: "storm" })], "2019-04-10"))?.strength).toBe("weak");
    const city = (slug: string) => name(slug, { cls: "earthquake", known: true });
    expect(sameThing(told("a", 1002, [city("mandalay"), city("sagaing")], "2025-03-29"), told("b", 3700, [city("mandalay"), city("sagaing")], "2025-04-12"))).toBeNull();
  });
  it("a report naming no kind of event (or two such) takes the other's when a rare lead name and another name tie them, within the week", () => {
    const [ikoyi, gerrard] = [name("ikoyi", { cls: "collapse" }), name("gerrard", { cls: "collapse" })];
    const [bare, bareRoad] = [name("ikoyi", { cls: "" }), name("gerrard", { cls: "" })];
    expect(sameThing(told("a", 36, [ikoyi, gerrard], "2021-11-04"), told("b", 38, [bare, bareRoad], "2021-11-04"))?.strength).toBe("weak");
    // Neither naming a kind ("the bus accident", "fell into a gorge"): the same two names tie them.
    const match = sameThing(told("a", 60, [bare, bareRoad], "2021-11-04"), told("b", 40, [bare, bareRoad], "2021-11-04"));
    expect(match?.why).toBe("both reports: one event; both name Ikoyi and Gerrard; published the same day");
    // One name is not enough past two days (published the same day, a rare name both leads give is:
    // rareInBothLeads, s13-s-story-rare.test.ts), nor two names past the week.
    expect(sameThing(told("a", 36, [ikoyi], "2021-11-04"), told("b", 38, [bare], "2021-11-04"))?.strength).toBe("weak");
    expect(sameThing(told("a", 36, [ikoyi], "2021-11-04"), told("b", 38, [bare], "2021-11-07"))).toBeNull();
    expect(sameThing(told("a", 36, [ikoyi, gerrard], "2021-11-04"), told("b", 38, [bare, bareRoad], "2021-11-07"))?.strength).toBe("weak");
    expect(sameThing(told("a", 36, [ikoyi, gerrard], "2021-11-04"), told("b", 44, [bare, bareRoad], "2021-11-14"))).toBeNull();
  });
  it("leads telling two different days are two events in one place", () => {
    expect(sameThing(told("a", 9, [name("konduga", { day: "2023-03-07" })], "2023-03-08"), told("b", 14, [name("konduga", { day: "2023-03-13" })], "2023-03-14"))).toBeNull();
    expect(sameThing(told("a", 9, [name("konduga", { day: "2023-03-07" })], "2023-03-08"), told("b", 14, [name("konduga", { day: "2023-03-08" })], "2023-03-09"))?.strength).toBe("weak");
  });
  it("a known city alone is not enough past two days with no day told (many events of a class share one); with a second shared name it is", () => {
    const quake = (slug: string, extra = false) => name(slug, { cls: "earthquake", known: !extra });
    expect(sameThing(told("a", 1002, [quake("mandalay")], "2025-03-29"), told("b", 1644, [quake("mandalay")], "2025-04-01"))).toBeNull();
    const match = sameThing(told("a", 1002, [quake("mandalay"), quake("sagaing")], "2025-03-29"), told("b", 1644, [quake("mandalay"), quake("sagaing")], "2025-03-31"));
    expect(match?.why).toBe("both reports: earthquake; both name Mandalay and Sagaing; published 2 days apart");
  });
  it("a known city both leads give alone ties two reports of one class when more than the place agrees: the lead's day, or two days with none told", () => {
    // Telegraph India, 31 Aug 2017: 'Twenty-one people were killed when a 117-year-old condemned building in Bhendi Bazaar
    // collapsed on Thursday morning'; Reuters, 1 Sep: 'the toll from the disaster rose to 33' in Mumbai, 'since the collapse early yesterday'.
    const mumbai = (opts: { day?: string; cls?: string } = {}) => name("mumbai", { cls: "collapse", known: true, ...opts });
    expect(sameThing(told("a", 21, [mumbai({ day: "2017-08-31" }), name("bhendi", { cls: "collapse" })], "2017-08-31"), told("b", 33, [mumbai({ day: "2017-08-31" })], "2017-09-01"))?.why)
      .toBe("both reports: collapse; both name Mumbai; published 1 day apart");
    // No day told by one: published within two days.
    expect(sameThing(told("a", 21, [mumbai()], "2017-08-31"), told("b", 33, [mumbai({ day: "2017-08-31" })], "2017-09-02"))?.strength).toBe("weak");
    expect(sameThing(told("a", 21, [mumbai()], "2017-08-31"), told("b", 33, [mumbai()], "2017-09-03"))).toBeNull();
    // Leads telling two days: two collapses in one city (the Malad wall on 2 July, a building a day on).
    expect(sameThing(told("a", 19, [mumbai({ day: "2019-07-02" })], "2019-07-02"), told("b", 13, [mumbai({ day: "2019-07-03" })], "2019-07-03"))).toBeNull();
    // Another class in the same city, the same days: the floods' 14 are not the collapse's toll.
    expect(sameThing(told("a", 14, [mumbai({ cls: "flood" })], "2017-08-30"), told("b", 33, [mumbai()], "2017-09-01"))).toBeNull();
    // Each lead naming a finer place of its own: two events in one city (Dongri / Bhendi Bazaar), even on one day.
    const [dongri, bhendi] = [name("dongri", { cls: "collapse" }), name("bhendi", { cls: "collapse" })];
    expect(sameThing(told("a", 13, [mumbai(), dongri], "2019-07-16"), told("b", 10, [mumbai(), bhendi], "2019-07-16"))).toBeNull();
    // A known city the body gives beside a lead name of its own is no lead name: nothing.
    const inBody = name("mumbai", { cls: "collapse", known: true, lead: false });
    expect(sameThing(told("a", 21, [inBody, name("thane", { cls: "collapse" })], "2017-08-31"), told("b", 33, [mumbai()], "2017-09-01"))).toBeNull();
  });
  it("a known city one lead gives and the other's body, that lead naming no place, ties two reports of one class on the terms of a city both leads give", () => {
    // World Bulletin (AFP), 15 Aug 2018: 'Death toll rises to 38 in Italy bridge collapse / A vast span of the Morandi
    // bridge caved in ... in the northern port city', 'the Genoa tragedy', '16 people were wounded'; WBRZ (AP) the same
    // day: 'ROME (AP) - ... the Genoa highway bridge collapse', '15 people were injured'.
    const genoa = (lead: boolean, day?: string) => name("genoa", { cls: "collapse", known: true, lead, ...(day ? { day } : {}) });
    const ap = told("b", 15, [genoa(true), name("rome", { cls: "collapse", known: true })], "2018-08-15", "injured");
    expect(sameThing(told("a", 16, [genoa(false, "2018-08-14")], "2018-08-15", "injured"), ap)?.why).toBe("both reports: collapse; both name Genoa; published the same day");
    // Past two days with no day told by the lead that gives the city, or another class: nothing.
    expect(sameThing(told("a", 16, [genoa(false)], "2018-08-18", "injured"), ap)).toBeNull();
    expect(sameThing(told("a", 16, [name("genoa", { cls: "flood", known: true, lead: false })], "2018-08-15", "injured"), ap)).toBeNull();
    // A body naming a second known place ('as in Milan last week') is a story told against another: nothing.
    expect(sameThing(told("a", 16, [genoa(false), name("milan", { cls: "collapse", known: true, lead: false })], "2018-08-15", "injured"), ap)).toBeNull();
    // Both only in the body: nothing ties them.
    expect(sameThing(told("a", 16, [genoa(false)], "2018-08-15", "injured"), told("b", 15, [genoa(false)], "2018-08-15", "injured"))).toBeNull();
  });
  it("a name written one letter apart ('Princess Ishika' / 'Princess Ashika') is one name when the reports agree on something else", () => {
    // AFP and AP on the Tonga ferry, August 2009: 'the Princess Ishika ferry' / 'The Princess Ashika went down'.
    const [ishika, ashika] = [name("princess-ishika", { cls: "capsizing", day: "2009-08-05" }), name("princess-ashika", { cls: "capsizing", day: "2009-08-05" })];
    expect(sameThing(told("a", 62, [ishika], "2009-08-07", "missing"), told("b", 93, [ashika], "2009-08-09", "missing"))?.why)
      .toBe("both reports: capsizing; both name Princess-ishika; published 2 days apart");
    // Another name written alike agrees too.
    const tonga = (cls: string) => name("nukualofa", { cls });
    expect(sameThing(told("a", 62, [name("ishika", { cls: "capsizing" }), tonga("capsizing")], "2009-08-07", "missing"), told("b", 93, [name("ashika", { cls: "capsizing" }), tonga("capsizing")], "2009-08-09", "missing"))?.strength).toBe("weak");
    // Nothing else agreeing (no day told): two names.
    expect(sameThing(told("a", 62, [name("ishika", { cls: "capsizing" })], "2009-08-07", "missing"), told("b", 93, [name("ashika", { cls: "capsizing" })], "2009-08-09", "missing"))).toBeNull();
    // Two letters apart, or a short name one letter apart: two names.
    expect(sameThing(told("a", 93, [name("tabieen", { cls: "attack", day: "2024-08-10" })], "2024-08-10"), told("b", 100, [name("tabiin-x", { cls: "attack", day: "2024-08-10" })], "2024-08-10"))).toBeNull();
    expect(sameThing(told("a", 9, [name("hama", { cls: "attack", day: "2012-05-01" })], "2012-05-01"), told("b", 12, [name("homa", { cls: "attack", day: "2012-05-01" })], "2012-05-01"))).toBeNull();
  });
  it("a neighbourhood the gazetteer lacks, given by a lead beside the city both leads give, is in that city for the story match", () => {
    // PTI, 28 Sep 2013: 'Mumbai building crash: ... toll mounts to 54' / 'the building collapse in Mazgaon area';
    // AFP, 29 Sep: 'Mumbai collapse death toll climbs to 60'.
    const collapse = (place: string): EventFrame => ({ id: "collapse", text: "collapse", place });
    const mumbai = name("mumbai", { cls: "collapse", known: true });
    const mazgaon = name("mazgaon", { cls: "collapse" });
    const pti = told("a", 54, [mumbai, mazgaon, { kind: "place", id: "mazgaon", text: "Mazgaon", within: [] }], "2013-09-28", "killed", collapse("mazgaon"));
    const afp = told("b", 60, [mumbai, { kind: "place", id: "mumbai", text: "Mumbai", within: ["india"] }], "2013-09-29", "killed", collapse("mumbai"));
    expect(sameThing(pti, afp)?.why).toBe("both reports: collapse; both name Mumbai; published 1 day apart");
    // Without the city in its lead, Mazgaon is another place.
    const alone = told("a", 54, [mazgaon, { kind: "place", id: "mazgaon", text: "Mazgaon", within: [] }], "2013-09-28", "killed", collapse("mazgaon"));
    expect(sameThing(alone, afp)).toBeNull();
    // The other report naming a finer place of its own (Dongri): two collapses in one city.
    const dongri = told("b", 13, [mumbai, name("dongri", { cls: "collapse" }), { kind: "place", id: "mumbai", text: "Mumbai", within: ["india"] }], "2013-09-29", "killed", collapse("mumbai"));
    expect(sameThing(pti, dongri)).toBeNull();
  });
  it("a neighbourhood its own sentence puts in a city ('south Mumbai's Dongri') is in that city for the story match, wherever the story gives it", () => {
    const collapse = (place: string): EventFrame => ({ id: "collapse", text: "collapse", place });
    const mumbai = name("mumbai", { cls: "collapse", known: true });
    const unmarked = name("dongri", { cls: "collapse", lead: false });
    const marked = { ...unmarked, within: [...(unmarked.within ?? []), "in:mumbai"] };
    const place = { kind: "place" as const, id: "dongri", text: "Dongri", within: [] };
    const city = { kind: "place" as const, id: "mumbai", text: "Mumbai", within: ["india"] };
    const other = told("b", 13, [mumbai, city], "2019-07-17", "killed", collapse("mumbai"));
    expect(sameThing(told("a", 11, [mumbai, marked, place], "2019-07-16", "killed", collapse("dongri")), other)?.strength).toBe("weak");
    // Unmarked and only in the body: another place.
    expect(sameThing(told("a", 11, [mumbai, unmarked, place], "2019-07-16", "killed", collapse("dongri")), other)).toBeNull();
  });
  it("a name only the body gives adds to a shared lead name, never stands alone", () => {
    const body = (slug: string) => name(slug, { lead: false, known: true });
    expect(sameThing(told("a", 59, [body("westgate")], "2013-09-22"), told("b", 68, [body("westgate")], "2013-09-23"))).toBeNull();
    const lead = name("nairobi", { known: true, cls: "attack" });
    expect(sameThing(told("a", 59, [lead, name("westgate", { cls: "attack" })], "2013-09-22"), told("b", 68, [lead, name("westgate", { lead: false, cls: "attack" })], "2013-09-23"))?.strength).toBe("weak");
  });
  it("a rare name one lead gives and the other report only in its body ties them with another shared name, within the week; alone, or past the week, it does not", () => {
    // AFP: 'in Kullu district of the Himalayan state' (body); HT: '43 die in Himachal's Kullu' (lead). Neither names a kind of event.
    const wire = [name("himachal-pradesh", { cls: "", known: true }), name("kullu", { cls: "", lead: false })];
    const local = [name("kullu", { cls: "" }), name("himachal", { cls: "" })];
    expect(sameThing(told("a", 25, wire, "2019-06-20"), told("b", 43, local, "2019-06-20"))?.why).toBe("both reports: one event; both name Himachal-pradesh and Kullu; published the same day");
    // The rare name alone, one lead and the other's body: tied on the same day (E, session 15: rareSameDay), not days apart.
    expect(sameThing(told("a", 25, [wire[1]!], "2019-06-20"), told("b", 43, [local[0]!], "2019-06-20"))?.strength).toBe("weak");
    expect(sameThing(told("a", 25, [wire[1]!], "2019-06-20"), told("b", 43, [local[0]!], "2019-06-24"))).toBeNull();
    expect(sameThing(told("a", 25, wire, "2019-06-20"), told("b", 43, local, "2019-06-29"))).toBeNull();
    // Of one class: with a second name within the week; alone too (rareToldOnce), unless the report
    // naming it only in its body gives a finer place of its own in its lead (another event recalling it).
    const crash = (slug: string, lead = true) => name(slug, { cls: "crash", lead });
    expect(sameThing(told("a", 20, [crash("kullu"), crash("banjar")], "2019-06-20"), told("b", 44, [crash("kullu", false), crash("banjar-civil", false)], "2019-06-21"))?.strength).toBe("weak");
    expect(sameThing(told("a", 20, [crash("kullu")], "2019-06-20"), told("b", 44, [crash("kullu", false)], "2019-06-21"))?.strength).toBe("weak");
    expect(sameThing(told("a", 20, [crash("kullu")], "2019-06-20"), told("b", 44, [crash("kullu", false), crash("mandi")], "2019-06-21"))).toBeNull();
    // Both only in the bodies: tied a day apart (E, session 15: rareSameDay), not days apart.
    expect(sameThing(told("a", 20, [crash("kullu", false), crash("banjar", false)], "2019-06-20"), told("b", 44, [crash("kullu", false), crash("banjar", false)], "2019-06-21"))?.strength).toBe("weak");
    expect(sameThing(told("a", 20, [crash("kullu", false), crash("banjar", false)], "2019-06-20"), told("b", 44, [crash("kullu", false), crash("banjar", false)], "2019-06-24"))).toBeNull();
  });
  it("a name written short and in full is one name ('Himachal' / 'Himachal Pradesh', 'Banjar' / 'Banjar Civil'); a short form under four letters, or other first words, is not", () => {
    expect(sameName(name("himachal"), name("himachal-pradesh"))).toBe(true);
    expect(sameName(name("banjar-civil"), name("banjar"))).toBe(true);
    expect(sameName(name("san"), name("san-remigio"))).toBe(false);
    expect(sameName(name("pradesh"), name("himachal-pradesh"))).toBe(false);
    expect(sameName(name("san-remigio"), name("san-francisco"))).toBe(false);
    expect(sharedNames([name("kullu"), name("banjar")], [name("banjar-civil"), name("kullu")]).map((p) => p.theirs.id)).toEqual(["name:kullu", "name:banjar-civil"]);
  });
  it("one letter changed, added or dropped in one word of five letters or more is a respelling; the names written alike pair first", () => {
    expect([respelt(name("ishika"), name("ashika")), respelt(name("princess-ishika"), name("princess-ashika")), respelt(name("tabieen"), name("tabien")), respelt(name("odessa"), name("odesa"))]).toEqual([true, true, true, true]);
    expect([respelt(name("hama"), name("homa")), respelt(name("tabieen"), name("tabin")), respelt(name("ishika"), name("ishika")), respelt(name("north-ishika"), name("south-ashika"))]).toEqual([false, false, false, false]);
    const pairs = sharedNames([name("ishika"), name("nukualofa")], [name("nukualofa"), name("ashika")]);
    expect(pairs.map((p) => [p.theirs.id, Boolean(p.respelt)])).toEqual([["name:nukualofa", false], ["name:ashika", true]]);
  });
  it("the class of event must agree: the toll's own, else its story's; a generic word takes the story's", () => {
    const quakeStory = [name("amatrice", { cls: "earthquake" })];
    const disaster: EventFrame = { id: "disaster", text: "the disaster" };
    expect(sameThing(told("a", 38, quakeStory, "2016-08-24"), told("b", 267, quakeStory, "2016-08-26", "killed", disaster))?.strength).toBe("weak");
    const fireStory = [name("amatrice", { cls: "fire" })];
    expect(sameThing(told("a", 38, quakeStory, "2016-08-24"), told("b", 267, fireStory, "2016-08-26"))).toBeNull();
    expect(storyClass({ measure: { id: "killed", text: "" }, scope: [name("derna", { cls: "flood" })], event: { id: "storm", text: "Storm Daniel" } })).toBe("storm");
  });
  it("a toll with a place of its own that the other story does not name is a part or another event", () => {
    const story = [name("pedernales", { cls: "earthquake" }), name("manta", { cls: "earthquake" })];
    const manabi: ScopeEntity = { kind: "place", id: "manabi", text: "Manabi", within: ["ecuador"] };
    expect(sameThing(told("a", 272, story, "2016-04-17"), told("b", 180, [...story, manabi], "2016-04-18"))).toBeNull();
  });
  it("one event placed at two levels (a town, its island) by two reports naming both is one story's, weakly; a place one story does not name is not", () => {
    const story = [name("cianjur", { cls: "earthquake" }), name("java", { cls: "earthquake", known: true })];
    const quake = (place: string): EventFrame => ({ id: "earthquake", text: "earthquake", place, date: "2022-11-21" });
    const place = (id: string): ScopeEntity => ({ kind: "place", id, text: id, within: ["indonesia"] });
    const town = told("a", 62, [...story, place("cianjur")], "2022-11-21", "killed", quake("cianjur"));
    const island = told("b", 252, [...story, place("java")], "2022-11-22", "killed", quake("java"));
    expect(sameThing(town, island)?.why).toBe("both reports: earthquake; both name Cianjur and Java; published 1 day apart");
    const elsewhere = told("c", 252, [name("cianjur", { cls: "earthquake" }), place("sumatra")], "2022-11-22", "killed", quake("sumatra"));
    expect(sameThing(town, elsewhere)).toBeNull();
    // Days that differ are two events, whatever the stories name.
    const later = told("d", 252, [...story, place("java")], "2022-11-22", "killed", { ...quake("java"), date: "2022-11-18" });
    expect(sameThing(town, later)).toBeNull();
  });
  it("a village one lead gives beside the town both leads give is where the other report's event is, when that report places it at the town", () => {
    // TNN, 2 Dec 2016: 'As many as 18 workers died in a blast at an explosives factory near Thuraiyur' (event at
    // Thuraiyur); UNI, 2 Dec: 'Twenty workers were killed in an explosion at Murungapatti village near Thuraiyur'.
    const blast = (place: string): EventFrame => ({ id: "attack", text: "blast", place, date: "2016-12-01" });
    const place = (id: string): ScopeEntity => ({ kind: "place", id, text: id, within: [] });
    const thuraiyur = name("thuraiyur", { cls: "attack" });
    const town = told("a", 18, [thuraiyur, name("trichy", { cls: "attack" }), place("thuraiyur")], "2016-12-02", "killed", blast("thuraiyur"));
    const village = told("b", 20, [name("murungapatti", { cls: "attack" }), thuraiyur, place("murungapatti")], "2016-12-02", "killed", blast("murungapatti"));
    expect(sameThing(town, village)?.why).toBe("both reports: attack; both name Thuraiyur; published the same day");
    // Each placing its event at a village of its own near the town: two events.
    const other = told("c", 5, [name("kottapalayam", { cls: "attack" }), thuraiyur, place("kottapalayam")], "2016-12-02", "killed", blast("kottapalayam"));
    expect(sameThing(other, village)).toBeNull();
    // The village only in the body, not beside the town in the lead: another place.
    const bodyOnly = told("d", 20, [name("murungapatti", { cls: "attack", lead: false }), thuraiyur, place("murungapatti")], "2016-12-02", "killed", blast("murungapatti"));
    expect(sameThing(town, bodyOnly)).toBeNull();
  });
  it("across reports a place written with its division's word is the place without it ('Banjarnegara Regency' / 'Banjarnegara'); inside one article it is not merged", () => {
    // BNPB, 16 Dec 2014: '64 people dead ... at Jemblung Hamlet, Sampang Village, Karangkobar Sub-district, Banjarnegara
    // Regency'; The Jakarta Post the same day: 'the landslide that hit Jemblung hamlet in Banjarnegara regency', toll 51.
    const slide = (place: string): EventFrame => ({ id: "landslide", text: "landslide", place });
    const jemblung = name("jemblung", { cls: "landslide" });
    const bnpb = told("a", 64, [jemblung, { kind: "place", id: "jemblung-hamlet", text: "Jemblung Hamlet", within: ["sampang-village", "karangkobar-sub-district", "banjarnegara-regency"] }], "2014-12-16", "killed", slide("jemblung-hamlet"));
    const post = told("b", 51, [jemblung, name("banjarnegara", { cls: "landslide" }), { kind: "place", id: "banjarnegara", text: "Banjarnegara", within: ["central-java"] }], "2014-12-16", "killed", slide("banjarnegara"));
    expect(sameThing(bnpb, post)).not.toBeNull();
    expect(placeStem("banjarnegara-regency")).toBe("banjarnegara");
    expect([placeStem("mexico-city"), placeStem("cape-town"), placeStem("district")]).toEqual(["mexico-city", "cape-town", "district"]);
    // A regency the other report does not contain: two places still.
    const elsewhere = told("c", 51, [jemblung, { kind: "place", id: "wonosobo", text: "Wonosobo", within: ["central-java"] }], "2014-12-16", "killed", slide("wonosobo"));
    expect(sameThing(bnpb, elsewhere)).toBeNull();
  });
  it("a toll placed in a known city its story gives only in the body, the lead giving another city, is a side event: the story names tie it to nothing", () => {
    // Radio New Zealand, 12 Sep 2012: 'Death toll climbs in Karachi factory fire ... Meanwhile, at least 23 people have
    // been killed in a fire at a shoe factory in Lahore'; Business Recorder the same day: 'At least 289 people died at a
    // garment factory in Baldia Town, Karachi, just hours after 21 died at a shoe factory in Lahore'.
    const fire: EventFrame = { id: "fire", text: "fire", place: "lahore", date: "2012-09-11" };
    const lahore = (lead: boolean) => name("lahore", { cls: "fire", known: true, lead });
    const karachi = name("karachi", { cls: "fire", known: true });
    const place: ScopeEntity = { kind: "place", id: "lahore", text: "Lahore", within: ["pakistan"] };
    const recorder = told("b", 289, [karachi, lahore(true), name("baldia", { cls: "fire" })], "2012-09-12");
    expect(sameThing(told("a", 23, [karachi, lahore(false), place], "2012-09-12", "killed", fire), recorder)).toBeNull();
    // The same toll in a story whose lead gives Lahore too is the story's: a weak match.
    expect(sameThing(told("a", 23, [karachi, lahore(true), place], "2012-09-12", "killed", fire), recorder)?.strength).toBe("weak");
  });
  it("inside one story a name anchors nothing (every toll of the story has it)", () => {
    const source = article("a", "Officials said 125 people died. Later 131 died.", "2022-10-02");
    const f: Frame = { measure: { id: "killed", text: "died" }, scope: [name("kanjuruhan")], rules: ["frame.story-names"] };
    const [x, y] = [125, 131].map((value) => claimOn(source, { text: `${value}`, value, unit: "person", dimension: "count", subject: subject("killed", { frame: f }) }));
    expect(sameThing(x!, y!)).toBeNull();
  });
});
