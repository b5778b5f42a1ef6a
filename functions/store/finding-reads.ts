/**
 * Reading stored findings: by id (with the partition each is filed under), by article, and a
 * partition's findings page by page (what the batch re-check walks).
 */
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import type { Finding } from "../../core/index.js";
import { UNDATED } from "../../core/check/claim-index.js";
import { decodeCursor, decodeFinding, encodeCursor } from "./codec.js";
import { getAll, queryPrefix, run, type Db } from "./db.js";
import { FINDING_AT, FINDING_SK, LEGACY_FINDING, articlePk, findingDayOf, findingPk, subjectFindingsPk, timeSk } from "./keys.js";

/**
 * Stored findings by id.
 * @example (await loadFindings(db, ["f-1"])).get("f-1")?.status
 */
export async function loadFindings(db: Db, ids: string[]): Promise<Map<string, Finding>> {
  return new Map([...(await loadOwned(db, ids)).values()].map((x) => [x.finding.id, x.finding]));
}

export interface Owned {
  finding: Finding;
  /** The partition index key it is filed under (`subjectPk`), and the day there. */
  filedUnder: string | undefined;
  day: string | undefined;
}

/** Stored findings by id, with the partition index key each is filed under and its day there. */
export async function loadOwned(db: Db, ids: string[]): Promise<Map<string, Owned>> {
  const items = await getAll(db, ids.map((id) => ({ pk: findingPk(id), sk: FINDING_SK })));
  return new Map(items.map((item) => {
    const finding = decodeFinding(item);
    const filedUnder = typeof item["subjectPk"] === "string" ? item["subjectPk"] : undefined;
    const sk = item["subjectSk"];
    return [finding.id, { finding, filedUnder, day: typeof sk === "string" && sk.startsWith(FINDING_AT) ? findingDayOf(sk, UNDATED) : undefined }];
  }));
}

/**
 * Every finding linked to the article, any status, newest first.
 * @example (await findingsForArticle(db, "a1")).map((f) => f.status)
 */
export async function findingsForArticle(db: Db, articleId: string): Promise<Finding[]> {
  const links = await queryPrefix(db, articlePk(articleId), "FIND#");
  const found = await loadFindings(db, links.map((link) => String(link["findingId"])));
  return newestFirst([...found.values()]);
}

/**
 * Cross-article findings owned by one partition of the claim index, any status, all at once.
 * @example await findingsInPartition(db, "refugee/place:turkey")
 */
export async function findingsInPartition(db: Db, key: string): Promise<Finding[]> {
  const out: Finding[] = [];
  let cursor: string | undefined;
  do {
    const page = await partitionFindings(db, key, cursor, 500);
    out.push(...page.items.map((x) => x.finding));
    cursor = page.cursor;
  } while (cursor !== undefined);
  return out;
}

const findingsCursor = v.object({ legacy: v.boolean(), start: v.optional(v.record(v.string(), v.string())) });

/**
 * One page of the findings a partition owns, by their day there, oldest first (findings filed
 * before they had a day come first, as undated): what the batch re-check reads in step with its
 * walk of the partition's claims, so it never holds a partition's findings at once.
 * @example const { items, cursor } = await partitionFindings(db, "refugee/place:turkey", undefined, 100)
 */
export async function partitionFindings(db: Db, key: string, cursor: string | undefined, limit: number): Promise<{ items: { finding: Finding; day: string }[]; cursor?: string }> {
  const at = cursor === undefined ? { legacy: true } : decodeCursor(cursor, findingsCursor);
  const out = await run(db, () => db.doc.send(new QueryCommand({
    TableName: db.table,
    IndexName: "bySubject",
    KeyConditionExpression: "subjectPk = :pk AND begins_with(subjectSk, :prefix)",
    ExpressionAttributeValues: { ":pk": subjectFindingsPk(key), ":prefix": at.legacy ? LEGACY_FINDING : FINDING_AT },
    Limit: limit,
    ExclusiveStartKey: at.start,
  })));
  const items = (out.Items ?? []).map((item) => ({ finding: decodeFinding(item), day: findingDayOf(item["subjectSk"], UNDATED) }));
  const next = out.LastEvaluatedKey ? { legacy: at.legacy, start: out.LastEvaluatedKey as Record<string, string> }
    : at.legacy ? { legacy: false } : undefined;
  return next === undefined ? { items } : { items, cursor: encodeCursor(next) };
}

/** Newest detection first, ties by id descending: the order of the `byTime` index. */
export function newestFirst(findings: Finding[]): Finding[] {
  const sortKey = (f: Finding) => timeSk(f.detectedAt ?? "", f.id);
  return findings.sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : 0));
}
