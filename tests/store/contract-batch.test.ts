import { expect, it } from "vitest";
import { EXTRACTOR_VERSION, type StoredArticle } from "../../core/index.js";
import { claim, finding, freshStore, record } from "./fixtures.js";
import { describeContract } from "./harness.js";

const T1 = "2024-08-06T10:00:00.000Z";

describeContract("store: batch, deliveries, alerts", (server) => {
  it("parallel scan segments, page by page, see every article exactly once", async () => {
    const { store } = await freshStore(server.endpoint());
    for (let n = 0; n < 23; n++) await store.saveArticle(record(`a${n}`, [claim(`a${n}`, 0, n, n % 2 ? "refugee|syrian" : "troop|us")]));
    const seen: StoredArticle[] = [];
    await Promise.all([0, 1, 2].map(async (segment) => {
      let cursor: string | undefined;
      do {
        const page = await store.scanArticles({ segment, totalSegments: 3, cursor, limit: 4 });
        seen.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
    }));
    expect(seen.map((a) => a.id).sort()).toEqual(Array.from({ length: 23 }, (_, n) => `a${n}`).sort());
    expect(seen.find((a) => a.id === "a7")).toMatchObject({ body: record("a7", [claim("a7", 0, 7)]).article.body, extractorVersion: EXTRACTOR_VERSION, checkedAt: T1 });

    const keys: string[] = [];
    for (const segment of [0, 1]) keys.push(...(await store.scanPartitions({ segment, totalSegments: 2 })).items);
    expect(keys.sort()).toEqual(["refugee/place:syrian", "troop/place:us"]);
    expect(await store.countBatch()).toEqual({ articles: 23, subjects: 2 });
  });

  it("checkpoints are kept by name and cleared with null", async () => {
    const { store } = await freshStore(server.endpoint());
    expect(await store.getCheckpoint("recheck")).toBeNull();
    await store.putCheckpoint("recheck", '{"phase":2}');
    await store.putCheckpoint("other", "x");
    expect(await store.getCheckpoint("recheck")).toBe('{"phase":2}');
    await store.putCheckpoint("recheck", null);
    expect(await store.getCheckpoint("recheck")).toBeNull();
    expect(await store.getCheckpoint("other")).toBe("x");
  });

  it("putFindings opens new findings and resolveFindings resolves only open ones", async () => {
    const { store } = await freshStore(server.endpoint());
    const a = finding("r", [claim("a1", 0, 1), claim("a2", 0, 2)]);
    const b = finding("r", [claim("a1", 0, 1), claim("a3", 0, 3)]);
    expect((await store.putFindings([a, b], T1, "refugee/place:turkey")).opened.map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
    await store.setFindingStatus(b.id, "dismissed", T1);
    await store.resolveFindings([a.id, b.id], "2024-09-01T00:00:00.000Z");
    expect((await store.getFinding(a.id))?.status).toBe("resolved");
    expect((await store.getFinding(b.id))?.status).toBe("dismissed");
    expect((await store.findingsInPartition("refugee/place:turkey")).map((f) => f.id).sort()).toEqual([a.id, b.id].sort());
    expect(await store.findingsInPartition("refugee/place:syrian")).toEqual([]);
  });

  it("a webhook delivery is taken once; the redelivery is recognised", async () => {
    const { store } = await freshStore(server.endpoint());
    expect(await store.hasDelivery("ghost", "msg_1")).toBe(false);
    expect(await store.recordDelivery("ghost", "msg_1", T1)).toBe(true);
    expect(await store.hasDelivery("ghost", "msg_1")).toBe(true);
    expect(await store.recordDelivery("ghost", "msg_1", T1)).toBe(false);
    expect(await store.hasDelivery("standard", "msg_1")).toBe(false);
    expect(await store.recordDelivery("standard", "msg_1", T1)).toBe(true);
  });

  it("alerts are queued once per finding and endpoint, come due, fail, and get delivered", async () => {
    const { store } = await freshStore(server.endpoint());
    const f = finding("r", [claim("a1", 0, 1), claim("a2", 0, 2)]);
    const endpoints = ["https://desk.example/a", "https://desk.example/b"];
    expect(await store.enqueueAlerts([f], endpoints, T1)).toHaveLength(2);
    expect(await store.enqueueAlerts([f], endpoints, T1)).toEqual([]);
    expect(await store.dueAlerts("2024-08-06T09:59:59.000Z", 10)).toEqual([]);
    const due = await store.dueAlerts(T1, 10);
    expect(due.map((a) => a.endpoint).sort()).toEqual(endpoints);

    await store.markFailed(due[0]!, "HTTP 503", "2024-08-06T11:00:00.000Z");
    await store.markDelivered(due[1]!, T1);
    expect(await store.dueAlerts("2024-08-06T10:30:00.000Z", 10)).toEqual([]);
    const retried = await store.dueAlerts("2024-08-06T11:00:00.000Z", 10);
    expect(retried).toEqual([{ ...due[0], attempts: 1, lastError: "HTTP 503", nextAttemptAt: "2024-08-06T11:00:00.000Z" }]);
  });
});
