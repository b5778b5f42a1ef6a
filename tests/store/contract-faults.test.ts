import { expect, it } from "vitest";
import { ClaimcheckError } from "../../core/index.js";
import { aboutAll, claim, dump, finding, freshStore, instantRetry, record } from "./fixtures.js";
import { injectFaults, InjectedCrash, type Call } from "./faults.js";
import { describeContract } from "./harness.js";

const T1 = "2024-08-06T10:00:00.000Z";
const T2 = "2024-08-07T10:00:00.000Z";

/** v1 has three claims and an internal conflict; v2 drops one claim, changes one, and its conflict is a new one. */
function versions() {
  const v1Claims = Array.from({ length: 30 }, (_, i) => claim("a1", i * 10, 1000 + i));
  const v2Claims = [...v1Claims.slice(1, 29), claim("a1", 500, 7)];
  return {
    v1: record("a1", v1Claims, [finding("internal-count", [v1Claims[0]!, v1Claims[1]!])], T1),
    v2: record("a1", v2Claims, [finding("internal-count", [v2Claims[0]!, v2Claims[28]!])], T2),
  };
}

const isArticleCommit = (call: Call) => call.command === "PutItemCommand" && (call.input["Item"] as { type?: string })?.type === "article";
const crashPoints: Record<string, (call: Call, seen: Call[]) => boolean> = {
  "between two claim batches": (call, seen) => call.command === "BatchWriteItemCommand" && seen.filter((c) => c.command === "BatchWriteItemCommand").length === 2,
  "just before the article commit": isArticleCommit,
  "after the commit, before the cleanup": (call) =>
    call.command === "BatchWriteItemCommand" && JSON.stringify(call.input).includes("DeleteRequest"),
};

describeContract("store: faults", (server) => {
  for (const [where, crashHere] of Object.entries(crashPoints)) {
    it(`a save interrupted ${where} converges on retry to the state of a clean run`, async () => {
      const { v1, v2 } = versions();
      const clean = await freshStore(server.endpoint());
      await clean.store.saveArticle(v1);
      await clean.store.saveArticle(v2);

      const faulty = await freshStore(server.endpoint());
      await faulty.store.saveArticle(v1);
      let crashed = false;
      const faults = injectFaults(faulty.client, (call) => {
        if (crashed || !crashHere(call, faults.calls)) return undefined;
        crashed = true;
        return "crash";
      });
      await expect(faulty.store.saveArticle(v2)).rejects.toBeInstanceOf(InjectedCrash);
      faults.remove();
      const inBetween = await faulty.store.getArticle("a1");
      expect([v1.claims.length, v2.claims.length]).toContain(inBetween?.claims.length);

      await faulty.store.saveArticle(v2);
      expect(await dump(faulty.client, faulty.table)).toEqual(await dump(clean.client, clean.table));
    });
  }

  it("a delete interrupted halfway is finished by repeating it", async () => {
    const { v1 } = versions();
    const { store, client, table } = await freshStore(server.endpoint());
    await store.saveArticle(v1);
    const faults = injectFaults(client, (call) => (call.command === "BatchWriteItemCommand" ? "crash" : undefined));
    await expect(store.deleteArticle("a1", T2)).rejects.toBeInstanceOf(InjectedCrash);
    faults.remove();
    expect(await store.getArticle("a1")).toBeNull();
    expect(await store.deleteArticle("a1", T2)).toBe(false);
    expect((await dump(client, table)).filter((item) => String(item["pk"]) === "ART#a1")).toEqual([]);
    expect(await store.findingsForArticle("a1")).toEqual([]);
    expect((await store.getFinding(v1.findings[0]!.id))?.status).toBe("resolved");
  });

  it("concurrent saves of one article leave exactly one revision's claims", async () => {
    const { store, client, table } = await freshStore(server.endpoint());
    const records = Array.from({ length: 5 }, (_, n) => record("a1", Array.from({ length: 8 }, (_, i) => claim("a1", i * 10 + n, n * 100 + i))));
    await Promise.all(records.map((r) => store.saveArticle(r)));
    const got = await store.getArticle("a1");
    const winner = records.find((r) => r.claims[0]!.id === got?.claims[0]?.id);
    expect(got?.claims).toEqual(winner?.claims);
    const claimItems = (await dump(client, table)).filter((item) => item["type"] === "claim");
    expect(claimItems).toHaveLength(8);
  });

  it("distinct articles saved concurrently store every claim exactly once", async () => {
    const { store, client, table } = await freshStore(server.endpoint());
    await Promise.all(Array.from({ length: 30 }, (_, n) => store.saveArticle(record(`a${n}`, [claim(`a${n}`, 0, n), claim(`a${n}`, 9, n)]))));
    const claimItems = (await dump(client, table)).filter((item) => item["type"] === "claim");
    expect(claimItems).toHaveLength(60);
    expect((await store.claimsAbout(aboutAll())).claims).toHaveLength(60);
  });

  it("throttled requests are retried by the SDK, once per refused attempt, with no loop of our own", async () => {
    const retry = instantRetry();
    const { store, client } = await freshStore(server.endpoint(), retry, 3);
    const faults = injectFaults(client, (call) => (call.index < 3 ? "throttle-once" : undefined));
    await store.saveArticle(record("a1", [claim("a1", 0, 1)]));
    faults.remove();
    expect((await store.getArticle("a1"))?.claims).toHaveLength(1);
    expect(faults.attempts).toHaveLength(faults.calls.length + 3);
    expect(retry.pauses).toEqual([]);
  });

  it("throttling that never ends gives up after the SDK's maxAttempts, with store-unavailable and the SDK's error as cause", async () => {
    const { store, client } = await freshStore(server.endpoint(), instantRetry(), 3);
    const faults = injectFaults(client, () => "throttle");
    const error = await store.getArticle("a1").catch((e: unknown) => e);
    faults.remove();
    expect(error).toBeInstanceOf(ClaimcheckError);
    expect((error as ClaimcheckError).code).toBe("store-unavailable");
    expect(faults.calls).toHaveLength(1);
    expect(faults.attempts).toHaveLength(3);
    expect((error as Error).cause).toMatchObject({ name: "ProvisionedThroughputExceededException", $metadata: { attempts: 3 } });
    expect((error as Error).message).toContain("after 3 attempts");
  });

  it("UnprocessedItems and UnprocessedKeys are sent again until none are left", async () => {
    const retry = instantRetry();
    const { store, client, table } = await freshStore(server.endpoint(), retry);
    const faults = injectFaults(client, (call) => (call.command.startsWith("Batch") ? "partial" : undefined));
    await Promise.all(Array.from({ length: 6 }, (_, n) => store.saveArticle(record(`a${n}`, Array.from({ length: 20 }, (_, i) => claim(`a${n}`, i * 10, i))))));
    const related = await store.claimsAbout(aboutAll());
    faults.remove();
    expect(related.claims).toHaveLength(120);
    expect(related.articles).toHaveLength(6);
    expect((await dump(client, table)).filter((item) => item["type"] === "claim")).toHaveLength(120);
    expect(retry.pauses.length).toBeGreaterThan(0);
  });
});
