/**
 * Saving an article without transactions (dynalite has none, so TransactWriteItems is not an
 * option for a store that must run embedded), in an order that makes any interrupted save safe
 * to repeat, in few requests: for a new story, one query, its writes in batches of 25, one put.
 *
 * Readers trust a claim only when its revision equals the `rev` on the article item; the article
 * item is the single commit point. A save:
 *   0. reads the article's collection once, consistently (one query, keys and small attributes
 *      only): the article item (revision R0, sequence n0), the items of earlier revisions and
 *      the finding links; derives its own revision R = (n0 + 1, hash of the content), or keeps
 *      R0 when the content is identical;
 *   1. writes the claim items, their claim index items (one per filing key), body chunks, index
 *      partition markers of R and the links of the findings that changed, in batches of 25 (keys
 *      contain R and the deterministic claim ids, so writing them twice writes the same items;
 *      the revision's items are skipped when R is already current, since a revision is only
 *      committed after all of its items);
 *   2. writes the findings new to the store (after their links: a stored finding is always
 *      reachable from its articles) and the known ones whose content changed (see findings.ts);
 *   3. puts the article item with R, conditional on it still being R0 (the commit);
 *   4. resolves this article's open findings, linked when it was read, that were not computed
 *      this time (none for a new story: nothing to read);
 *   5. deletes the claim, index and body items read in 0 whose revision is not R and whose
 *      sequence is <= n(R) (none for a new story).
 * Cut off before 3, the old revision is still the one readers see; the retry reads R0 again,
 * derives the same R and overwrites the same items (and sees the items the cut-off attempt left,
 * for 5). Cut off after 3, the retry finds R current, keeps it, and finishes 4 and 5. Either way
 * the end state equals a clean run's.
 * Why "sequence <= n(R)" in step 5: a concurrent save that can still commit read the article at
 * R and writes sequence n(R) + 1, so it is never deleted; anything at or below n(R) other than R
 * lost its race or was abandoned, and can never become current because sequences only grow.
 * A lost race (condition fails in 3) backs off and starts over from 0, a bounded number of
 * times, then gives up with "conflict". Items a lost attempt wrote are seen by the next read.
 * A save cut off before 3 and never repeated leaves items of a revision no reader trusts; the
 * batch re-check meets them in the index and removes them (`cleanStale`).
 */
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { ClaimcheckError, type ArticleRecord, type FindingChanges } from "../../core/index.js";
import { contentHash, revisionItems } from "./claim-items.js";
import { decodeArticleItem, type ArticleItem } from "./codec.js";
import { isConditionFailure, queryAll, run, writeAll, type Db, type Item } from "./db.js";
import { backoffMs } from "./retry.js";
import { daysFromClaims } from "./finding-days.js";
import { loadFindings } from "./finding-reads.js";
import { moveFindings } from "./finding-status.js";
import { planFindings, writeFindings } from "./findings.js";
import { ARTICLE_SK, articlePk, revision } from "./keys.js";

/** Concurrent saves of one article are rare (a CMS retrying); each lost race backs off and re-reads. */
const SAVE_ATTEMPTS = 8;

/** Step 0: the article item, decoded, and the other items of its collection (keys and the attributes cleanup and step 4 need). */
async function readCollection(db: Db, id: string): Promise<{ current: ArticleItem | null; others: Item[] }> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :pk",
    ExpressionAttributeValues: { ":pk": articlePk(id) },
    ProjectionExpression: "pk, sk, rev, seq, savedAt, findingId, contentHash, article, body, bodyChunks",
    ConsistentRead: true,
  });
  const article = items.find((item) => item["sk"] === ARTICLE_SK);
  return { current: article ? decodeArticleItem(article) : null, others: items.filter((item) => item !== article) };
}

const REVISION_ITEM = /^(?:CLAIM|IDX|BODY)#/u;

/**
 * See the header: steps 0–5, repeated on a lost race.
 * @example const changes = await saveArticle(db, { article, claims, findings }) // changes.opened: new ones
 */
export async function saveArticle(db: Db, record: ArticleRecord): Promise<FindingChanges> {
  assertOwnClaims(record);
  for (let attempt = 1; attempt <= SAVE_ATTEMPTS; attempt++) {
    const { current, others } = await readCollection(db, record.article.id);
    const hash = contentHash(record);
    const seq = !current ? 1 : current.contentHash === hash ? current.seq : current.seq + 1;
    const rev = revision(seq, hash);
    const summary = record.article;
    const revised = revisionItems(record, rev, seq, hash);
    // Same content, same revision: its items were all written before it was committed.
    const unchanged = current?.rev === rev;
    const at = summary.checkedAt;
    const plan = await planFindings(db, record.findings, at, record.partitions, daysFromClaims(record.findings, record.partitions ?? {}, record.claims));
    await writeAll(db, [...(unchanged ? [] : revised.items), ...plan.links]);
    const changes = await writeFindings(db, plan, at);
    const committed = await commit(db, revised.article, current?.rev);
    if (!committed) {
      await db.retry.sleep(backoffMs(db.retry, attempt));
      continue;
    }
    const computed = new Set(record.findings.map((f) => f.id));
    const linked = others.filter((item) => String(item["sk"]).startsWith("FIND#")).map((item) => String(item["findingId"])).filter((id) => !computed.has(id));
    const vanished = linked.length === 0 ? [] : [...(await loadFindings(db, linked)).values()].filter((f) => f.status === "open");
    changes.resolved = await moveFindings(db, vanished.map((f) => f.id), "resolved", summary.checkedAt, ["open"]);
    const doomed = others.filter((item) => REVISION_ITEM.test(String(item["sk"])) && item["rev"] !== rev && Number(item["seq"]) <= seq);
    await writeAll(db, [], doomed.map((item) => ({ pk: articlePk(summary.id), sk: String(item["sk"]) })));
    return changes;
  }
  throw new ClaimcheckError("conflict", `article ${record.article.id} kept changing while it was being saved`);
}

function assertOwnClaims(record: ArticleRecord): void {
  const stray = record.claims.find((c) => c.articleId !== record.article.id);
  if (stray) throw new ClaimcheckError("invalid-input", `claim ${stray.id} belongs to article ${stray.articleId}, not ${record.article.id}`);
}

/** Step 3: false when another save committed since we read. */
async function commit(db: Db, item: Record<string, unknown>, expectedRev: string | undefined): Promise<boolean> {
  try {
    await run(db, () => db.doc.send(new PutCommand({
      TableName: db.table, Item: item,
      ConditionExpression: expectedRev === undefined ? "attribute_not_exists(pk)" : "rev = :rev",
      ExpressionAttributeValues: expectedRev === undefined ? undefined : { ":rev": expectedRev },
    })));
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
