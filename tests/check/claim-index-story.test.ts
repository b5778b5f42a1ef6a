import { describe, expect, it } from "vitest";
import { anchorOf, filingKeys, insideKey, isAnchorKey, lookupsFor, nearestOf, partitionOf, relatedByIndex, windowDays } from "../../core/check/claim-index.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";
import type { Frame } from "../../core/index.js";
import { framed } from "./framed.js";

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
    expect(filingKeys(bare).map((f) => f.key)).toEqual(["killed/story:@ikoyi", "killed/story:@gerard"]);
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
