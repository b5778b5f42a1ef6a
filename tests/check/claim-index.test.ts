import { describe, expect, it } from "vitest";
import {
  anchorOf, filingKeys, insideKey, isAnchorKey, lookupsFor, lookupsForClaims, nearestOf, partitionOf, relatedByIndex, surelyRelated, UNDATED, wholeDays, windowDays,
} from "../../core/check/claim-index.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";
import { groupFindings } from "../../core/recheck/subjects.js";
import type { Claim, CheckInput, Finding, Frame } from "../../core/index.js";

/** Claims with hand-made frames, as extraction gives them (see /work/notes/frame-semantics.md). */
function framed(articleId: string, value: number, frame: Frame, asOf: string, extra: Partial<Claim> = {}): Claim {
  return {
    id: `${articleId}-${value}`, articleId, kind: "quantity", text: String(value), start: 0, end: String(value).length, value,
    unit: "person", dimension: "count", qualifier: "exact", modality: "asserted", rules: [], asOf,
    subject: { key: frame.measure.id, text: frame.measure.text, head: frame.measure.id, frame }, ...extra,
  };
}

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
    expect(lookupsFor(told).map((l) => l.key)).toEqual(["killed.passenger/group:passenger", "killed.passenger/group:in:passenger"]);
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
    expect(filingKeys(lent("k", 125, [named])).map((f) => f.key)).toEqual(["killed/story:@kanjuruhan"]);
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
describe("story keys", () => {
  const named = (slug: string) => ({ kind: "named" as const, id: `name:${slug}`, text: slug, within: ["lead", "known", "class:earthquake"] });
  const story = [named("mandalay"), named("sagaing")];
  const unpinned = (id: string, value: number, asOf: string) => framed(id, value, { measure: { id: "killed", text: "killed" }, scope: story, event: { id: "disaster", text: "the disaster" } }, asOf);
  const pinned = (id: string, value: number, day: string, asOf: string) => framed(id, value, {
    measure: { id: "killed", text: "killed" }, scope: [...story, { kind: "place", id: "mandalay", text: "Mandalay", within: ["myanmar"] }],
    event: { id: "earthquake", text: "earthquake", place: "mandalay", date: day },
  }, asOf);

  it("an unpinned toll is filed under each lead name by its story's class, and reads the pinned ones; pinned tolls never read each other there", () => {
    expect(filingKeys(unpinned("u", 1644, "2025-03-30")).map((f) => f.key)).toEqual(expect.arrayContaining(["killed/story:earthquake@mandalay", "killed/story:earthquake@sagaing"]));
    expect(filingKeys(pinned("p", 1002, "2025-03-28", "2025-03-29")).map((f) => f.key)).toContain("killed/story:earthquake@mandalay+pinned");
    const first = pinned("p", 1002, "2025-03-28", "2025-03-29");
    // Twenty pinned quake tolls of the city on other days: one story key each, read by no pinned toll.
    const others = Array.from({ length: 20 }, (_, i) => pinned(`o${i}`, 10 + i, `2025-04-${String(2 + (i % 5)).padStart(2, "0")}`, `2025-04-${String(2 + (i % 5)).padStart(2, "0")}`));
    expect(relatedByIndex([unpinned("u", 1644, "2025-03-30")], [first]).map((c) => c.articleId)).toEqual(["p"]);
    expect(relatedByIndex([first], [unpinned("u", 1644, "2025-03-30")]).map((c) => c.articleId)).toEqual(["u"]);
    expect(relatedByIndex([pinned("q", 1003, "2025-03-28", "2025-03-30")], others)).toEqual([]);
    // The batch re-check owns their finding in the story's partition (the pinned one walked as inside it).
    expect(partitionOf([unpinned("u", 1644, "2025-03-30"), first])).toBe("killed/story:earthquake@mandalay");
    expect(insideKey("killed/story:earthquake@mandalay")).toBe("killed/story:earthquake@mandalay+pinned");
    expect([isAnchorKey("killed/story:earthquake@mandalay+pinned"), anchorOf("killed/story:earthquake@mandalay+pinned")]).toEqual([false, "killed/story:earthquake@mandalay"]);
    // Past the week, the story is another one.
    expect(relatedByIndex([unpinned("late", 3700, "2025-04-12")], [first])).toEqual([]);
  });

  it("under a rare name (no gazetteer place) pinned tolls are filed with the story's others, so two reports pinning one event at two places meet", () => {
    const rare = (slug: string) => ({ kind: "named" as const, id: `name:${slug}`, text: slug, within: ["lead", "class:earthquake"] });
    const at = (id: string, value: number, place: string, asOf: string) => framed(id, value, {
      measure: { id: "killed", text: "killed" }, scope: [rare("cianjur"), named("java"), { kind: "place", id: place, text: place, within: ["indonesia"] }],
      event: { id: "earthquake", text: "earthquake", place, date: "2022-11-21" },
    }, asOf);
    const [town, island] = [at("t", 62, "cianjur", "2022-11-21"), at("i", 252, "java", "2022-11-22")];
    expect(filingKeys(town).map((f) => f.key)).toEqual(expect.arrayContaining(["killed/story:@cianjur", "killed/story:earthquake@java+pinned"]));
    expect(relatedByIndex([island], [town]).map((c) => c.articleId)).toEqual(["t"]);
    expect(partitionOf([island, town])).toBe("killed/story:@cianjur");
    // Under the known name (Java), the pinned stay apart as before.
    expect(lookupsFor(town).map((l) => l.key)).not.toContain("killed/story:earthquake@java+pinned");
  });

  it("a date of a happening known by its class and place reads its days and the news cycle; a date under a name reads a year, one that happens once reads any distance", () => {
    expect(windowDays("date:date.occurred/event:attack@basra")).toBe(INDEX_WINDOWS.happeningDays);
    expect(windowDays("date:date.occurred/place:iraq")).toBe(INDEX_WINDOWS.happeningDays);
    expect(windowDays("date:date.occurred/story:attack@basra")).toBe(INDEX_WINDOWS.happeningDays);
    expect(windowDays("date:date.occurred/story:@idai")).toBe(INDEX_WINDOWS.dateDays);
    expect(windowDays("date:date.occurred/name-word:castro")).toBe(INDEX_WINDOWS.dateDays);
    expect(windowDays("date:date.death/place:havana")).toBe(INDEX_WINDOWS.onceOnlyDays);
  });

  it("a rare name's key has no class: a report naming no kind of event meets the story's others there, for three weeks; a known city's key keeps its class and the week", () => {
    const rare = (slug: string, cls?: string) => ({ kind: "named" as const, id: `name:${slug}`, text: slug, within: ["lead", ...(cls ? [`class:${cls}`] : [])] });
    const tollOf = (id: string, value: number, scope: Frame["scope"], asOf: string) => framed(id, value, { measure: { id: "killed", text: "killed" }, scope }, asOf);
    const classed = tollOf("c", 36, [rare("ikoyi", "collapse"), rare("gerrard", "collapse")], "2021-11-04");
    const bare = tollOf("b", 38, [rare("ikoyi"), rare("gerrard")], "2021-11-04");
    expect(filingKeys(bare).map((f) => f.key)).toEqual(["killed/story:@ikoyi", "killed/story:@gerrard"]);
    expect(relatedByIndex([bare], [classed]).map((c) => c.articleId)).toEqual(["c"]);
    expect(relatedByIndex([classed], [bare]).map((c) => c.articleId)).toEqual(["b"]);
    expect(windowDays("killed/story:@idai")).toBe(21);
    expect(windowDays("killed/story:earthquake@mandalay")).toBe(7);
    // Known names without a class give no key: a busy city's tolls of every kind would meet there.
    const city = { kind: "named" as const, id: "name:lagos", text: "Lagos", within: ["lead", "known"] };
    expect(filingKeys(tollOf("l", 5, [city, rare("ikoyi")], "2021-11-04")).map((f) => f.key)).toEqual(["killed/story:@ikoyi"]);
  });

  it("a rare name only a report's body gives is filed apart under it (+body), read by the tolls whose lead gives it; two reports naming it only in their bodies never read each other there", () => {
    const name = (slug: string, lead: boolean, known = false) => ({ kind: "named" as const, id: `name:${slug}`, text: slug, within: [...(lead ? ["lead"] : []), ...(known ? ["known"] : [])] });
    const tollOf = (id: string, value: number, scope: Frame["scope"], asOf: string) => framed(id, value, { measure: { id: "killed", text: "killed" }, scope }, asOf);
    // AFP puts the state in its headline and the district a paragraph down; HT the district in its lead.
    const wire = tollOf("w", 25, [name("himachal-pradesh", true, true), name("kullu", false)], "2019-06-20");
    const local = tollOf("h", 43, [name("kullu", true), name("banjar", true)], "2019-06-20");
    expect(filingKeys(wire).map((f) => f.key)).toEqual(["killed/story:@kullu+body"]);
    expect(lookupsFor(local).map((l) => l.key)).toEqual(expect.arrayContaining(["killed/story:@kullu", "killed/story:@kullu+body"]));
    expect(relatedByIndex([local], [wire]).map((c) => c.articleId)).toEqual(["w"]);
    expect(relatedByIndex([wire], [local]).map((c) => c.articleId)).toEqual(["h"]);
    const alsoBody = tollOf("b", 30, [name("himachal-pradesh", true, true), name("kullu", false)], "2019-06-21");
    expect(relatedByIndex([alsoBody], [wire])).toEqual([]);
    // A known place only the body gives is no key: a city's tolls of every story would gather there.
    expect(filingKeys(tollOf("k", 9, [name("kullu", true), name("shimla", false, true)], "2019-06-20")).map((f) => f.key)).toEqual(["killed/story:@kullu"]);
    // The batch re-check walks the body's tolls as inside the rare name's key.
    expect(insideKey("killed/story:@kullu")).toBe("killed/story:@kullu+body");
    expect(insideKey("killed/story:@kullu+body")).toBeNull();
    expect([isAnchorKey("killed/story:@kullu+body"), anchorOf("killed/story:@kullu+body")]).toEqual([false, "killed/story:@kullu"]);
    expect(partitionOf([local, wire])).toBe("killed/story:@kullu");
  });

  it("a story known by one city its lead gives is filed by its class there (the same day ties it, story-names.ts knownAlone); one the body gives, its lead naming no place, with the pinned (layout 10); with no class, under no story key", () => {
    const lone = framed("l", 40, { measure: { id: "killed", text: "killed" }, scope: [named("mandalay")], event: { id: "disaster", text: "the disaster" } }, "2025-03-30");
    expect(filingKeys(lone).filter((f) => f.key.includes("story:")).map((f) => f.key)).toEqual(["killed/story:earthquake@mandalay"]);
    // A busy city's week is read by its nearest tolls only, on both keys; an event's few days stay whole.
    expect([nearestOf("killed/story:earthquake@mandalay"), nearestOf("killed/story:earthquake@mandalay+pinned"), nearestOf("killed/event:earthquake@mandalay")]).toEqual([INDEX_WINDOWS.nearest, INDEX_WINDOWS.nearest, undefined]);
    expect(lookupsFor(lone).filter((l) => l.key.includes("story:")).map((l) => [l.key, l.limit, l.around])).toEqual([
      ["killed/story:earthquake@mandalay", INDEX_WINDOWS.nearest, "2025-03-30"], ["killed/story:earthquake@mandalay+pinned", INDEX_WINDOWS.nearest, "2025-03-30"],
    ]);
    const inBody = { kind: "named" as const, id: "name:mandalay", text: "Mandalay", within: ["known", "class:earthquake"] };
    const body = framed("b", 40, { measure: { id: "killed", text: "killed" }, scope: [inBody] }, "2025-03-30");
    expect(filingKeys(body).filter((f) => f.key.includes("story:")).map((f) => f.key)).toEqual(["killed/story:earthquake@mandalay+pinned"]);
    expect(lookupsFor(body).filter((l) => l.key.includes("story:")).map((l) => l.key)).toEqual(["killed/story:earthquake@mandalay"]);
    // It reads the tolls of the leads that give the city, and they read it; two such bodies never read each other.
    expect(relatedByIndex([body], [lone]).map((c) => c.articleId)).toEqual(["l"]);
    expect(relatedByIndex([lone], [body]).map((c) => c.articleId)).toEqual(["b"]);
    expect(relatedByIndex([framed("b2", 41, { measure: { id: "killed", text: "killed" }, scope: [inBody] }, "2025-03-30")], [body])).toEqual([]);
    // A lead naming a place of its own keeps its known body names out of the city's key.
    const led = framed("d", 40, { measure: { id: "killed", text: "killed" }, scope: [inBody, { kind: "named" as const, id: "name:sagaing", text: "Sagaing", within: ["lead", "class:earthquake"] }] }, "2025-03-30");
    expect(filingKeys(led).some((f) => f.key.includes("mandalay"))).toBe(false);
    const unclassed = { kind: "named" as const, id: "name:mandalay", text: "Mandalay", within: ["lead", "known"] };
    expect(filingKeys(framed("c", 40, { measure: { id: "killed", text: "killed" }, scope: [unclassed] }, "2025-03-30")).some((f) => f.key.includes("story:"))).toBe(false);
  });
});

// Session 8: what holds at any time is read at any time; a bare "opened" reads the other opening phases.
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

