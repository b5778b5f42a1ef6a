import { expect, it } from "vitest";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { lookupsForClaims, relatedByIndex, type Claim, type EventFrame, type ScopeEntity } from "../../core/index.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";
import { claim, freshStore, record } from "./fixtures.js";
import { describeContract } from "./harness.js";

/**
 * What a check reads, counted on the SDK client: requests, and items the answers carried. The
 * cost of a check must follow the claims about the same event or entity at the same time, never
 * the store, and never a common measure ("killed") shared by unrelated stories.
 */

interface Reads {
  requests: number;
  items: number;
}

function countReads(client: DynamoDBClient): { reads: Reads; stop(): void } {
  const reads: Reads = { requests: 0, items: 0 };
  const name = `countReads${Math.floor(Math.random() * 1e9)}`;
  client.middlewareStack.add(
    (next) => async (args) => {
      const result = await next(args);
      const output = result.output as { Items?: unknown[]; Responses?: Record<string, unknown[]> };
      reads.requests += 1;
      reads.items += (output.Items?.length ?? 0) + Object.values(output.Responses ?? {}).reduce((n, list) => n + list.length, 0);
      return result;
    },
    { step: "initialize", priority: "low", name },
  );
  return { reads, stop: () => void client.middlewareStack.remove(name) };
}

const place = (id: string, within: string[]): ScopeEntity => ({ kind: "place", id, text: id, within });

/** A toll of an attack: measure, the city (in its country), the event with its place and date. */
function toll(articleId: string, start: number, value: number, city: string, day: string, measure = "killed"): Claim {
  const c = claim(articleId, start, value, `${measure}|${city}`, day);
  const event: EventFrame = { id: "attack", text: "bombing", place: city, date: day };
  c.subject!.frame = { measure: { id: measure, text: measure }, scope: [place(city, ["iraq"])], event };
  return c;
}

/** A level of some other story that shares the measure word: "killed in the war" in another country. */
function level(articleId: string, value: number, country: string, day: string): Claim {
  const c = claim(articleId, 0, value, `killed|${country}`, day);
  c.subject!.frame = { measure: { id: "killed", text: "killed" }, scope: [place(country, [])] };
  return c;
}

const DAY = "2024-05-05";
const day = (offset: number) => new Date(Date.parse(`${DAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

describeContract("store: what a check reads", (server) => {
  it("reads as many requests and items with 120 unrelated stories on the same measure as with none", async () => {
    const { store, client } = await freshStore(server.endpoint());
    // The same bombing reported twice before: what a new report of it must meet.
    await store.saveArticle(record("w1", [toll("w1", 0, 12, "baghdad", DAY), toll("w1", 20, 30, "baghdad", DAY, "injured")]));
    await store.saveArticle(record("w2", [toll("w2", 0, 14, "baghdad", day(1))]));
    const own = [toll("new", 0, 13, "baghdad", DAY), toll("new", 30, 31, "baghdad", DAY, "injured")];
    const lookups = lookupsForClaims(own);

    const before = countReads(client);
    const related = await store.claimsAbout(lookups, "new");
    before.stop();
    expect(related.claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["w1:12", "w1:30", "w2:14"]);

    // Unrelated stories sharing "killed" and "injured": bombings in Baghdad weeks and years
    // apart, bombings the same day in other cities and countries, war tolls elsewhere.
    for (let i = 0; i < 120; i++) {
      const id = `u${i}`;
      const claims = i % 4 === 0 ? [toll(id, 0, 100 + i, "baghdad", day(14 + 7 * i))]
        : i % 4 === 1 ? [toll(id, 0, 100 + i, `city${i}`, DAY)]
          : i % 4 === 2 ? [toll(id, 0, 100 + i, "mosul", day(-30 - i), "injured")]
            : [level(id, 1000 + i, `country${i % 9}`, day(-i))];
      await store.saveArticle(record(id, claims));
    }

    const after = countReads(client);
    const again = await store.claimsAbout(lookups, "new");
    after.stop();
    expect(again.claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["w1:12", "w1:30", "w2:14"]);
    expect(after.reads).toEqual(before.reads);
    // Bounded by the article's keys: one query per key and stretch of days, one batch get of articles.
    expect(after.reads.requests).toBe(lookups.length + 1);
  }, 120_000);

  it("reads no toll of another event in the same city that week, nor of other events at the same kind of venue", async () => {
    const { store, client } = await freshStore(server.endpoint());
    const market: ScopeEntity = { kind: "named", id: "market", text: "market" };
    const atMarket = (claim: Claim) => ({ ...claim, subject: { ...claim.subject!, frame: { ...claim.subject!.frame!, scope: [...claim.subject!.frame!.scope, market] } } });
    // The bombing at the Baghdad market, reported once before, and a toll told with no event at all.
    const unnamed = claim("w3", 0, 11, "killed|baghdad", DAY);
    unnamed.subject!.frame = { measure: { id: "killed", text: "killed" }, scope: [place("baghdad", ["iraq"])] };
    await store.saveArticle(record("w1", [atMarket(toll("w1", 0, 12, "baghdad", DAY))]));
    await store.saveArticle(record("w3", [unnamed]));
    const own = [atMarket(toll("new", 0, 13, "baghdad", DAY))];
    const lookups = lookupsForClaims(own);
    const before = countReads(client);
    const related = await store.claimsAbout(lookups, "new");
    before.stop();
    expect(related.claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["w1:12", "w3:11"]);

    // 120 reports of other events: Baghdad bombings 4 to 7 days away (inside the week a toll told
    // without its event is read in, outside the few days of one event), and market bombings in other cities.
    for (let i = 0; i < 120; i++) {
      const id = `u${i}`;
      const offset = (i % 2 === 0 ? 1 : -1) * (4 + (i % 4));
      await store.saveArticle(record(id, [i % 3 === 0 ? atMarket(toll(id, 0, 100 + i, `city${i}`, DAY)) : atMarket(toll(id, 0, 100 + i, "baghdad", day(offset)))]));
    }
    const after = countReads(client);
    const again = await store.claimsAbout(lookups, "new");
    after.stop();
    expect(again.claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["w1:12", "w3:11"]);
    expect(after.reads).toEqual(before.reads);
    // The toll told without its event still reads the tolls of the week's events in Baghdad (one of them may be its own).
    const fromUnnamed = relatedByIndex([{ ...unnamed, articleId: "new2", id: "new2-0" }], [...own, ...Array.from({ length: 4 }, (_, i) => toll(`v${i}`, 0, i, "baghdad", day(i - 2)))]);
    expect(fromUnnamed.length).toBe(5);
  }, 120_000);

  it("reads no toll the extraction lent its story's event without a place: 120 of them the same day add no request and no item", async () => {
    const { store, client } = await freshStore(server.endpoint());
    // "A suicide bomber blew himself up at a checkpoint in <city>, killing N": the place missed, the story's event lent.
    const lent = (id: string, value: number, measure = "killed") => {
      const c = claim(id, 0, value, measure, DAY);
      c.subject!.frame = { measure: { id: measure, text: measure }, scope: [], event: { id: "attack", text: "bombing", date: DAY }, rules: ["frame.story-event"] };
      return c;
    };
    await store.saveArticle(record("w1", [toll("w1", 0, 12, "baghdad", DAY), toll("w1", 20, 30, "baghdad", DAY, "injured")]));
    const own = [toll("new", 0, 13, "baghdad", DAY), toll("new", 30, 31, "baghdad", DAY, "injured")];
    const lookups = lookupsForClaims(own);
    const before = countReads(client);
    await store.claimsAbout(lookups, "new");
    before.stop();
    for (let i = 0; i < 120; i++) await store.saveArticle(record(`l${i}`, [lent(`l${i}`, 100 + i), lent(`l${i}`, 300 + i, "injured")]));
    const after = countReads(client);
    const again = await store.claimsAbout(lookups, "new");
    after.stop();
    expect(again.claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["w1:12", "w1:30"]);
    expect(after.reads).toEqual(before.reads);
    // And a check of such a toll asks for nothing: it names nothing a figure could be compared by.
    expect(lookupsForClaims([lent("new2", 14)])).toEqual([]);
  }, 120_000);

  it("meets a report retelling the bombing days later without its day, both ways, and reads no other dated bombing of that week", async () => {
    const { store, client } = await freshStore(server.endpoint());
    // "The toll from the bombing in Baghdad has risen to 15" (no day): one of the 7 days before its report (news-cycle.ts).
    const retold = (id: string, value: number, asOf: string) => {
      const c = claim(id, 0, value, "killed|baghdad", asOf);
      c.subject!.frame = { measure: { id: "killed", text: "killed" }, scope: [place("baghdad", ["iraq"])], event: { id: "attack", text: "bombing", place: "baghdad" } };
      return c;
    };
    await store.saveArticle(record("w1", [toll("w1", 0, 12, "baghdad", DAY)]));
    await store.saveArticle(record("r1", [retold("r1", 15, day(5))]));
    const dated = lookupsForClaims([toll("new", 0, 13, "baghdad", DAY)]);
    const before = countReads(client);
    expect((await store.claimsAbout(dated, "new")).claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["r1:15", "w1:12"]);
    before.stop();
    expect((await store.claimsAbout(lookupsForClaims([retold("new2", 16, day(6))]), "new2")).claims.map((c) => c.articleId).sort()).toEqual(["r1", "w1"]);
    // Other bombings in Baghdad dated 4 to 10 days after it: a dated toll reads only the undated retellings that far.
    for (let i = 0; i < 30; i++) await store.saveArticle(record(`u${i}`, [toll(`u${i}`, 0, 100 + i, "baghdad", day(4 + (i % 7)))]));
    const after = countReads(client);
    expect((await store.claimsAbout(dated, "new")).claims.map((c) => `${c.articleId}:${c.value}`).sort()).toEqual(["r1:15", "w1:12"]);
    after.stop();
    expect(after.reads).toEqual(before.reads);
  }, 120_000);

  it("a level reported every week reads its nearest reports only: the same items with 30 or 60 stored", async () => {
    const { store, client } = await freshStore(server.endpoint());
    const refugees = (id: string, value: number, asOf: string) => {
      const c = claim(id, 0, value, "refugee|turkey", asOf);
      c.subject!.frame = { measure: { id: "refugee", text: "refugees" }, scope: [place("turkey", [])] };
      return c;
    };
    const weekly = (i: number) => refugees(`w${i}`, 3_000_000 + i, day(-7 * i));
    const probe = lookupsForClaims([refugees("new", 3_100_000, DAY)]);
    const readWith = async (stored: number) => {
      for (let i = stored === 30 ? 0 : 30; i < stored; i++) await store.saveArticle(record(`w${i}`, [weekly(i)]));
      const counter = countReads(client);
      const related = await store.claimsAbout(probe, "new");
      counter.stop();
      return { related, reads: counter.reads };
    };
    const thirty = await readWith(30);
    const sixty = await readWith(60);
    expect(thirty.related.claims).toHaveLength(INDEX_WINDOWS.nearest);
    expect(sixty.related.claims.map((c) => c.articleId).sort()).toEqual(thirty.related.claims.map((c) => c.articleId).sort());
    expect(sixty.reads).toEqual(thirty.reads);
  }, 120_000);

  it("never cuts a day: a level reported more than the nearest limit on one day is read whole that day, as core's relatedByIndex picks", async () => {
    const { store } = await freshStore(server.endpoint());
    const refugees = (id: string, value: number, asOf: string) => {
      const c = claim(id, 0, value, "refugee|turkey", asOf);
      c.subject!.frame = { measure: { id: "refugee", text: "refugees" }, scope: [place("turkey", [])] };
      return c;
    };
    const stored = [
      ...Array.from({ length: INDEX_WINDOWS.nearest + 3 }, (_, i) => refugees(`d${i}`, 3_000_000 + i, DAY)),
      ...Array.from({ length: 3 }, (_, i) => refugees(`b${i}`, 2_900_000 + i, day(-1))),
      ...Array.from({ length: INDEX_WINDOWS.nearest + 2 }, (_, i) => refugees(`n${i}`, 3_200_000 + i, day(1 + (i % 2)))),
    ];
    for (const c of stored) await store.saveArticle(record(c.articleId, [c]));
    const own = [refugees("new", 3_100_000, DAY)];
    const related = await store.claimsAbout(lookupsForClaims(own), "new");
    const expected = relatedByIndex(own, stored).map((c) => c.articleId).sort();
    expect(related.claims.map((c) => c.articleId).sort()).toEqual(expected);
    // The whole own day, none of the day before; after it, the nearest and the rest of the last day they reach.
    expect(expected.filter((id) => id.startsWith("d"))).toHaveLength(INDEX_WINDOWS.nearest + 3);
    expect(expected.filter((id) => id.startsWith("b"))).toEqual([]);
    expect(expected.filter((id) => id.startsWith("n")).length).toBeGreaterThanOrEqual(INDEX_WINDOWS.nearest);
  }, 120_000);

  it("a claim with no anchor (a bare toll) reads nothing, however many tolls are stored", async () => {
    const { store, client } = await freshStore(server.endpoint());
    for (let i = 0; i < 5; i++) await store.saveArticle(record(`u${i}`, [toll(`u${i}`, 0, i, "baghdad", DAY)]));
    const bare = claim("new", 0, 12, "killed", DAY);
    bare.subject!.frame = { measure: { id: "killed", text: "killed" }, scope: [] };
    const counter = countReads(client);
    expect(lookupsForClaims([bare])).toEqual([]);
    counter.stop();
    expect(counter.reads.requests).toBe(0);
  });
});
