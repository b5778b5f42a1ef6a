import type { Article, ArticleSummary, Claim, Finding, FindingKind, FindingStatus, Severity } from "./model.js";

/**
 * The ports core needs from the outside world, in core's words. functions/store implements
 * them on DynamoDB; core never learns how.
 */

/** One page of a listing; pass `cursor` back to get the next. */
export interface Page<T> {
  items: T[];
  cursor?: string;
}

/** Claims from other articles on the subjects asked for, with those articles' summaries. */
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
}

/** Everything one check of one article produced, saved as a unit. */
export interface ArticleRecord {
  article: StoredArticle;
  claims: Claim[];
  /** Findings involving this article, as computed now (status "open" unless already known). */
  findings: Finding[];
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
 * Where claims live between articles. The subject head is the part of `Subject.key` before
 * the first "|" ("refugee" for "refugee|syrian|turkey"): the store indexes claims by it, and
 * the cost of `claimsAbout` grows with the claims on those heads, never with the store.
 */
export interface ClaimStore {
  /** Claims on any of these subject heads, from articles other than `excludeArticleId`. */
  claimsAbout(subjectHeads: string[], excludeArticleId?: string): Promise<RelatedClaims>;
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

/** What the batch re-check needs on top of ClaimStore. */
export interface BatchStore extends ClaimStore {
  scanArticles(window: ScanWindow): Promise<Page<StoredArticle>>;
  /** Every subject head with at least one claim. */
  scanSubjectHeads(window: ScanWindow): Promise<Page<string>>;
  /** Cross-article findings about this subject head, any status. */
  findingsAboutSubject(head: string): Promise<Finding[]>;
  /** Upserts by id keeping each known finding's status; returns what opened and what did not change. */
  putFindings(findings: Finding[], at: string): Promise<FindingChanges>;
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
