import type { IndexLookup } from "./check/claim-index.js";
import type { Article, ArticleSummary, Claim, Finding, FindingKind, FindingStatus, Severity } from "./model.js";

export type { IndexLookup } from "./check/claim-index.js";

/**
 * The ports core needs from the outside world, in core's words. functions/store implements
 * them on DynamoDB; core never learns how.
 */

/** One page of a listing; pass `cursor` back to get the next. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** Claims from other articles filed under the keys and windows asked for, with those articles' summaries. */
export interface RelatedClaims {
  claims: Claim[];
  articles: ArticleSummary[];
}

/** An article as kept: its text (so a newer extractor can re-read it) and when it was checked. */
export interface StoredArticle extends Article {
  /** The EXTRACTOR_VERSION that produced its stored claims. */
  extractorVersion: number;
  /** ISO datetime of the last check. */
  checkedAt: string;
  /**
   * The claim index layout its claims are filed under (INDEX_VERSION of core/check/claim-index.ts);
   * absent for articles stored before the index followed frames. The re-check re-files older ones.
   */
  indexVersion?: number;
}

/** Everything one check of one article produced, saved as a unit. */
export interface ArticleRecord {
  article: StoredArticle;
  claims: Claim[];
  /** Findings involving this article, as computed now (status "open" unless already known). */
  findings: Finding[];
  /**
   * For cross-article findings: the index key whose batch re-check owns each (finding id ->
   * key, from `partitionOf`), so that exactly one partition recomputes and resolves it.
   */
  partitions?: Record<string, string>;
}

/** What saving did to the findings: new ones are announced, vanished ones resolved. */
export interface FindingChanges {
  opened: Finding[];
  resolved: Finding[];
  unchanged: Finding[];
}

export interface FindingQuery {
  status?: FindingStatus;
  severity?: Severity;
  kind?: FindingKind;
  articleId?: string;
  limit?: number;
  cursor?: string;
}

/** A window of a parallel scan: segment i of n, resumable from cursor. */
export interface ScanWindow {
  segment: number;
  totalSegments: number;
  cursor?: string;
  limit?: number;
}

/**
 * Where claims live between articles. Claims are filed under the index keys of their frame
 * (core/check/claim-index.ts: measure and event, measure and scope entity) with their time in
 * the sort key; the cost of `claimsAbout` grows with the claims filed under the keys asked for
 * inside the windows asked for, never with the store.
 */
export interface ClaimStore {
  /**
   * Claims filed under any of these keys at a day inside the lookup's window, from articles
   * other than `excludeArticleId`; only claims of each article's current revision.
   * @example await store.claimsAbout(lookupsForClaims(claims), article.id)
   */
  claimsAbout(lookups: IndexLookup[], excludeArticleId?: string): Promise<RelatedClaims>;
  /**
   * Replaces the article, its claims and its findings. Idempotent and retry-safe: repeating an
   * interrupted save reaches the same end state, with no duplicate or orphan claim. Findings
   * keep their status: a dismissed finding that is computed again stays dismissed; a finding
   * of this article's that is no longer computed is resolved.
   */
  saveArticle(record: ArticleRecord): Promise<FindingChanges>;
  getArticle(id: string): Promise<{ article: StoredArticle; claims: Claim[] } | null>;
  /** Removes the article and its claims, resolves its findings. False when there was none. */
  deleteArticle(id: string, at: string): Promise<boolean>;
  findingsForArticle(id: string): Promise<Finding[]>;
  /** Newest first. */
  listFindings(query: FindingQuery): Promise<Page<Finding>>;
  getFinding(id: string): Promise<Finding | null>;
  setFindingStatus(id: string, status: FindingStatus, at: string, note?: string): Promise<Finding | null>;
  /** Claims whose subject key equals `key`, or whose head equals it when `key` has no "|". */
  claimsBySubject(key: string, cursor?: string, limit?: number): Promise<Page<Claim>>;
}

/** One page of the claims filed under one index key, in the order of their filing time. */
export interface PartitionPage {
  /** Claims of current revisions, oldest filing time first. */
  claims: Claim[];
  /** Summaries of the articles the claims belong to. */
  articles: ArticleSummary[];
  /**
   * Articles with items under this key that belong to no current revision: a save cut off
   * before its commit, or a delete cut off half way. `cleanStale` removes them.
   */
  stale: string[];
  cursor?: string;
}

/** What the batch re-check needs on top of ClaimStore. */
export interface BatchStore extends ClaimStore {
  scanArticles(window: ScanWindow): Promise<Page<StoredArticle>>;
  /** Every index key with at least one claim filed under it (a partition of the comparison). */
  scanPartitions(window: ScanWindow): Promise<Page<string>>;
  /** Claims filed under `key`, a page at a time, oldest filing time first. */
  partitionClaims(key: string, cursor?: string, limit?: number): Promise<PartitionPage>;
  /** Cross-article findings owned by this index key (see ArticleRecord.partitions), any status. */
  findingsInPartition(key: string): Promise<Finding[]>;
  /**
   * Upserts by id keeping each known finding's status; returns what opened and what did not
   * change. `partition`: the index key that owns them.
   */
  putFindings(findings: Finding[], at: string, partition?: string): Promise<FindingChanges>;
  /**
   * Removes the items of these articles that no reader can trust (revisions other than the
   * current one that can never become current, and items of articles that no longer exist),
   * leaving alone what a save started after `olderThan` (ISO datetime) may still commit.
   * Returns how many items went.
   */
  cleanStale(articleIds: string[], olderThan: string): Promise<number>;
  resolveFindings(ids: string[], at: string): Promise<void>;
  getCheckpoint(name: string): Promise<string | null>;
  /** null clears it. */
  putCheckpoint(name: string, value: string | null): Promise<void>;
}

/** Webhook deliveries already taken, so a redelivery changes nothing. */
export interface DeliveryLog {
  /** Whether the delivery was recorded before: asked first, so a redelivery changes nothing. */
  hasDelivery(source: string, deliveryId: string): Promise<boolean>;
  /** Records the delivery; false when it was recorded before (a redelivery). */
  recordDelivery(source: string, deliveryId: string, at: string): Promise<boolean>;
}

/** An alert waiting to reach one endpoint. */
export interface PendingAlert {
  findingId: string;
  endpoint: string;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
}

/** Contradiction alerts: each finding announced once per endpoint, failures kept and retried. */
export interface AlertOutbox {
  /** Queues findings never queued before for these endpoints; returns the newly queued alerts. */
  enqueueAlerts(findings: Finding[], endpoints: string[], at: string): Promise<PendingAlert[]>;
  dueAlerts(now: string, limit: number): Promise<PendingAlert[]>;
  markDelivered(alert: PendingAlert, at: string): Promise<void>;
  markFailed(alert: PendingAlert, error: string, nextAttemptAt: string): Promise<void>;
}
