import * as v from "valibot";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { ArticleSummary, Claim, Page, RelatedClaims } from "../../core/index.js";
import { decodeArticleItem, decodeClaim, decodeCursor, encodeCursor } from "./codec.js";
import { getAll, queryAll, run, type Db, type Item } from "./db.js";
import { ARTICLE_SK, articlePk, headOf, headPk } from "./keys.js";

/**
 * Reading claims by subject. The `bySubject` index may hold claims of a revision being written
 * or one being cleaned up; only claims whose revision is the article item's current one count.
 */

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

/**
 * Claims on these subject heads from other articles: one query per head, one batch get of the
 * articles found. Cost follows the claims sharing the heads, not the table.
 * @example const { claims, articles } = await claimsAbout(db, ["refugee", "troop"], "a2")
 */
export async function claimsAbout(db: Db, heads: string[], excludeArticleId?: string): Promise<RelatedClaims> {
  const perHead = await Promise.all([...new Set(heads)].map((head) => queryAll(db, {
    IndexName: "bySubject",
    KeyConditionExpression: "subjectPk = :pk AND begins_with(subjectSk, :prefix)",
    ExpressionAttributeValues: { ":pk": headPk(head), ":prefix": "CLAIM#" },
  })));
  const items = perHead.flat().filter((item) => item["articleId"] !== excludeArticleId);
  const { claims, current } = await trusted(db, items);
  const used = new Set(claims.map((c) => c.articleId));
  return { claims, articles: [...current.values()].filter((a) => used.has(a.summary.id)).map((a) => a.summary) };
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
