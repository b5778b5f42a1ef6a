import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type {
  AlertOutbox, ArticleRecord, BatchStore, Claim, DeliveryLog, Finding, FindingChanges, FindingQuery,
  FindingStatus, IndexLookup, Page, PartitionPage, PendingAlert, RelatedClaims, ScanWindow, StoredArticle,
} from "../../core/index.js";
import * as alerts from "./alerts.js";
import { getArticle } from "./article-reads.js";
import { cleanStale, deleteArticle } from "./article-removal.js";
import { saveArticle } from "./articles.js";
import * as batch from "./batch.js";
import * as claims from "./claims.js";
import { openDb, type Db } from "./db.js";
import { hasDelivery, recordDelivery } from "./deliveries.js";
import { daysFromStore } from "./finding-days.js";
import { findingsForArticle, findingsInPartition, loadFindings, partitionFindings } from "./finding-reads.js";
import { moveFindings } from "./finding-status.js";
import { upsertFindings } from "./findings.js";
import { isStorableId } from "./keys.js";
import { listFindings } from "./listing.js";
import type { RetryPolicy } from "./retry.js";

/**
 * Every port core and the edges need, on one DynamoDB table (design in table.ts). Each method
 * is a thin call into the module that explains its part.
 * @example
 * const store = new DynamoClaimStore(new DynamoDBClient({ endpoint }), "claimcheck");
 * const related = await store.claimsAbout(lookupsForClaims(claims), "a2");
 */
export class DynamoClaimStore implements BatchStore, DeliveryLog, AlertOutbox {
  readonly db: Db;

  constructor(client: DynamoDBClient, table: string, retry?: RetryPolicy) {
    this.db = openDb(client, table, retry);
  }

  claimsAbout(lookups: IndexLookup[], excludeArticleId?: string): Promise<RelatedClaims> {
    return claims.claimsAbout(this.db, lookups, excludeArticleId);
  }
  saveArticle(record: ArticleRecord): Promise<FindingChanges> {
    return saveArticle(this.db, record);
  }
  async getArticle(id: string): Promise<{ article: StoredArticle; claims: Claim[] } | null> {
    return isStorableId(id) ? getArticle(this.db, id) : null;
  }
  async deleteArticle(id: string, at: string): Promise<boolean> {
    return isStorableId(id) ? deleteArticle(this.db, id, at) : false;
  }
  async findingsForArticle(id: string): Promise<Finding[]> {
    return isStorableId(id) ? findingsForArticle(this.db, id) : [];
  }
  listFindings(query: FindingQuery): Promise<Page<Finding>> {
    return listFindings(this.db, query);
  }
  async getFinding(id: string): Promise<Finding | null> {
    if (!isStorableId(id)) return null;
    return (await loadFindings(this.db, [id])).get(id) ?? null;
  }
  async setFindingStatus(id: string, status: FindingStatus, at: string, note?: string): Promise<Finding | null> {
    if (!isStorableId(id)) return null;
    const [moved] = await moveFindings(this.db, [id], status, at, ["open", "dismissed", "resolved"], note);
    return moved ?? null;
  }
  claimsBySubject(key: string, cursor?: string, limit?: number): Promise<Page<Claim>> {
    return claims.claimsBySubject(this.db, key, cursor, limit);
  }

  scanArticles(window: ScanWindow): Promise<Page<StoredArticle>> {
    return batch.scanArticles(this.db, window);
  }
  scanPartitions(window: ScanWindow): Promise<Page<string>> {
    return batch.scanPartitions(this.db, window);
  }
  partitionClaims(key: string, cursor?: string, limit?: number): Promise<PartitionPage> {
    return claims.partitionClaims(this.db, key, cursor, limit);
  }
  findingsInPartition(key: string): Promise<Finding[]> {
    return findingsInPartition(this.db, key);
  }
  /** A partition's findings a page at a time, by their day there (core/recheck's PartitionFindingPages). */
  partitionFindings(key: string, cursor: string | undefined, limit: number): Promise<{ items: { finding: Finding; day: string }[]; cursor?: string }> {
    return partitionFindings(this.db, key, cursor, limit);
  }
  putFindings(computed: Finding[], at: string, partition?: string): Promise<FindingChanges> {
    const days = partition === undefined ? undefined : (fresh: Finding[]) => daysFromStore(this.db, fresh, partition);
    return upsertFindings(this.db, computed, at, partition, days);
  }
  cleanStale(articleIds: string[], olderThan: string): Promise<number> {
    return cleanStale(this.db, articleIds.filter(isStorableId), olderThan);
  }
  async resolveFindings(ids: string[], at: string): Promise<void> {
    await moveFindings(this.db, ids, "resolved", at, ["open"]);
  }
  /** Articles and index partitions the batch will visit (a full read of the sparse batch index). */
  countBatch(): Promise<{ articles: number; subjects: number }> {
    return batch.countBatch(this.db);
  }
  getCheckpoint(name: string): Promise<string | null> {
    return batch.getCheckpoint(this.db, name);
  }
  putCheckpoint(name: string, value: string | null): Promise<void> {
    return batch.putCheckpoint(this.db, name, value);
  }

  hasDelivery(source: string, deliveryId: string): Promise<boolean> {
    return hasDelivery(this.db, source, deliveryId);
  }
  recordDelivery(source: string, deliveryId: string, at: string): Promise<boolean> {
    return recordDelivery(this.db, source, deliveryId, at);
  }
  enqueueAlerts(opened: Finding[], endpoints: string[], at: string): Promise<PendingAlert[]> {
    return alerts.enqueueAlerts(this.db, opened, endpoints, at);
  }
  dueAlerts(now: string, limit: number): Promise<PendingAlert[]> {
    return alerts.dueAlerts(this.db, now, limit);
  }
  markDelivered(alert: PendingAlert, at: string): Promise<void> {
    return alerts.markDelivered(this.db, alert, at);
  }
  markFailed(alert: PendingAlert, error: string, nextAttemptAt: string): Promise<void> {
    return alerts.markFailed(this.db, alert, error, nextAttemptAt);
  }
}
