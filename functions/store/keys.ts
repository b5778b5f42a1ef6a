/**
 * Key shapes of the one table (see table.ts for the access patterns they serve). Subject keys
 * and heads are the extractor's lowercase words joined by "|", so "#" never occurs inside them
 * and can separate key parts; ids come from core/ids.ts or the caller and are used whole.
 */
import { subjectHead } from "../../core/index.js";

export const ARTICLE_SK = "ARTICLE";
export const FINDING_SK = "FINDING";
export const HEAD_SK = "HEAD";
export const KEY_SK = "KEY";
export const CHECKPOINT_SK = "CHECKPOINT";
export const DELIVERY_SK = "DELIVERY";
export const ALERTS_DUE = "ALERTS#due";

/** The subject head: `Subject.key` up to the first "|", exactly as core's checker asks for it. */
export const headOf = subjectHead;

export const articlePk = (articleId: string) => `ART#${articleId}`;
export const claimSkPrefix = (rev: string) => `CLAIM#${rev}#`;
export const claimSk = (rev: string, claimId: string) => `${claimSkPrefix(rev)}${claimId}`;
export const bodySkPrefix = (rev: string) => `BODY#${rev}#`;
/** Zero-padded so chunks sort in order. */
export const bodySk = (rev: string, index: number) => `${bodySkPrefix(rev)}${String(index).padStart(4, "0")}`;
export const linkSk = (findingId: string) => `FIND#${findingId}`;
/** An index item of one claim of one revision: `n` numbers the claim's filing keys. */
export const indexSkPrefix = (rev: string) => `IDX#${rev}#`;
export const indexSk = (rev: string, claimId: string, n: number) => `${indexSkPrefix(rev)}${claimId}#${n}`;

/**
 * A partition of the claim index: the claims filed under one key (core/check/claim-index.ts),
 * sorted by the day they are filed at, then article, revision and claim.
 */
export const partitionPk = (key: string) => `KEY#${key}`;
export const partitionSk = (time: string, articleId: string, rev: string, claimId: string) => `${time}#${articleId}#${rev}#${claimId}`;
/** The sort-key range of days [from, to]: every item's day is followed by "#", which sorts just before "$". */
export const partitionRange = (from: string, to: string) => ({ from: `${from}#`, to: `${to}$` });

export const headPk = (head: string) => `HEAD#${head}`;
export const subjectClaimSk = (subjectKey: string, articleId: string, rev: string, claimId: string) =>
  `CLAIM#${subjectKey}#${articleId}#${rev}#${claimId}`;
/**
 * A finding under its owning partition, by a day of its claims under the partition's key (the
 * latest one its writer knew), so the batch re-check reads a partition's findings page by page
 * in step with its time-ordered walk of the claims. `FINDING#<id>` is the sort key of findings
 * filed before (read first, as undated).
 */
export const subjectFindingSk = (day: string, findingId: string) => `${FINDING_AT}${day}#${findingId}`;
export const FINDING_AT = "FINDAT#";
export const LEGACY_FINDING = "FINDING#";
/** The day in a finding's sort key under its partition (undated for the legacy shape). */
export const findingDayOf = (subjectSk: unknown, undated: string) =>
  typeof subjectSk === "string" && subjectSk.startsWith(FINDING_AT) ? subjectSk.slice(FINDING_AT.length, subjectSk.lastIndexOf("#")) : undated;
/**
 * Cross-article findings owned by one partition of the claim index (or, for findings stored
 * before it, one subject head): apart from the claims, so a lookup never pages through them.
 */
export const subjectFindingsPk = (partition: string) => `FINDINGS#${partition}`;

export const findingPk = (findingId: string) => `FINDING#${findingId}`;
export const statusPk = (status: string) => `STATUS#${status}`;
export const timeSk = (at: string, id: string) => `${at}#${id}`;

export const checkpointPk = (name: string) => `CHECKPOINT#${name}`;
export const deliveryPk = (source: string, deliveryId: string) => `DELIVERY#${source}#${deliveryId}`;
export const alertPk = (findingId: string) => `ALERT#${findingId}`;
export const alertSk = (endpoint: string) => `TO#${endpoint}`;

/**
 * A revision of an article's stored claims: the save sequence number (zero-padded so revisions
 * sort) and a hash of what was saved. The number only grows, so a revision value never comes
 * back after it was replaced (see articles.ts on why that matters for cleanup).
 */
export function revision(seq: number, contentHash: string): string {
  return `${String(seq).padStart(8, "0")}.${contentHash}`;
}

/**
 * Whether an id could ever have been stored: article ids are at most 200 characters and
 * finding ids are hashes, while DynamoDB refuses any key over 2048 bytes with an error. An id
 * past that is simply absent (a 404 to the caller), not a store failure.
 * @example isStorableId("a".repeat(3000)) // false
 */
export function isStorableId(id: string): boolean {
  return id.length > 0 && Buffer.byteLength(id, "utf8") <= 1024;
}
