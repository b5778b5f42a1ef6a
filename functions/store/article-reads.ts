/**
 * Reading a stored article: its item (the commit point of its current revision), its text
 * (inline or joined from chunks) and its current claims.
 */
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { ClaimcheckError, type Claim, type StoredArticle } from "../../core/index.js";
import { decodeArticleItem, decodeClaim, type ArticleItem } from "./codec.js";
import { queryPrefix, run, type Db } from "./db.js";
import { ARTICLE_SK, articlePk, bodySkPrefix, claimSkPrefix } from "./keys.js";

/**
 * Reads the article item, consistently.
 * @example (await readArticleItem(db, "a1"))?.rev // "00000002.9f…"
 */
export async function readArticleItem(db: Db, id: string): Promise<ArticleItem | null> {
  const out = await run(db, () => db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: articlePk(id), sk: ARTICLE_SK }, ConsistentRead: true })));
  return out.Item ? decodeArticleItem(out.Item) : null;
}

/**
 * The article with its text and its current claims, in text order.
 * @example (await getArticle(db, "a1"))?.claims.length
 */
export async function getArticle(db: Db, id: string): Promise<{ article: StoredArticle; claims: Claim[] } | null> {
  const current = await readArticleItem(db, id);
  if (!current) return null;
  const claims = (await queryPrefix(db, articlePk(id), claimSkPrefix(current.rev))).map(decodeClaim);
  return { article: { ...current.article, body: await bodyOf(db, current) }, claims: claims.sort((a, b) => a.start - b.start) };
}

/**
 * The text, inline or joined from its chunks.
 * @example const text = await bodyOf(db, decodeArticleItem(item))
 */
export async function bodyOf(db: Db, item: ArticleItem): Promise<string> {
  if (item.body !== undefined) return item.body;
  const chunks = await queryPrefix(db, item.pk, bodySkPrefix(item.rev));
  if (chunks.length !== item.bodyChunks) {
    throw new ClaimcheckError("internal", `article ${item.article.id}: expected ${item.bodyChunks} body chunks, found ${chunks.length}`);
  }
  return chunks.map((c) => String(c["text"])).join("");
}
