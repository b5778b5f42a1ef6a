/**
 * Removing an article's items: a delete (article item first, then its revisions, findings
 * resolved, links), and the batch's cleanup of revisions no reader can trust (articles.ts says
 * which those are and why).
 */
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { queryAll, queryPrefix, run, writeAll, type Db } from "./db.js";
import { readArticleItem } from "./article-reads.js";
import { findingsForArticle } from "./finding-reads.js";
import { moveFindings } from "./finding-status.js";
import { ARTICLE_SK, articlePk } from "./keys.js";

type Doomed = (item: Record<string, unknown>) => boolean;

/**
 * Deletes the article's claim, index and body items that `doomed` picks; returns how many.
 * "BODY#…" and "CLAIM#…" sort next to each other, "IDX#…" apart (the finding links "FIND#…"
 * sit between and stay): two queries, keys, revisions and save times only.
 */
async function removeRevisions(db: Db, articleId: string, doomed: Doomed): Promise<number> {
  const pk = articlePk(articleId);
  const read = (from: string, to: string) => queryAll(db, {
    KeyConditionExpression: "pk = :pk AND sk BETWEEN :from AND :to",
    ExpressionAttributeValues: { ":pk": pk, ":from": from, ":to": to },
    ProjectionExpression: "sk, rev, seq, savedAt",
    ConsistentRead: true,
  });
  const items = [...(await read("BODY#", "CLAIM$")), ...(await read("IDX#", "IDX$"))].filter(doomed);
  await writeAll(db, [], items.map((item) => ({ pk, sk: String(item["sk"]) })));
  return items.length;
}

/**
 * Removes items no reader can trust, of articles whose index items the batch found stale: of a
 * stored article, revisions other than the current one that can never become current (sequence
 * at or below the current one's), and any other revision saved before `olderThan` (a save that
 * never committed); of an article that is gone, everything saved before `olderThan` (a delete
 * or a first save cut off). Items saved later are left to the save that may still commit them.
 * @example await cleanStale(db, ["a1"], "2024-09-01T00:00:00.000Z") // 12 items removed
 */
export async function cleanStale(db: Db, articleIds: string[], olderThan: string): Promise<number> {
  let removed = 0;
  for (const id of new Set(articleIds)) {
    const current = await readArticleItem(db, id);
    const old = (item: Record<string, unknown>) => typeof item["savedAt"] !== "string" || String(item["savedAt"]) < olderThan;
    removed += await removeRevisions(db, id, current
      ? (item) => item["rev"] !== current.rev && (Number(item["seq"]) <= current.seq || old(item))
      : old);
  }
  return removed;
}

/**
 * Article item first (from then on no reader trusts its claims), then claims, chunks and
 * links; its open findings are resolved, dismissed ones keep the editor's word. Repeating an
 * interrupted delete finishes the job (and returns false: the article was already gone).
 * @example await deleteArticle(db, "a1", "2024-09-01T00:00:00Z") // true, then false
 */
export async function deleteArticle(db: Db, id: string, at: string): Promise<boolean> {
  const existed = (await readArticleItem(db, id)) !== null;
  await run(db, () => db.doc.send(new DeleteCommand({ TableName: db.table, Key: { pk: articlePk(id), sk: ARTICLE_SK } })));
  await removeRevisions(db, id, () => true);
  const findings = await findingsForArticle(db, id);
  await moveFindings(db, findings.map((f) => f.id), "resolved", at, ["open"]);
  const links = await queryPrefix(db, articlePk(id), "FIND#");
  await writeAll(db, [], links.map((link) => ({ pk: articlePk(id), sk: String(link["sk"]) })));
  return existed;
}
