/**
 * The partitions of the claim index the batch re-check walks: which claims meet under an anchor's
 * key, and the one key that owns a finding between claims.
 */
import type { Claim } from "../model.js";
import { anchorOf, insideKey } from "./claim-index-event.js";
import { filingKeys, lookupsFor, type Filing, type IndexLookup } from "./claim-index-keys.js";
import { HEAD_KEY } from "./frame/head-keys.js";

/**
 * Where the index puts a claim and what a check of it reads: `filingKeys` and `lookupsFor`, or
 * the same remembered per claim by a caller that asks about one claim many times (the re-check).
 */
export interface ClaimIndexOf {
  filings(claim: Claim): Filing[];
  lookups(claim: Claim): IndexLookup[];
}

const DIRECT: ClaimIndexOf = { filings: filingKeys, lookups: lookupsFor };

/**
 * `filingKeys` and `lookupsFor` computed once per claim object, for as long as the result is kept.
 * @example const index = rememberedIndex(); partitionOf([a, b], index)
 */
export function rememberedIndex(): ClaimIndexOf {
  const memo = new WeakMap<Claim, { filings: Filing[]; lookups: IndexLookup[] }>();
  const of = (claim: Claim) => {
    let known = memo.get(claim);
    if (!known) memo.set(claim, (known = { filings: filingKeys(claim), lookups: lookupsFor(claim) }));
    return known;
  };
  return { filings: (claim) => of(claim).filings, lookups: (claim) => of(claim).lookups };
}

/**
 * Whether two claims meet in the index under an anchor's key: one of them filed under it, the
 * other under it or inside it (`insideKey`), each inside the other's window there. The batch
 * re-check compares the claims of one anchor by this.
 */
export function meetUnder(key: string, a: Claim, b: Claim, index: ClaimIndexOf = DIRECT): boolean {
  const inside = insideKey(key);
  const at = (claim: Claim) => index.filings(claim).find((f) => f.key === key) ?? (inside === null ? undefined : index.filings(claim).find((f) => f.key === inside));
  const fa = at(a);
  const fb = at(b);
  if (!fa || !fb || (fa.key !== key && fb.key !== key)) return false;
  // A claim inside the anchor's place reads the anchor's key too (its containers'), so both have a window there.
  const wa = index.lookups(a).find((l) => l.key === key);
  const wb = index.lookups(b).find((l) => l.key === key);
  return (wa !== undefined && fb.time >= wa.from && fb.time <= wa.to) || (wb !== undefined && fa.time >= wb.from && fa.time <= wb.to);
}

/**
 * The one key that owns a finding between claims: the smallest frame key under which all of
 * them meet, else the smallest head key (frame/head-keys.ts) under which they do. Decided from
 * the claims alone (their keys and days), so each cross-article finding is recomputed by the
 * batch re-check in exactly that key's partition, whatever was walked or re-extracted first.
 * A head key owns only what no frame key can: two figures whose frames bring them together keep
 * their frame's window and its partition, where their frame's nearest reports are walked (a
 * story's head key gathers every figure of that head, so its nearest are other reports').
 * Null when the claims share none.
 * @example partitionOf([a, b]) // "killed/event:attack@baghdad"
 */
export function partitionOf(claims: readonly Claim[], index: ClaimIndexOf = DIRECT): string | null {
  if (claims.length === 0) return null;
  const [first, ...rest] = claims;
  // Filed inside a place, a claim meets the claims of that place under the place's own key.
  const keys = [...new Set(index.filings(first!).map((f) => anchorOf(f.key)))].sort();
  const ordered = [...keys.filter((key) => !key.startsWith(HEAD_KEY)), ...keys.filter((key) => key.startsWith(HEAD_KEY))];
  for (const key of ordered) {
    if (rest.every((other) => meetUnder(key, first!, other, index))) return key;
  }
  return null;
}
