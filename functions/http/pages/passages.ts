import type { ArticleSummary, Claim, ClaimRef, ClaimStore, Finding } from "../../../core/index.js";

/** An article as the pages need it to quote from: its text and its claims. */
export interface Source {
  article: ArticleSummary;
  body: string;
  claims: Claim[];
}

/** A quotable stretch of an article around one claim, as offsets into its body. */
export interface Passage {
  start: number;
  end: number;
  /** The claim the passage quotes, when the article still holds it. */
  claim?: Claim;
}

/** Long enough for a sentence of news prose; bounded so page furniture never floods a card. */
const MAX_SIDE = 320;

/**
 * The sentence a claim sits in (from the claim's own `sentence`), else the stretch between the
 * nearest line breaks or sentence ends, at most MAX_SIDE characters either side of the words.
 * @example passageOf(source, ref) // { start: 1190, end: 1420, claim }
 */
export function passageOf(source: Source, ref: ClaimRef): Passage {
  const claim = source.claims.find((c) => c.id === ref.claimId);
  const sentence = claim?.sentence;
  if (sentence && sentence.start <= ref.start && sentence.end >= ref.end) {
    return { start: Math.max(sentence.start, ref.start - MAX_SIDE), end: Math.min(sentence.end, ref.end + MAX_SIDE), claim };
  }
  return { ...around(source.body, ref.start, ref.end), claim };
}

function around(body: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && start - from < MAX_SIDE && !isBoundary(body, from - 1)) from--;
  while (from < start && /\s/.test(body[from]!)) from++;
  let to = end;
  while (to < body.length && to - end < MAX_SIDE && !isBoundary(body, to)) to++;
  if (to < body.length && body[to] !== "\n") to++;
  return { start: from, end: Math.min(to, body.length) };
}

function isBoundary(body: string, i: number): boolean {
  const ch = body[i];
  return ch === "\n" || ((ch === "." || ch === "!" || ch === "?") && /\s/.test(body[i + 1] ?? " "));
}

/**
 * The articles a set of findings quote, read once each. `known` are articles the caller
 * already has (the one on the page, or a dry run's text that is not stored). A deleted
 * article maps to null: its findings still show their words, without the passage.
 * @example const sources = await sourcesFor(store, findings, [current])
 */
export async function sourcesFor(store: ClaimStore, findings: readonly Finding[], known: readonly Source[] = []): Promise<Map<string, Source | null>> {
  const sources = new Map<string, Source | null>(known.map((s) => [s.article.id, s]));
  const wanted = [...new Set(findings.flatMap((f) => f.claims.map((c) => c.articleId)))].filter((id) => !sources.has(id));
  const loaded = await Promise.all(wanted.map((id) => store.getArticle(id)));
  wanted.forEach((id, i) => {
    const found = loaded[i];
    sources.set(id, found ? { article: summaryOf(found.article), body: found.article.body, claims: found.claims } : null);
  });
  return sources;
}

function summaryOf(article: ArticleSummary & { body?: string; extractorVersion?: number; checkedAt?: string }): ArticleSummary {
  const { body: _body, extractorVersion: _v, checkedAt: _c, ...summary } = article;
  return summary;
}
