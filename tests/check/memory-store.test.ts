import { describe, expect, it } from "vitest";
import { ClaimcheckError } from "../../core/errors.js";
import type { Claim, Finding } from "../../core/model.js";
import type { ArticleRecord } from "../../core/ports.js";
import { lookupsForClaims } from "../../core/check/claim-index.js";
import { MemoryClaimStore } from "../support/memory-store.js";

/** The in-memory store keeps the parts of the ClaimStore contract the checker's tests rely on. */

function claim(articleId: string, start: number, key: string, asOf = "2024-08-06"): Claim {
  const [head, place] = key.split("|");
  return { id: `${articleId}-${start}`, articleId, kind: "quantity", text: "3", start, end: start + 1, value: 3, qualifier: "exact", modality: "asserted",
    subject: { key, text: key, head: head!, ...(place ? { place } : {}) }, asOf, rules: [] };
}

function finding(id: string, ...articleIds: string[]): Finding {
  return { id, kind: "cross-article-conflict", severity: "contradiction", status: "open", rule: "cross-article-conflict", explanation: "…",
    claims: articleIds.map((articleId) => ({ articleId, claimId: `${articleId}-0`, start: 0, end: 1, text: "3" })) };
}

function record(id: string, claims: Claim[], findings: Finding[], at = "2024-08-06T10:00:00.000Z"): ArticleRecord {
  return { article: { id, body: "3", extractorVersion: 1, checkedAt: at }, claims, findings };
}

describe("MemoryClaimStore", () => {
  it("finds the claims filed under the keys and windows looked up, from other articles only, with their articles", async () => {
    const store = new MemoryClaimStore();
    await store.saveArticle(record("a", [claim("a", 0, "refugee|turkey"), claim("a", 5, "refugee|lebanon"), claim("a", 9, "refugee|turkey", "2001-01-01")], []));
    await store.saveArticle(record("b", [claim("b", 0, "refugee|turkey")], []));
    const related = await store.claimsAbout(lookupsForClaims([claim("b", 0, "refugee|turkey")]), "b");
    // Same key and inside its window: a-0. Another place (a-5) or another decade (a-9): not read.
    expect(related.claims.map((c) => c.id)).toEqual(["a-0"]);
    expect(related.articles.map((a) => a.id)).toEqual(["a"]);
    expect(related.articles[0]).not.toHaveProperty("body");
  });

  it("keeps a dismissal, resolves what is no longer computed, and reopens what comes back", async () => {
    const store = new MemoryClaimStore();
    const first = await store.saveArticle(record("b", [claim("b", 0, "refugee")], [finding("f1", "a", "b"), finding("f2", "a", "b")], "2024-08-06T10:00:00.000Z"));
    expect(first.opened.map((f) => [f.id, f.detectedAt])).toEqual([["f1", "2024-08-06T10:00:00.000Z"], ["f2", "2024-08-06T10:00:00.000Z"]]);
    await store.setFindingStatus("f1", "dismissed", "2024-08-06T11:00:00.000Z", "fine");
    const second = await store.saveArticle(record("b", [claim("b", 0, "refugee")], [finding("f1", "a", "b")], "2024-08-07T10:00:00.000Z"));
    expect(second.unchanged.map((f) => [f.id, f.status, f.note, f.detectedAt])).toEqual([["f1", "dismissed", "fine", "2024-08-06T10:00:00.000Z"]]);
    expect(second.resolved.map((f) => [f.id, f.status])).toEqual([["f2", "resolved"]]);
    const third = await store.saveArticle(record("b", [claim("b", 0, "refugee")], [finding("f1", "a", "b"), finding("f2", "a", "b")], "2024-08-08T10:00:00.000Z"));
    expect(third.opened.map((f) => [f.id, f.status])).toEqual([["f2", "open"]]);
  });

  it("rejects a claim of another article, and resolves an article's open findings when it is deleted", async () => {
    const store = new MemoryClaimStore();
    await expect(store.saveArticle(record("a", [claim("b", 0, "x")], []))).rejects.toBeInstanceOf(ClaimcheckError);
    await store.saveArticle(record("a", [claim("a", 0, "x")], [finding("f1", "a")]));
    expect(await store.deleteArticle("a", "2024-08-09T00:00:00.000Z")).toBe(true);
    expect(await store.getArticle("a")).toBeNull();
    expect((await store.getFinding("f1"))?.status).toBe("resolved");
    expect(await store.deleteArticle("a", "2024-08-09T00:00:00.000Z")).toBe(false);
  });

  it("lists findings newest first, filtered and paged", async () => {
    const store = new MemoryClaimStore();
    await store.saveArticle(record("a", [], [finding("f1", "a")], "2024-08-06T10:00:00.000Z"));
    await store.saveArticle(record("b", [], [finding("f2", "b")], "2024-08-07T10:00:00.000Z"));
    const page1 = await store.listFindings({ limit: 1 });
    expect(page1.items.map((f) => f.id)).toEqual(["f2"]);
    const page2 = await store.listFindings({ limit: 1, cursor: page1.cursor! });
    expect(page2).toEqual({ items: [expect.objectContaining({ id: "f1" })] });
    expect((await store.listFindings({ articleId: "a" })).items.map((f) => f.id)).toEqual(["f1"]);
    expect((await store.claimsBySubject("x")).items).toEqual([]);
  });
});
