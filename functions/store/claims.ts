import * as v from "valibot";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ArticleSummary, Claim, IndexLookup, Page, PartitionPage, RelatedClaims } from "../../core/index.js";
import { decodeArticleItem, decodeClaim, decodeCursor, encodeCursor } from "./codec.js";
import { getAll, queryAll, run, type Db, type Item } from "./db.js";
import { ARTICLE_SK, articlePk, headOf, headPk, partitionPk, partitionRange } from "./keys.js";

/**
 * Reading claims through the `bySubject` index: by claim index key and range of days (the
 * check's lookup, and the batch's partition walk), or by subject head (GET /claims). The index
 * may hold items of a revision being written or one being cleaned up; only items whose revision
 * is the article item's current one count.
 */

/** Lookups run this many at a time: an article asks for a few dozen keys. */
const PARALLEL_LOOKUPS = 8;

type Current = Map<string, { rev: string; summary: ArticleSummary }>;

/** The current revision and summary of each article, one batch get (no bodies). */
async function currentArticles(db: Db, articleIds: string[]): Promise<Current> {
  const items = await getAll(db, articleIds.map((id) => ({ pk: articlePk(id), sk: ARTICLE_SK })), ["pk", "sk", "rev", "seq", "contentHash", "article"]);
  return new Map(items.map((item) => {
    const stored = decodeArticleItem(item);
    const { id, title, url, source, published } = stored.article;
    return [id, { rev: stored.rev, summary: dropUndefined({ id, title, url, source, published }) }];
  }));
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, x]) => x !== undefined)) as T;
}

/** Claim items whose revision is current, decoded. */
async function trusted(db: Db, items: Item[]): Promise<{ claims: Claim[]; current: Current }> {
  const current = await currentArticles(db, [...new Set(items.map((i) => String(i["articleId"])))]);
  const claims = items
    .filter((item) => current.get(String(item["articleId"]))?.rev === item["rev"])
    .map(decodeClaim);
  return { claims, current };
}

/** One query of a key between two sort-key bounds, in one direction, at most `limit` items. */
async function range(db: Db, key: string, from: string, to: string, forward: boolean, limit?: number): Promise<Item[]> {
  const input = {
    IndexName: "bySubject",
    KeyConditionExpression: "subjectPk = :pk AND subjectSk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": partitionPk(key), ":from": from, ":to": to },
    ScanIndexForward: forward,
  };
  if (limit === undefined) return queryAll(db, input);
  const out = await run(db, () => db.doc.send(new QueryCommand({ ...input, TableName: db.table, Limit: limit })));
  return out.Items ?? [];
}

/**
 * One lookup: the items filed under its key on a day in its window; with a limit, the `limit`
 * nearest at or before its `around` day (read backwards) and the `limit` nearest after it, each
 * side completed to the end of the last day it reached (core's `pickNearest`), so a lookup reads
 * a bounded number of items however dense the key is, and never half a day.
 */
async function lookup(db: Db, { key, from, to, around, limit }: IndexLookup): Promise<Item[]> {
  const window = partitionRange(from, to);
  if (limit === undefined || around === undefined) return range(db, key, window.from, window.to, true);
  const pivot = partitionRange(around, around).to;
  const side = async (lo: string, hi: string, forward: boolean): Promise<Item[]> => {
    if (lo > hi) return [];
    const items = await range(db, key, lo, hi, forward, limit);
    if (items.length < limit) return items;
    // The last day reached, read whole (the items already read come back once more: keyed below).
    const day = String(items[items.length - 1]!["subjectSk"]).slice(0, String(items[items.length - 1]!["subjectSk"]).indexOf("#"));
    const whole = partitionRange(day, day);
    return [...items, ...(await range(db, key, whole.from > lo ? whole.from : lo, whole.to < hi ? whole.to : hi, true))];
  };
  const [before, after] = await Promise.all([side(window.from, pivot < window.to ? pivot : window.to, false), side(pivot > window.from ? pivot : window.from, window.to, true)]);
  return [...before, ...after];
}

async function inBatches<T, R>(items: T[], size: number, each: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(each))));
  return out;
}

/**
 * Claims filed under the lookups' keys inside their windows, from other articles: one query per
 * lookup (key and range of days), one batch get of the articles found. A claim filed under
 * several of the keys is returned once. Cost follows the claims about the same events and
 * entities at the same time, not the table, and not a common measure.
 * @example const { claims, articles } = await claimsAbout(db, lookupsForClaims(claims), "a2")
 */
export async function claimsAbout(db: Db, lookups: IndexLookup[], excludeArticleId?: string): Promise<RelatedClaims> {
  const found = (await inBatches(lookups, PARALLEL_LOOKUPS, (l) => lookup(db, l))).flat();
  const unique = new Map<string, Item>();
  for (const item of found) {
    if (item["articleId"] === excludeArticleId) continue;
    unique.set(`${String(item["articleId"])}\u0000${String(item["rev"])}\u0000${String((item["claim"] as { id?: unknown })?.id)}`, item);
  }
  const { claims, current } = await trusted(db, [...unique.values()]);
  const used = new Set(claims.map((c) => c.articleId));
  return { claims, articles: [...current.values()].filter((a) => used.has(a.summary.id)).map((a) => a.summary) };
}

const partitionCursor = (key: string) => v.object({
  pk: v.pipe(v.string(), v.startsWith("ART#")), sk: v.pipe(v.string(), v.startsWith("IDX#")),
  subjectPk: v.literal(partitionPk(key)), subjectSk: v.string(),
});

/**
 * One page of the claims filed under `key`, oldest day first, with the articles whose items
 * under it belong to no current revision (stale: a save or delete cut off).
 * @example const page = await partitionClaims(db, "refugee/place:turkey", undefined, 200)
 */
export async function partitionClaims(db: Db, key: string, cursor?: string, limit = 200): Promise<PartitionPage> {
  const out = await run(db, () => db.doc.send(new QueryCommand({
    TableName: db.table,
    IndexName: "bySubject",
    KeyConditionExpression: "subjectPk = :pk",
    ExpressionAttributeValues: { ":pk": partitionPk(key) },
    Limit: limit,
    ExclusiveStartKey: cursor ? decodeCursor(cursor, partitionCursor(key)) : undefined,
  })));
  const items = out.Items ?? [];
  const { claims, current } = await trusted(db, items);
  const stale = [...new Set(items.filter((i) => current.get(String(i["articleId"]))?.rev !== i["rev"]).map((i) => String(i["articleId"])))];
  const used = new Set(claims.map((c) => c.articleId));
  const articles = [...current.values()].filter((a) => used.has(a.summary.id)).map((a) => a.summary);
  return { claims, articles, stale, ...(out.LastEvaluatedKey ? { cursor: encodeCursor(out.LastEvaluatedKey) } : {}) };
}

/**
 * A cursor is a start key DynamoDB gave out for this very query: one forged or carried over from
 * another subject would be refused by DynamoDB as a server error, so it is refused here as input.
 */
function subjectCursorFor(subjectPk: string, prefix: string) {
  return v.object({
    pk: v.pipe(v.string(), v.startsWith("ART#")),
    sk: v.pipe(v.string(), v.startsWith("CLAIM#")),
    subjectPk: v.literal(subjectPk),
    subjectSk: v.pipe(v.string(), v.startsWith(prefix)),
  });
}

/**
 * Claims on one subject key (or every key of a head when `key` has no "|"), a page at a time.
 * @example const page = await claimsBySubject(db, "refugee|syrian|turkey", undefined, 50)
 */
export async function claimsBySubject(db: Db, key: string, cursor?: string, limit = 50): Promise<Page<Claim>> {
  const prefix = key.includes("|") ? `CLAIM#${key}#` : "CLAIM#";
  let start: Record<string, unknown> | undefined = cursor ? decodeCursor(cursor, subjectCursorFor(headPk(headOf(key)), prefix)) : undefined;
  const out: Claim[] = [];
  do {
    const page = await run(db, () => db.doc.send(new QueryCommand({
      TableName: db.table,
      IndexName: "bySubject",
      KeyConditionExpression: "subjectPk = :pk AND begins_with(subjectSk, :prefix)",
      ExpressionAttributeValues: { ":pk": headPk(headOf(key)), ":prefix": prefix },
      Limit: limit - out.length,
      ExclusiveStartKey: start,
    })));
    out.push(...(await trusted(db, page.Items ?? [])).claims);
    start = page.LastEvaluatedKey;
  } while (start && out.length < limit);
  return start ? { items: out, cursor: encodeCursor(start) } : { items: out };
}
