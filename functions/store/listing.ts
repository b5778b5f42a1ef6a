import * as v from "valibot";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Finding, FindingQuery, FindingStatus, Page } from "../../core/index.js";
import { decodeCursor, decodeFinding, encodeCursor } from "./codec.js";
import { run, type Db } from "./db.js";
import { findingsForArticle } from "./finding-reads.js";
import { statusPk, timeSk } from "./keys.js";

/**
 * Findings newest first through `byTime` (one partition per status). The cursor is the sort key
 * of the last finding handed out, so every page is "older than that" and a listing with no
 * status merges the three partitions without a per-partition cursor.
 */

const STATUSES: FindingStatus[] = ["open", "dismissed", "resolved"];
const cursorShape = v.object({ before: v.string() });
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

/** @example const page = await listFindings(db, { status: "open", limit: 20 }) */
export async function listFindings(db: Db, query: FindingQuery): Promise<Page<Finding>> {
  const limit = Math.min(Math.max(1, query.limit ?? DEFAULT_LIMIT), MAX_LIMIT);
  const before = query.cursor ? decodeCursor(query.cursor, cursorShape).before : undefined;
  const candidates = query.articleId
    ? (await findingsForArticle(db, query.articleId)).filter((f) => matches(f, query) && (!before || sortKey(f) < before))
    : (await Promise.all((query.status ? [query.status] : STATUSES).map((s) => newestOf(db, s, query, before, limit + 1)))).flat();
  const sorted = candidates.sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : -1));
  const items = sorted.slice(0, limit);
  return sorted.length > limit ? { items, cursor: encodeCursor({ before: sortKey(items[items.length - 1]!) }) } : { items };
}

const sortKey = (f: Finding) => timeSk(f.detectedAt ?? "", f.id);

function matches(f: Finding, q: FindingQuery): boolean {
  return (!q.status || f.status === q.status) && (!q.severity || f.severity === q.severity) && (!q.kind || f.kind === q.kind);
}

/** Up to `want` findings of one status older than `before`, filtered server-side. */
async function newestOf(db: Db, status: FindingStatus, q: FindingQuery, before: string | undefined, want: number): Promise<Finding[]> {
  const filters = [q.severity && "#severity = :severity", q.kind && "#kind = :kind"].filter(Boolean);
  const names = { ...(q.severity ? { "#severity": "severity" } : {}), ...(q.kind ? { "#kind": "kind" } : {}) };
  const found: Finding[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await run(db, () => db.doc.send(new QueryCommand({
      TableName: db.table,
      IndexName: "byTime",
      KeyConditionExpression: before ? "timePk = :pk AND timeSk < :before" : "timePk = :pk",
      FilterExpression: filters.length ? filters.join(" AND ") : undefined,
      ExpressionAttributeNames: filters.length ? names : undefined,
      ExpressionAttributeValues: {
        ":pk": statusPk(status),
        ...(before ? { ":before": before } : {}),
        ...(q.severity ? { ":severity": q.severity } : {}),
        ...(q.kind ? { ":kind": q.kind } : {}),
      },
      ScanIndexForward: false,
      Limit: want,
      ExclusiveStartKey: start,
    })));
    found.push(...(page.Items ?? []).map(decodeFinding));
    start = page.LastEvaluatedKey;
  } while (start && found.length < want);
  return found.slice(0, want);
}
