import { describe, expect, it } from "vitest";
import { checkArticle, EXTRACTOR_VERSION, INDEX_VERSION, lookupsForClaims, partitionOf, type ArticleRecord, type IndexLookup } from "../../core/index.js";
import type { Article } from "../../core/model.js";
import { MemoryClaimStore } from "../support/memory-store.js";

/** A clock that moves one minute per reading, so each check has its own time. */
function clock(start = Date.UTC(2024, 7, 6, 12)) {
  let tick = 0;
  return () => new Date(start + 60_000 * tick++).toISOString();
}

const older: Article = { id: "trt", source: "TRT World", published: "2020-01-14", body: "Turkey is already hosting 3.5 million Syrian refugees." };
const newer: Article = { id: "rusi", source: "RUSI", published: "2024-08-06", body: "Public anger about the 3.6 million Syrian refugees residing in Turkey grew." };

describe("checkArticle", () => {
  it("checks a new article against the stored ones and saves it with its claims and findings", async () => {
    const store = new MemoryClaimStore();
    const now = clock();
    const first = await checkArticle(older, { store, now });
    expect(first.findings).toEqual([]);
    const second = await checkArticle(newer, { store, now });
    const [finding] = second.findings;
    expect(finding).toMatchObject({ kind: "cross-article-conflict", severity: "discrepancy", status: "open", detectedAt: "2024-08-06T12:01:00.000Z" });
    expect(second.changes.opened.map((f) => f.id)).toEqual([finding?.id]);
    const saved = await store.getArticle("rusi");
    expect(saved?.article).toMatchObject({ extractorVersion: EXTRACTOR_VERSION, checkedAt: "2024-08-06T12:01:00.000Z", source: "RUSI" });
    expect(saved?.claims).toEqual(second.claims);
    expect(second.article).not.toHaveProperty("body");
  });

  it("does not duplicate a finding when the article is checked again, and keeps its first detection", async () => {
    const store = new MemoryClaimStore();
    const now = clock();
    await checkArticle(older, { store, now });
    const first = await checkArticle(newer, { store, now });
    const again = await checkArticle(newer, { store, now });
    expect(again.findings.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
    expect(again.changes.opened).toEqual([]);
    expect(again.changes.unchanged.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
    expect(again.findings[0]?.detectedAt).toBe(first.findings[0]?.detectedAt);
    expect((await store.listFindings({})).items).toHaveLength(1);
  });

  it("reports a dismissed finding with its dismissal when it is computed again", async () => {
    const store = new MemoryClaimStore();
    const now = clock();
    await checkArticle(older, { store, now });
    const first = await checkArticle(newer, { store, now });
    await store.setFindingStatus(first.findings[0]!.id, "dismissed", now(), "different sources, both right");
    const again = await checkArticle(newer, { store, now });
    expect(again.findings[0]).toMatchObject({ status: "dismissed", note: "different sources, both right" });
  });

  it("resolves a finding that a corrected article no longer produces", async () => {
    const store = new MemoryClaimStore();
    const now = clock();
    await checkArticle(older, { store, now });
    const first = await checkArticle(newer, { store, now });
    expect(first.findings).toHaveLength(1);
    const corrected = await checkArticle({ ...newer, body: newer.body.replace("3.6 million", "3.5 million") }, { store, now });
    expect(corrected.findings).toEqual([]);
    expect(corrected.changes.resolved.map((f) => f.id)).toEqual(first.findings.map((f) => f.id));
  });

  it("on a dry run, returns the findings and writes nothing", async () => {
    const store = new MemoryClaimStore();
    const now = clock();
    await checkArticle(older, { store, now });
    const outcome = await checkArticle(newer, { store, now }, { dryRun: true });
    expect(outcome.findings.map((f) => f.kind)).toEqual(["cross-article-conflict"]);
    expect(outcome.changes).toEqual({ opened: [], resolved: [], unchanged: [] });
    expect(await store.getArticle("rusi")).toBeNull();
    expect((await store.listFindings({})).items).toEqual([]);
  });

  it("reads the store through the article's claim-index lookups, and saves each cross-article finding with the partition owning it", async () => {
    const asked: IndexLookup[][] = [];
    const saved: ArticleRecord[] = [];
    const store = new (class extends MemoryClaimStore {
      override claimsAbout(lookups: IndexLookup[], exclude?: string) {
        asked.push(lookups);
        return super.claimsAbout(lookups, exclude);
      }
      override saveArticle(record: ArticleRecord) {
        saved.push(record);
        return super.saveArticle(record);
      }
    })();
    const now = clock();
    await checkArticle(older, { store, now });
    const second = await checkArticle(newer, { store, now });
    expect(asked[1]).toEqual(lookupsForClaims(second.claims));
    const [finding] = second.findings;
    const members = [...second.claims, ...(await store.getArticle("trt"))!.claims].filter((c) => finding!.claims.some((r) => r.claimId === c.id));
    expect(saved[1]?.partitions).toEqual({ [finding!.id]: partitionOf(members) });
    expect(saved[1]?.article.indexVersion).toBe(INDEX_VERSION);
  });

  it("finds conversion slips inside the article with nothing stored", async () => {
    const outcome = await checkArticle({ id: "daily", published: "2023-01-11", body: "Erdogan wants to complete the 30-mile (18.6-mile) deep security strip." },
      { store: new MemoryClaimStore(), now: clock() });
    expect(outcome.findings.map((f) => f.kind)).toEqual(["conversion-mismatch"]);
  });
});
