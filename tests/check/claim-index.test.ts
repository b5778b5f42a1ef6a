import { describe, expect, it } from "vitest";
import {
  anchorOf, filingKeys, insideKey, isAnchorKey, lookupsFor, lookupsForClaims, nearestOf, partitionOf, relatedByIndex, surelyRelated, UNDATED, wholeDays, windowDays,
} from "../../core/check/claim-index.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";
import { groupFindings } from "../../core/recheck/subjects.js";
import type { Claim, CheckInput, Finding, Frame } from "../../core/index.js";
import { framed } from "./framed.js";

const baghdad = { kind: "place" as const, id: "baghdad", text: "Baghdad", within: ["iraq"] };
const iraq = { kind: "place" as const, id: "iraq", text: "Iraq", within: [] };
const attackIn = (place: string, date: string) => ({ id: "attack", text: "the bombing", place, date });

const toll = (articleId: string, value: number, date: string, place = baghdad, measure = "killed") =>
  framed(articleId, value, { measure: { id: measure, text: measure }, scope: [place], event: attackIn(place.id, date) }, date);

describe("filingKeys", () => {
  it("files an event's toll under the event at its place, and as inside the place and the containing country", () => {
    expect(filingKeys(toll("a", 12, "2024-05-05")).map((f) => f.key).sort()).toEqual([
      "killed/event:attack@baghdad", "killed/event:attack@in:*", "killed/event:attack@in:iraq", "killed/place:in:baghdad", "killed/place:in:iraq",
    ]);
  });

  it("never files a claim under its measure alone: a bare toll, or a count with no anchor, is filed nowhere", () => {
    const bare = framed("a", 12, { measure: { id: "killed", text: "killed" }, scope: [] }, "2024-05-05");
    expect(filingKeys(bare)).toEqual([]);
    expect(lookupsFor(bare)).toEqual([]);
    for (const claim of [toll("a", 1, "2024-05-05"), bare]) {
      for (const { key } of filingKeys(claim)) expect(key.split("/")[1]).not.toBe("");
    }
  });

  it("files an event by the day it happened, a level by when it holds, a date by the date claimed", () => {
    expect(filingKeys(toll("a", 12, "2024-05-05")).find((f) => f.key.includes("event"))?.time).toBe("2024-05-05");
    const refugees = framed("b", 3_600_000, { measure: { id: "refugee", text: "refugees" }, scope: [{ kind: "group", id: "syrian", text: "Syrian" }] }, "2024-08");
    expect(filingKeys(refugees)).toEqual([{ key: "refugee/group:syrian", time: "2024-08-01" }]);
    const raid = framed("c", 0, { measure: { id: "date.occurred", text: "raid" }, scope: [], event: { id: "raid", text: "raid", place: "barisha" } }, "2024-01-01",
      { kind: "date", value: "2019-10-26", unit: undefined, dimension: "date" });
    expect(filingKeys(raid).map((f) => f.key)).toEqual(["date:date.occurred/event:raid@barisha", "date:date.occurred/event:raid@in:*"]);
    expect(filingKeys(raid)[0]?.time).toBe("2019-10-26");
    const undated = framed("d", 5, { measure: { id: "refugee", text: "refugees" }, scope: [iraq] }, "");
    expect(filingKeys({ ...undated, asOf: undefined })).toEqual([{ key: "refugee/place:iraq", time: UNDATED }]);
  });

  it("keeps claims without a frame: the subject's place, group and event stand in for one", () => {
    const old: Claim = { ...toll("a", 12, "2024-05-05"), subject: { key: "refugee|syrian|turkey", text: "Syrian refugees in Turkey", head: "refugee", group: "syrian", place: "turkey" } };
    expect(filingKeys(old).map((f) => f.key).sort()).toEqual(["refugee/group:syrian", "refugee/place:turkey"]);
  });

  it("files a physical measure with nothing else to anchor it by its head noun and dimension", () => {
    const strip = framed("a", 30, { measure: { id: "depth.strip", text: "deep" }, scope: [] }, "2023-01-11", { unit: "km", dimension: "length" });
    strip.subject!.head = "strip";
    expect(filingKeys(strip)).toEqual([{ key: "strip/dim:length", time: "2023-01-11" }]);
  });
});

describe("lookupsFor and relatedByIndex", () => {
  const same = toll("w1", 12, "2024-05-05");
  const nextDay = toll("w2", 14, "2024-05-06");
  const weekLater = toll("w3", 20, "2024-05-13");
  const otherCity = toll("w4", 9, "2024-05-05", { kind: "place", id: "mosul", text: "Mosul", within: ["iraq"] });
  const country = framed("w5", 40, { measure: { id: "killed", text: "killed" }, scope: [iraq], event: attackIn("iraq", "2024-05-05") }, "2024-05-05");
  const injured = toll("w6", 30, "2024-05-05", baghdad, "injured");

  it("reads a few days around an event: the same bombing reported the next day, not the one a week later", () => {
    const event = lookupsFor(same).find((l) => l.key === "killed/event:attack@baghdad");
    expect(event).toEqual({ key: "killed/event:attack@baghdad", from: "2024-05-02", to: "2024-05-08" });
    expect(lookupsFor(country).find((l) => l.key === "killed/event:attack@in:iraq")).not.toHaveProperty("limit");
    const related = relatedByIndex([toll("new", 13, "2024-05-05")], [same, nextDay, weekLater, otherCity, country, injured]);
    expect(related.map((c) => c.articleId).sort()).toEqual(["w1", "w2", "w5"]);
  });

  it("the country's toll reads what is inside the country: both cities", () => {
    const related = relatedByIndex([framed("new", 41, country.subject!.frame!, "2024-05-05")], [same, otherCity, weekLater]);
    expect(related.map((c) => c.articleId).sort()).toEqual(["w1", "w4"]);
  });

  it("a group's toll told without its event reads the event tolls told inside the group, whichever report comes first; two events' tolls never meet through the group", () => {
    // Asian Lite (IANS), 13 Feb 2015: 'Twelve passengers died ... when the Bengaluru-Erankulam inter-city express
    // derailed near Bengaluru'; Daijiworld (IANS) the same day: 'Nine passengers were killed'. Fox News, 27 Aug 2021:
    // 'those killed included 10 Marines' against the Pentagon's 'A total of 11 Marines ... perished in the explosion'.
    const passengers = { kind: "group" as const, id: "passenger", text: "passengers" };
    const crash = (place: string) => ({ id: "crash", text: "derailed", place });
    const bengaluru = { kind: "place" as const, id: "bengaluru", text: "Bengaluru", within: ["india"] };
    const derailed = framed("a", 12, { measure: { id: "killed.passenger", text: "died" }, scope: [bengaluru, passengers], event: crash("bengaluru") }, "2015-02-13");
    const told = framed("b", 9, { measure: { id: "killed.passenger", text: "were killed" }, scope: [passengers] }, "2015-02-13");
    expect(filingKeys(derailed).map((f) => f.key)).toContain("killed.passenger/group:in:passenger");
    // A group's toll reads its whole's keys too (part-over-whole.ts: a part larger than its whole is a finding).
    expect(lookupsFor(told).map((l) => l.key)).toEqual(["killed.passenger/group:passenger", "killed/group:passenger", "killed.passenger/group:in:passenger", "killed/group:in:passenger"]);
    expect(relatedByIndex([told], [derailed]).map((c) => c.articleId)).toEqual(["a"]);
    expect(relatedByIndex([derailed], [told]).map((c) => c.articleId)).toEqual(["b"]);
    expect(partitionOf([derailed, told])).toBe("killed.passenger/group:passenger");
    // Another derailment's passengers, in another city the same day: not read through the group.
    const elsewhere = framed("c", 4, { measure: { id: "killed.passenger", text: "died" }, scope: [{ kind: "place", id: "mysuru", text: "Mysuru", within: ["india"] }, passengers], event: crash("mysuru") }, "2015-02-13");
    expect(lookupsFor(derailed).map((l) => l.key)).not.toContain("killed.passenger/group:in:passenger");
    expect(relatedByIndex([derailed], [elsewhere]).map((c) => c.articleId)).toEqual([]);
  });

  it("reads some years around a level", () => {
    const level = (id: string, asOf: string) => framed(id, 3_500_000, { measure: { id: "refugee", text: "refugees" }, scope: [{ kind: "place", id: "turkey", text: "Turkey" }] }, asOf);
    const related = relatedByIndex([level("new", "2024-08-06")], [level("old", "2020-01-14"), level("ancient", "2010-01-01")]);
    expect(related.map((c) => c.articleId)).toEqual(["old"]);
  });

  it("a report that gives no place for the event meets the reports that do, and they meet it", () => {
    const unplaced = framed("u", 11, { measure: { id: "killed", text: "killed" }, scope: [], event: { id: "attack", text: "the blast", date: "2024-05-05" } }, "2024-05-06");
    expect(relatedByIndex([unplaced], [same, weekLater]).map((c) => c.articleId)).toEqual(["w1"]);
    expect(relatedByIndex([toll("new", 13, "2024-05-05")], [unplaced]).map((c) => c.articleId)).toEqual(["u"]);
    expect(partitionOf([same, unplaced])).toBe("killed/event:attack");
  });

  it("a toll lent its story's event with no place is filed under no event key and reads none: it would meet every attack of the day", () => {
    const lent = (id: string, value: number, extra: Frame["scope"] = []) => framed(id, value, {
      measure: { id: "killed", text: "killing" }, scope: extra, event: { id: "attack", text: "bombing", date: "2024-05-05" },
      rules: ["subject.casualty", "frame.measure", "frame.story-event"],
    }, "2024-05-05");
    const elsewhere = Array.from({ length: 40 }, (_, i) => lent(`l${i}`, 10 + i));
    expect(filingKeys(elsewhere[0]!)).toEqual([]);
    expect(lookupsFor(elsewhere[0]!)).toEqual([]);
    // A placed report of the day reads none of them, however many there are.
    expect(relatedByIndex([toll("new", 13, "2024-05-05")], [same, ...elsewhere]).map((c) => c.articleId)).toEqual(["w1"]);
    // A lent event told with a rare name of its story's lead is filed by the name (frame/story-names.ts).
    const named = { kind: "named" as const, id: "name:kanjuruhan", text: "Kanjuruhan", within: ["lead"] };
    expect(filingKeys(lent("k", 125, [named])).map((f) => f.key)).toEqual(["killed/story:@kanjuruhan", "killed/told:attack@kanjuruhan#2024"]);
    expect(relatedByIndex([lent("k2", 131, [named])], [lent("k", 125, [named]), ...elsewhere]).map((c) => c.articleId)).toEqual(["k"]);
    // Lent with a place, it is an anchor like any event's place.
    expect(filingKeys(lent("p", 9, [baghdad])).map((f) => f.key)).toContain("killed/event:attack@baghdad");
  });

  it("a report retelling the event undated days later meets the dated reports of the news cycle before it, both ways; other dated events there stay unread", () => {
    const retold = (id: string, value: number, asOf: string) => framed(id, value, { measure: { id: "killed", text: "killed" }, scope: [baghdad], event: { id: "attack", text: "the bombing", place: "baghdad" } }, asOf);
    const later = retold("r", 14, "2024-05-11");
    // The dated toll of 5 May reads the undated retelling of 11 May (one of the 7 days after it), and the other way round.
    expect(relatedByIndex([toll("new", 13, "2024-05-05")], [later, weekLater]).map((c) => c.articleId)).toEqual(["r"]);
    expect(relatedByIndex([retold("new", 15, "2024-05-11")], [same, weekLater]).map((c) => c.articleId).sort()).toEqual(["w1", "w3"]);
    // Past the cycle, nothing: a retelling 12 days on is of some other bombing.
    expect(relatedByIndex([toll("new", 13, "2024-05-05")], [retold("r2", 14, "2024-05-17")])).toEqual([]);
    // Only the undated are filed apart; the re-check owns such a pair under the event's own key.
    expect(filingKeys(later).map((f) => f.key)).toContain("killed/event:attack@baghdad+undated");
    expect(filingKeys(same).map((f) => f.key)).not.toContain("killed/event:attack@baghdad+undated");
    expect(partitionOf([same, later])).toBe("killed/event:attack@baghdad");
  });

  it("compares dates of what happens once (a birth) however far apart, dates of events within about a year", () => {
    const born = (id: string, value: string) => framed(id, 0, { measure: { id: "date.birth", text: "born" }, scope: [{ kind: "named", id: "jane-doe", text: "Jane Doe" }] }, "2024-01-01",
      { kind: "date", value, unit: undefined, dimension: "date" });
    expect(relatedByIndex([born("a", "1950-03-02")], [born("b", "1955")]).map((c) => c.articleId)).toEqual(["b"]);
    const raid = (id: string, value: string) => framed(id, 0, { measure: { id: "date.occurred", text: "raid" }, scope: [], event: { id: "raid", text: "raid", place: "barisha" } }, "2024-01-01",
      { kind: "date", value, unit: undefined, dimension: "date" });
    expect(relatedByIndex([raid("a", "2019-10-26")], [raid("b", "2019-10-27"), raid("c", "2012-05-01")]).map((c) => c.articleId)).toEqual(["b"]);
  });

  it("reads the nearest reports of a level, however often it was reported in its window", () => {
    const level = (id: string, asOf: string) => framed(id, 3_500_000, { measure: { id: "refugee", text: "refugees" }, scope: [{ kind: "place", id: "turkey", text: "Turkey" }] }, asOf);
    const weekly = Array.from({ length: 60 }, (_, i) => level(`w${i}`, new Date(Date.UTC(2023, 0, 2 + 7 * i)).toISOString().slice(0, 10)));
    const related = relatedByIndex([level("new", "2023-07-01")], weekly);
    const { nearest } = INDEX_WINDOWS;
    // The `nearest` weekly reports up to 1 July, and as many after it.
    const upTo = weekly.filter((c) => c.asOf! <= "2023-07-01").slice(-nearest);
    const after = weekly.filter((c) => c.asOf! > "2023-07-01").slice(0, nearest);
    expect(related.map((c) => c.articleId).sort()).toEqual([...upTo, ...after].map((c) => c.articleId).sort());
  });

  it("never cuts a day: every report of the claim's own day is read, and the last day the nearest reach is read whole", () => {
    const level = (id: string, asOf: string) => framed(id, 3_500_000, { measure: { id: "refugee", text: "refugees" }, scope: [{ kind: "place", id: "turkey", text: "Turkey" }] }, asOf);
    const { nearest } = INDEX_WINDOWS;
    const sameDay = Array.from({ length: nearest + 3 }, (_, i) => level(`d${i}`, "2023-07-01"));
    const dayBefore = Array.from({ length: 2 }, (_, i) => level(`b${i}`, "2023-06-30"));
    const stored = [...dayBefore, ...sameDay];
    const own = [level("new", "2023-07-01")];
    // More than `nearest` on its own day: all of them, and nothing of the day before.
    expect(relatedByIndex(own, stored).map((c) => c.articleId).sort()).toEqual(sameDay.map((c) => c.articleId).sort());
    // Which ones are read does not depend on the order they were stored in.
    expect(relatedByIndex(own, [...stored].reverse()).map((c) => c.articleId).sort()).toEqual(sameDay.map((c) => c.articleId).sort());
    // What any store surely returns, whatever else it holds: the own day, not the day before.
    expect(surelyRelated(own, stored).map((c) => c.articleId).sort()).toEqual(sameDay.map((c) => c.articleId).sort());
    expect(surelyRelated(own, dayBefore)).toEqual([]);
    expect(relatedByIndex(own, dayBefore).map((c) => c.articleId).sort()).toEqual(["b0", "b1"]);
  });

  it("counts each claim's nearest from its own day: two claims of one key on different days are two lookups", () => {
    const level = (id: string, asOf: string) => framed(id, 3_500_000, { measure: { id: "refugee", text: "refugees" }, scope: [{ kind: "place", id: "turkey", text: "Turkey" }] }, asOf);
    const lookups = lookupsForClaims([level("a", "2023-07-01"), { ...level("a", "2023-03-03"), id: "a-2" }]).filter((l) => l.key === "refugee/place:turkey");
    expect(lookups.map((l) => l.around).sort()).toEqual(["2023-03-03", "2023-07-01"]);
    expect(wholeDays([{ time: "5" }, { time: "4" }, { time: "4" }, { time: "3" }], 2)).toEqual([{ time: "5" }, { time: "4" }, { time: "4" }]);
  });

  it("asks once per key for an article whose claims' windows overlap", () => {
    const lookups = lookupsForClaims([same, nextDay]);
    expect(lookups.filter((l) => l.key === "killed/event:attack@baghdad")).toEqual([{ key: "killed/event:attack@baghdad", from: "2024-05-02", to: "2024-05-09" }]);
    expect(new Set(lookups.map((l) => l.key)).size).toBe(lookups.length);
  });
});

describe("partitionOf", () => {
  it("gives one owner whatever the order, and pairs a city with its country under the country's key", () => {
    const a = toll("a", 12, "2024-05-05");
    const b = toll("b", 14, "2024-05-06");
    expect(partitionOf([a, b])).toBe(partitionOf([b, a]));
    expect(partitionOf([a, b])).toBe("killed/event:attack@baghdad");
    const country = framed("c", 40, { measure: { id: "killed", text: "killed" }, scope: [iraq], event: attackIn("iraq", "2024-05-05") }, "2024-05-05");
    expect(partitionOf([a, country])).toBe("killed/event:attack@iraq");
    expect(partitionOf([a, toll("d", 12, "2024-06-05")])).toBeNull();
    expect(insideKey("killed/event:attack@iraq")).toBe("killed/event:attack@in:iraq");
    expect(insideKey("killed/group:syrian")).toBe("killed/group:in:syrian");
    expect(insideKey("killed/place:in:iraq")).toBeNull();
    expect(insideKey("strip/dim:length")).toBeNull();
    expect(isAnchorKey("killed/event:attack@baghdad+undated")).toBe(false);
    expect(anchorOf("killed/event:attack@baghdad+undated")).toBe("killed/event:attack@baghdad");
  });

  it("the re-check's walk of the country's key finds the city's toll against the country's", () => {
    const a = toll("a", 12, "2024-05-05");
    const country = framed("c", 40, { measure: { id: "killed", text: "killed" }, scope: [iraq], event: attackIn("iraq", "2024-05-05") }, "2024-05-05");
    const other = toll("m", 9, "2024-05-05", { kind: "place", id: "mosul", text: "Mosul", within: ["iraq"] });
    const pairs: string[] = [];
    const spy = (input: CheckInput): Finding[] => {
      for (const own of input.claims) for (const theirs of input.related.claims) pairs.push([own.articleId, theirs.articleId].sort().join("+"));
      return [];
    };
    groupFindings("killed/event:attack@iraq", { claims: [a, other, country], articles: [] }, spy);
    // Two cities inside the country are not compared under the country's key: each has its own.
    expect([...new Set(pairs)].sort()).toEqual(["a+c", "c+m"]);
  });
});

// The keys of a story (frame/story-names.ts): tolls meet there when their stories share a lead name and a class of event.
describe("windows of standing measures and opening dates", () => {
  const thing = { kind: "named" as const, id: "golden-gate", text: "Golden Gate" };
  it("a standing measure of a named thing is read at any distance in time (the nearest cap still bounds it); a planned one, or one inside a thing, is not", () => {
    expect(windowDays("span/named:golden-gate")).toBe(INDEX_WINDOWS.onceOnlyDays);
    expect(windowDays("size/named:burj-khalifa")).toBe(INDEX_WINDOWS.onceOnlyDays);
    expect(windowDays("size.planned/named:burj-khalifa")).toBe(INDEX_WINDOWS.levelDays);
    expect(windowDays("population/named:mandalay")).toBe(INDEX_WINDOWS.levelDays);
    expect(windowDays("injured/named:in:market")).toBe(INDEX_WINDOWS.incidentDays);
    const span = (id: string, asOf: string) => framed(id, 1, { measure: { id: "span", text: "main span" }, scope: [thing], rules: ["frame.named-measure"] }, asOf, { unit: "mi", dimension: "length" });
    expect(relatedByIndex([span("new", "2023-05-01")], [span("old", "2015-05-01")]).map((c) => c.articleId)).toEqual(["old"]);
    expect(nearestOf("span/named:golden-gate")).toBe(INDEX_WINDOWS.nearest);
  });
  it("a bare opening date reads the keys of 'opened to the public' and 'inaugurated' of the thing; each of those reads the bare one's", () => {
    const tower = { kind: "named" as const, id: "lotte-world-tower", text: "Lotte World Tower" };
    const dated = (id: string, measure: string, value: string) => framed(id, 0, { measure: { id: measure, text: "opened" }, scope: [tower] }, "2017-04-12", { kind: "date", value, unit: undefined, dimension: undefined } as Partial<Claim>);
    const keys = (c: Claim) => lookupsFor(c).map((l) => l.key);
    expect(keys(dated("a", "date.opening", "2017-04-03"))).toEqual(expect.arrayContaining(["date:date.opening/named:lotte-world-tower", "date:date.service/named:lotte-world-tower", "date:date.inauguration/named:lotte-world-tower"]));
    expect(keys(dated("b", "date.service", "2017-04-11"))).toEqual(expect.arrayContaining(["date:date.opening/named:lotte-world-tower"]));
    expect(filingKeys(dated("b", "date.service", "2017-04-11")).map((f) => f.key)).not.toContain("date:date.opening/named:lotte-world-tower");
    expect(relatedByIndex([dated("b", "date.service", "2017-04-11")], [dated("a", "date.opening", "2017-04-03")]).map((c) => c.articleId)).toEqual(["a"]);
  });
});

describe("a happening's date naming a person, under that person's death", () => {
  const baghdadi = { kind: "named" as const, id: "abu-bakr-al-baghdadi", text: "Abu Bakr al-Baghdadi" };
  const dated = (articleId: string, value: string, frame: Frame, asOf: string): Claim => ({
    ...framed(articleId, 0, frame, asOf), id: `${articleId}-${value}`, kind: "date", text: value, value, unit: undefined, dimension: undefined,
  } as unknown as Claim);
  // "the raid that killed Abu Bakr al-Baghdadi took place on 26 October 2019" / "Baghdadi ... was killed in a US special forces raid in Idlib on Sunday".
  const raid = dated("r", "2019-10-26", { measure: { id: "date.occurred", text: "raid" }, scope: [baghdadi], event: { id: "raid", text: "raid" } }, "2019-11-02");
  const death = dated("d", "2019-10-27", { measure: { id: "date.death", text: "killed" }, scope: [{ ...baghdadi, id: "baghdadi", text: "Baghdadi" }] }, "2019-10-28");

  it("files and reads the happening's date under the death's name-word keys too, so two reports meet", () => {
    expect(filingKeys(raid).map((f) => f.key)).toEqual(expect.arrayContaining(["date:date.occurred/name-word:baghdadi", "date:date.death/name-word:baghdadi"]));
    expect(lookupsFor(raid).map((l) => l.key)).toContain("date:date.death/name-word:baghdadi");
    expect(relatedByIndex([death], [raid]).map((c) => c.articleId)).toEqual(["r"]);
    expect(relatedByIndex([raid], [death]).map((c) => c.articleId)).toEqual(["d"]);
  });

  it("gives no death key to a date with no happening, nor to a happening naming no one", () => {
    const opened = dated("o", "2019-10-26", { measure: { id: "date.occurred", text: "opened" }, scope: [baghdadi] }, "2019-11-02");
    const placed = dated("p", "2019-10-26", { measure: { id: "date.occurred", text: "raid" }, scope: [baghdad], event: { id: "raid", text: "raid" } }, "2019-11-02");
    for (const claim of [opened, placed]) expect(filingKeys(claim).map((f) => f.key).filter((k) => k.startsWith("date:date.death/"))).toEqual([]);
  });
});

