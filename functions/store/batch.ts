import { DeleteCommand, GetCommand, PutCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import * as v from "valibot";
import type { Page, ScanWindow, StoredArticle } from "../../core/index.js";
import { bodyOf } from "./article-reads.js";
import { decodeArticleItem, decodeCursor, encodeCursor } from "./codec.js";
import { run, type Db, type Item } from "./db.js";
import { CHECKPOINT_SK, checkpointPk } from "./keys.js";

/**
 * The batch's reads: parallel Scan segments over the sparse `forBatch` index, which holds only
 * article items and the markers of the claim index's partitions (and, in a table written before
 * the index followed frames, subject-head markers, which nothing reads any more), so a re-check
 * reads articles and partitions, not claims.
 */

const scanCursor = v.object({ pk: v.string(), sk: v.string(), batchPk: v.string() });

async function scanType(db: Db, type: "article" | "key", window: ScanWindow): Promise<Page<Item>> {
  const out = await run(db, () => db.doc.send(new ScanCommand({
    TableName: db.table,
    IndexName: "forBatch",
    Segment: window.segment,
    TotalSegments: window.totalSegments,
    FilterExpression: "#type = :type",
    ExpressionAttributeNames: { "#type": "type" },
    ExpressionAttributeValues: { ":type": type },
    Limit: window.limit ?? 100,
    ExclusiveStartKey: window.cursor ? decodeCursor(window.cursor, scanCursor) : undefined,
  })));
  const items = out.Items ?? [];
  return out.LastEvaluatedKey ? { items, cursor: encodeCursor(out.LastEvaluatedKey) } : { items };
}

/**
 * One page of one segment of the stored articles, with their text. A page may be empty while
 * `cursor` is set (the scan limit counts index entries before the filter): keep going.
 * @example const page = await scanArticles(db, { segment: 0, totalSegments: 4 })
 */
export async function scanArticles(db: Db, window: ScanWindow): Promise<Page<StoredArticle>> {
  const page = await scanType(db, "article", window);
  const items = await Promise.all(page.items.map(async (item) => {
    const stored = decodeArticleItem(item);
    return { ...stored.article, body: await bodyOf(db, stored) };
  }));
  return page.cursor ? { items, cursor: page.cursor } : { items };
}

/**
 * One page of one segment of the claim index's keys that have (or had) claims filed under them.
 * A partition is the unit the re-check compares, and the unit a fan-out would hand to a worker.
 */
export async function scanPartitions(db: Db, window: ScanWindow): Promise<Page<string>> {
  const page = await scanType(db, "key", window);
  const items = page.items.map((item) => String(item["key"]));
  return page.cursor ? { items, cursor: page.cursor } : { items };
}

/**
 * How many articles and index partitions the batch will visit: for a progress bar's ETA. Reads
 * the sparse index once, only the type of each entry.
 * @example const { articles, subjects } = await countBatch(db)
 */
export async function countBatch(db: Db): Promise<{ articles: number; subjects: number }> {
  const counts = { articles: 0, subjects: 0 };
  let start: Record<string, unknown> | undefined;
  do {
    const out = await run(db, () => db.doc.send(new ScanCommand({
      TableName: db.table, IndexName: "forBatch", ProjectionExpression: "#type",
      ExpressionAttributeNames: { "#type": "type" }, ExclusiveStartKey: start,
    })));
    for (const item of out.Items ?? []) {
      if (item["type"] === "article") counts.articles += 1;
      else if (item["type"] === "key") counts.subjects += 1;
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return counts;
}

export async function getCheckpoint(db: Db, name: string): Promise<string | null> {
  const out = await run(db, () => db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: checkpointPk(name), sk: CHECKPOINT_SK }, ConsistentRead: true })));
  const value = out.Item?.["value"];
  return typeof value === "string" ? value : null;
}

export async function putCheckpoint(db: Db, name: string, value: string | null): Promise<void> {
  const Key = { pk: checkpointPk(name), sk: CHECKPOINT_SK };
  if (value === null) await run(db, () => db.doc.send(new DeleteCommand({ TableName: db.table, Key })));
  else await run(db, () => db.doc.send(new PutCommand({ TableName: db.table, Item: { ...Key, type: "checkpoint", value } })));
}
