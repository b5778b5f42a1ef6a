import { checkArticle, EXTRACTOR_VERSION, type Article } from "../../core/index.js";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";

/** A clock that stands still: runs on two stores can then be compared item by item. */
export const FIXED_NOW = "2024-09-01T00:00:00.000Z";
export const fixedNow = () => FIXED_NOW;

/** Article text in the newsroom's words, with the numbers and subjects varied. */
export function story(id: string, published: string, refugees: string, troops: number, place = "Idlib"): Article {
  return {
    id, published, title: `Story ${id}`,
    body: `Turkey hosts ${refugees} Syrian refugees, officials said on ${published}. The army keeps ${troops.toLocaleString("en-US")} troops in ${place}.`,
  };
}

/** Ingested as the service does at publication time: extract, check against the store, save. */
export async function ingest(embedded: EmbeddedStore, article: Article): Promise<void> {
  await checkArticle(article, { store: embedded.store, now: () => `${article.published}T12:00:00.000Z` });
}

/**
 * Stored as an older extractor left it: the text is kept, but none of its claims were found
 * (version below the running one), so only a re-extraction can bring its claims in.
 */
export async function storeAsOldExtractor(embedded: EmbeddedStore, article: Article): Promise<void> {
  await embedded.store.saveArticle({
    article: { ...article, extractorVersion: EXTRACTOR_VERSION - 1, checkedAt: `${article.published}T12:00:00.000Z` },
    claims: [],
    findings: [],
  });
}

export async function withStore<T>(run: (embedded: EmbeddedStore) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedStore();
  try {
    return await run(embedded);
  } finally {
    await embedded.close();
  }
}
