import { expect, it } from "vitest";
import { PutCommand, DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { ClaimcheckError, EXTRACTOR_VERSION } from "../../core/index.js";
import { CHUNK_UNITS } from "../../functions/store/body.js";
import { about, claim, dump, freshStore, record } from "./fixtures.js";
import { describeContract } from "./harness.js";

describeContract("store: articles and claims", (server) => {
  it("reads back what it saved: article, text, claims in text order", async () => {
    const { store } = await freshStore(server.endpoint());
    const claims = [claim("a1", 40, 3500000), claim("a1", 10, 30, "strip|syria")];
    await store.saveArticle(record("a1", claims));
    const got = await store.getArticle("a1");
    expect(got?.article).toMatchObject({ id: "a1", title: "Story a1", extractorVersion: EXTRACTOR_VERSION });
    expect(got?.article.body).toBe(record("a1", claims).article.body);
    expect(got?.claims.map((c) => c.start)).toEqual([10, 40]);
    expect(await store.getArticle("nope")).toBeNull();
  });

  it("keeps a body over the inline limit in chunks, without cutting a surrogate pair", async () => {
    const { store } = await freshStore(server.endpoint());
    // 2 MB of UTF-8: a pair of emoji straddles the first chunk boundary, CJK text makes 3-byte units.
    const body = "a".repeat(CHUNK_UNITS - 1) + "😀😀" + "報道".repeat(200_000);
    await store.saveArticle(record("long", [claim("long", 0, 1)], [], undefined, body));
    const got = await store.getArticle("long");
    expect(got?.article.body.length).toBe(body.length);
    expect(got?.article.body === body).toBe(true);
    const scanned = await store.scanArticles({ segment: 0, totalSegments: 1 });
    expect(scanned.items[0]?.body === body).toBe(true);
  });

  it("re-posting replaces the claims: no duplicate, no orphan, old revision cleaned up", async () => {
    const { store, client, table } = await freshStore(server.endpoint());
    await store.saveArticle(record("a1", [claim("a1", 0, 1), claim("a1", 10, 2), claim("a1", 20, 3)]));
    await store.saveArticle(record("a1", [claim("a1", 10, 5), claim("a1", 30, 4)], [], "2024-08-07T10:00:00.000Z"));
    const got = await store.getArticle("a1");
    expect(got?.claims.map((c) => [c.start, c.value])).toEqual([[10, 5], [30, 4]]);
    const items = await dump(client, table);
    expect(items.filter((item) => item["type"] === "claim")).toHaveLength(2);
    // Two index items per claim (refugee/place:syrian, refugee/place:turkey), of the new revision only.
    expect(items.filter((item) => item["type"] === "index")).toHaveLength(4);
    expect(new Set(items.filter((item) => item["type"] === "index").map((item) => item["rev"])).size).toBe(1);
    const related = await store.claimsAbout(about());
    expect(related.claims.map((c) => c.value).sort()).toEqual([4, 5]);
  });

  it("re-posting the same article changes nothing but when it was checked", async () => {
    const { store, client, table } = await freshStore(server.endpoint());
    const claims = [claim("a1", 0, 1), claim("a1", 10, 2)];
    await store.saveArticle(record("a1", claims));
    const before = await dump(client, table);
    await store.saveArticle(record("a1", claims, [], "2024-09-01T00:00:00.000Z"));
    const after = await dump(client, table);
    const withoutClock = (items: Record<string, unknown>[]) =>
      JSON.stringify(items).replaceAll("2024-09-01T00:00:00.000Z", "2024-08-06T10:00:00.000Z");
    expect(withoutClock(after)).toBe(withoutClock(before));
  });

  it("claimsAbout finds other articles' claims filed under the keys looked up, with their summaries", async () => {
    const { store } = await freshStore(server.endpoint());
    await store.saveArticle(record("a1", [claim("a1", 0, 3600000), claim("a1", 9, 30, "strip|syria")]));
    await store.saveArticle(record("a2", [claim("a2", 0, 3500000, "refugee|syrian")]));
    const related = await store.claimsAbout([...about("refugee|syrian"), ...about("troop|syrian")], "a2");
    expect(related.claims.map((c) => c.articleId)).toEqual(["a1"]);
    expect(related.claims[0]?.value).toBe(3600000);
    expect(related.articles).toEqual([{ id: "a1", title: "Story a1", published: "2024-08-06" }]);
  });

  it("claimsBySubject pages through one key, or a whole head, with an opaque cursor", async () => {
    const { store } = await freshStore(server.endpoint());
    for (let i = 0; i < 7; i++) await store.saveArticle(record(`a${i}`, [claim(`a${i}`, 0, i), claim(`a${i}`, 5, 100 + i, "refugee|afghan")]));
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.claimsBySubject("refugee|syrian|turkey", cursor, 3);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((c) => Number(c.value)));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect((await store.claimsBySubject("refugee", undefined, 100)).items).toHaveLength(14);
    await expect(store.claimsBySubject("refugee", "not-a-cursor")).rejects.toMatchObject({ code: "invalid-input" });
  });

  it("deleteArticle removes the article and its claims; a second delete says there was none", async () => {
    const { store, client, table } = await freshStore(server.endpoint());
    await store.saveArticle(record("a1", [claim("a1", 0, 1)]));
    await store.saveArticle(record("a2", [claim("a2", 0, 2)]));
    expect(await store.deleteArticle("a1", "2024-09-01T00:00:00.000Z")).toBe(true);
    expect(await store.getArticle("a1")).toBeNull();
    expect((await store.claimsAbout(about())).claims.map((c) => c.articleId)).toEqual(["a2"]);
    expect((await dump(client, table)).filter((i) => String(i["pk"]) === "ART#a1")).toEqual([]);
    expect(await store.deleteArticle("a1", "2024-09-01T00:00:00.000Z")).toBe(false);
  });

  it("a claim keeps its frame through the store", async () => {
    const { store } = await freshStore(server.endpoint());
    const framed = claim("a1", 0, 12, "killed|baghdad", "2024-05-05");
    framed.subject!.frame = {
      measure: { id: "killed", text: "killing" },
      scope: [{ kind: "place", id: "baghdad", text: "Baghdad", within: ["iraq"] }],
      event: { id: "attack", text: "car bomb", place: "baghdad", date: "2024-05-05" },
      rules: ["subject.casualty", "subject.event"],
    };
    framed.change = { direction: "up", role: "to", text: "rose" };
    await store.saveArticle(record("a1", [framed]));
    expect((await store.getArticle("a1"))?.claims[0]).toEqual(framed);
    expect((await store.claimsAbout(about("killed|iraq", "2024-05-06"))).claims).toEqual([framed]);
  });

  it("refuses claims that belong to another article", async () => {
    const { store } = await freshStore(server.endpoint());
    await expect(store.saveArticle(record("a1", [claim("a2", 0, 1)]))).rejects.toBeInstanceOf(ClaimcheckError);
  });

  it("a corrupted item read back fails with a clear error naming it", async () => {
    const { store, client, table } = await freshStore(server.endpoint());
    await store.saveArticle(record("a1", [claim("a1", 0, 1)]));
    const item = (await dump(client, table)).find((i) => i["type"] === "claim")!;
    const broken = { ...item, claim: { ...(item["claim"] as object), value: { oops: true }, start: "zero" } };
    await DynamoDBDocumentClient.from(client).send(new PutCommand({ TableName: table, Item: broken }));
    const error = await store.getArticle("a1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClaimcheckError);
    expect((error as ClaimcheckError).code).toBe("internal");
    expect((error as Error).message).toMatch(/stored claim ART#a1 \/ CLAIM#.* is malformed at (value|start)/);
  });
});
