/**
 * What a lookup of the claim index reads of the claims filed under its key, chosen as the store's
 * queries choose them (functions/store/claims.ts): for the in-memory store, the benchmarks and the
 * tests that stand in for a store.
 */
import type { Claim } from "../model.js";
import { filingKeys, lookupsForClaims, type Filing, type IndexLookup } from "./claim-index-keys.js";

/** Whether a filing falls in a lookup's window: same key, day inside [from, to]. */
export function inLookup(filing: Filing, lookup: IndexLookup): boolean {
  return filing.key === lookup.key && filing.time >= lookup.from && filing.time <= lookup.to;
}

/**
 * What one lookup reads of the entries filed under its key, as the store's queries read them:
 * inside the window, the `limit` nearest at or before `around` and the `limit` nearest after it,
 * each side completed to the end of the last day it reached (`wholeDays`).
 * @example pickNearest(lookup, entries.map((claim) => ({ time: filingOf(claim).time, claim })))
 */
export function pickNearest<T extends { time: string }>(lookup: IndexLookup, entries: readonly T[]): T[] {
  const inside = entries.filter((e) => e.time >= lookup.from && e.time <= lookup.to);
  if (lookup.limit === undefined || lookup.around === undefined) return inside;
  const around = lookup.around;
  const before = inside.filter((e) => e.time <= around).sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0));
  const after = inside.filter((e) => e.time > around).sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return [...wholeDays(before, lookup.limit), ...wholeDays(after, lookup.limit)];
}

/**
 * The first `limit` of entries sorted by time away from a day, and every other entry of the day
 * the last of them falls on: the nearest claims never cut a day in two, so which claims of one
 * day are read does not depend on how many others were stored that day.
 * @example wholeDays([{ time: "2024-05-05" }, { time: "2024-05-04" }, { time: "2024-05-04" }], 2).length // 3
 */
export function wholeDays<T extends { time: string }>(sorted: readonly T[], limit: number): T[] {
  if (sorted.length <= limit) return [...sorted];
  const cut = sorted[limit - 1]!.time;
  return sorted.filter((e, i) => i < limit || e.time === cut);
}

/**
 * Whether a lookup reads an entry filed under its key at `time` whatever else is stored: every
 * entry inside a window read whole, and every entry of the very day the nearest are counted from.
 * What the nearest cap may leave out beyond that depends on the other claims stored.
 * @example surelyRead({ key: "refugee/place:turkey", from: "2019-01-01", to: "2029-01-01", around: "2024-05-05", limit: 5 }, "2024-05-05") // true
 */
export function surelyRead(lookup: IndexLookup, time: string): boolean {
  if (time < lookup.from || time > lookup.to) return false;
  return lookup.limit === undefined || lookup.around === undefined || time === lookup.around;
}

/**
 * The stored claims a check of `own` reads whatever else is stored besides them (`surelyRead`):
 * what a test can demand of a store written to concurrently.
 * @example surelyRelated(extractClaims(newArticle), claimsOfEarlierArticles)
 */
export function surelyRelated(own: readonly Claim[], stored: readonly Claim[]): Claim[] {
  const ownArticles = new Set(own.map((c) => c.articleId));
  const lookups = lookupsForClaims(own);
  return stored.filter((claim) => !ownArticles.has(claim.articleId)
    && filingKeys(claim).some((filing) => lookups.some((l) => l.key === filing.key && surelyRead(l, filing.time))));
}

/**
 * The stored claims a check of `own` reads, chosen exactly as the store's lookups choose them
 * (for the in-memory store and for tests that emulate the store over a corpus): every claim of
 * another article with a filing inside one of the own claims' lookups.
 * @example relatedByIndex(extractClaims(newArticle), storedClaims)
 */
export function relatedByIndex(own: readonly Claim[], stored: readonly Claim[]): Claim[] {
  const ownArticles = new Set(own.map((c) => c.articleId));
  const filed = new Map<string, { time: string; claim: Claim }[]>();
  for (const claim of stored) {
    if (ownArticles.has(claim.articleId)) continue;
    for (const filing of filingKeys(claim)) filed.set(filing.key, [...(filed.get(filing.key) ?? []), { time: filing.time, claim }]);
  }
  const picked = new Set(lookupsForClaims(own).flatMap((lookup) => pickNearest(lookup, filed.get(lookup.key) ?? []).map((e) => e.claim)));
  return stored.filter((claim) => picked.has(claim));
}

