import { expect, it } from "vitest";
import { checkArticle, EXTRACTOR_VERSION, INDEX_VERSION, lookupsForClaims, type ArticleRecord } from "../../core/index.js";
import { partitionsOf } from "../../core/checker.js";
import { newArticleItems } from "../../functions/store/claim-items.js";
import { writeAll } from "../../functions/store/db.js";
import { story } from "../support/reliability-stories.js";
import { dump, freshStore } from "./fixtures.js";
import { describeContract } from "./harness.js";

/**
 * A bulk load (the benchmarks' archives, 10,000 articles and more) writes each new article's
 * items straight to the table in batches, with no read. It must leave exactly what saving the
 * same records one by one leaves: the same items, key for key and attribute for attribute.
 */
describeContract("store: bulk-loaded articles", (server) => {
  it("writing newArticleItems of each record equals saving the records", async () => {
    const saved = await freshStore(server.endpoint());
    const bulk = await freshStore(server.endpoint());
    const now = () => "2026-01-01T00:00:00.000Z";
    const records: ArticleRecord[] = [];
    for (let i = 0; i < 24; i++) {
      const s = story("bulk", i);
      const { claims, findings } = await checkArticle(s, { store: saved.store, now }, { dryRun: true });
      const related = await saved.store.claimsAbout(lookupsForClaims(claims), s.id);
      const record = {
        article: { ...s, extractorVersion: EXTRACTOR_VERSION, indexVersion: INDEX_VERSION, checkedAt: now() },
        claims, findings, partitions: partitionsOf(findings, [...claims, ...related.claims]),
      };
      records.push(record);
      await saved.store.saveArticle(record);
    }
    expect(records.some((r) => r.findings.some((f) => new Set(f.claims.map((c) => c.articleId)).size > 1))).toBe(true);
    await writeAll(bulk.store.db, records.flatMap(newArticleItems));
    expect(await dump(bulk.client, bulk.table)).toEqual(await dump(saved.client, saved.table));
  }, 120_000);
});
