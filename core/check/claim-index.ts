/**
 * The claim index: under which keys a claim is filed, and what a check of a claim reads. Keys
 * follow the claim frame (issue 15), so a check reads only the claims about the same event or
 * the same entity, in a bounded window of time; no key gathers every claim of a common measure
 * ("killed" alone is never a key). Pure: the store (functions/store), the in-memory store of the
 * tests and the batch re-check all pick related claims through these functions.
 *
 * A key is `<measure>/<anchor>`:
 * - `killed/event:bombing@baghdad`: the measure of one event, by its type class and place (and
 *   each place containing it); an event without a place falls back on the scope's places;
 * - `refugee/place:turkey`, `refugee/group:syrian`, `height/named:eiffel-tower`: the measure of
 *   each scope entity (and each place containing a place);
 * - `date:<measure>/...`: the same anchors for dates claimed for something (the date is the
 *   value, so it is also the time in the sort key);
 * - `strip/dim:length`: a physical measure with nothing else to anchor it, by its head noun;
 * - `killed/place:in:kabul`, `injured/named:in:market`: a claim about an event is filed as inside
 *   each entity of its scope, where what is said of the entity itself meets it, but not the tolls
 *   of other events there (claim-index-event.ts).
 * A claim with no anchor (a bare "12 people killed") is filed nowhere: nothing could be shown to
 * be about the same thing. The time of a filing is a day, YYYY-MM-DD; claims without any date
 * are filed at UNDATED and meet only each other.
 */
import type { Claim, Frame } from "../model.js";
import { anchorOf, frameOf, part, physicalKey } from "./claim-anchors.js";
import { claimAnchors, insideKey } from "./claim-index-event.js";
import { INDEX_WINDOWS } from "./claim-index-windows.js";
import { daySpan } from "./time.js";

export { anchorOf, frameOf, isAnchorKey } from "./claim-anchors.js";
export { insideKey } from "./claim-index-event.js";

/**
 * The layout of the index this module describes. Stored articles filed under another layout are
 * re-extracted and re-filed by the batch re-check (core/recheck/articles.ts).
 */
export const INDEX_VERSION = 4;

/** The sort time of a claim without any date. */
export const UNDATED = "0000-00-00";

/** One entry of a claim in the index: the key, and the day it is filed at. */
export interface Filing {
  key: string;
  time: string;
}

/**
 * What a check reads: the claims filed under `key` at a day in [from, to] (inclusive); with a
 * `limit`, only the nearest to the day `around`: `limit` at or before it and `limit` after it,
 * each side completed to the end of the last day it reached (a day is never cut, so every claim
 * filed on the day `around` itself is read, whatever else is stored).
 */
export interface IndexLookup {
  key: string;
  from: string;
  to: string;
  around?: string;
  limit?: number;
}

const MS_PER_DAY = 86_400_000;
const dayString = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** The day a claim holds at, for one of its keys: the date claimed, the event's date, or asOf. */
function timeFor(claim: Claim, frame: Frame, event: boolean): { first: number; last: number } | null {
  if (claim.kind === "date") return daySpan(claim.value);
  if (event && frame.event?.date) return daySpan(frame.event.date) ?? daySpan(claim.asOf);
  return daySpan(claim.asOf);
}

/**
 * How many days either side of a claim's time a key reads: one window per key, so that two
 * claims under one key are compared the same way from both sides.
 * @example windowDays("killed/event:bombing@baghdad") // 3
 */
export function windowDays(key: string): number {
  if (key.startsWith("date:")) {
    const measure = key.slice("date:".length, key.indexOf("/"));
    return (INDEX_WINDOWS.onceOnlyDates as readonly string[]).includes(measure) ? INDEX_WINDOWS.onceOnlyDays : INDEX_WINDOWS.dateDays;
  }
  const slash = key.indexOf("/");
  if (key.slice(slash + 1).startsWith("event:")) return INDEX_WINDOWS.eventDays;
  const measure = key.slice(0, slash).split(".")[0] ?? "";
  return (INDEX_WINDOWS.incidentMeasures as readonly string[]).includes(measure) ? INDEX_WINDOWS.incidentDays : INDEX_WINDOWS.levelDays;
}

/**
 * How many claims a lookup of `key` reads on each side of its time: keys of long windows (levels,
 * dates) read the nearest INDEX_WINDOWS.nearest; the few days of an event or incident are read whole.
 * @example nearestOf("refugee/place:turkey") // 5
 */
export function nearestOf(key: string): number | undefined {
  return windowDays(key) > INDEX_WINDOWS.incidentDays ? INDEX_WINDOWS.nearest : undefined;
}

interface Placed {
  key: string;
  span: { first: number; last: number } | null;
}

/** Keys with their time: for filing (`anchor.inside`) or for reading (`anchor.reads`). */
function placements(claim: Claim, side: "inside" | "reads"): Placed[] {
  const frame = frameOf(claim);
  if (!frame) return [];
  const measure = part(frame.measure.id);
  if (measure === "") return [];
  const prefix = claim.kind === "date" ? `date:${measure}` : measure;
  const out = claimAnchors(frame).flatMap((anchor) => {
    const span = timeFor(claim, frame, anchor.event);
    return (side === "inside" ? anchor.filed : anchor.read).map((a) => ({ key: `${prefix}/${a}`, span }));
  });
  const physical = out.length === 0 && claim.kind !== "date" ? physicalKey(claim) : null;
  return physical ? [{ key: physical, span: daySpan(claim.asOf) }] : [...new Map(out.map((p) => [p.key, p])).values()];
}

/**
 * The keys a claim is stored under, each with the day it is filed at (the first day of a
 * partial date; UNDATED when the claim has none).
 * @example filingKeys(claim) // [{ key: "killed/event:bombing@baghdad", time: "2024-05-05" }, { key: "killed/place:baghdad", time: "2024-05-07" }]
 */
export function filingKeys(claim: Claim): Filing[] {
  return placements(claim, "inside").map(({ key, span }) => ({ key, time: span ? dayString(span.first) : UNDATED }));
}

/**
 * What a check of a claim reads: each of its keys, from `windowDays(key)` before its time to as
 * many after (a partial date widens to its whole period). An undated claim reads the undated.
 * @example lookupsFor(claim) // [{ key: "killed/event:bombing@baghdad", from: "2024-05-02", to: "2024-05-08" }, …]
 */
export function lookupsFor(claim: Claim): IndexLookup[] {
  return placements(claim, "reads").map(({ key, span }) => {
    const limit = nearestOf(key);
    const bound = limit === undefined ? {} : { limit };
    if (!span) return { key, from: UNDATED, to: UNDATED, ...(limit === undefined ? {} : { around: UNDATED }), ...bound };
    const days = windowDays(key);
    // The nearest are counted from the day the claim is filed at, so it reads every claim of that day.
    return { key, from: dayString(span.first - days), to: dayString(span.last + days), ...(limit === undefined ? {} : { around: dayString(span.first) }), ...bound };
  });
}

/**
 * The lookups of several claims, one per key and stretch of time: windows of one key that
 * overlap or touch are merged, so a check asks the store once per key in the usual case. Lookups
 * of the nearest claims merge only when they are counted from the same day, so that each claim
 * still reads every claim of its own day. Sorted by key then time, so equal inputs give equal requests.
 * @example lookupsForClaims(extractClaims(article))
 */
export function lookupsForClaims(claims: readonly Claim[]): IndexLookup[] {
  const byKey = new Map<string, IndexLookup[]>();
  for (const lookup of claims.flatMap(lookupsFor)) {
    const group = `${lookup.key}\u0000${lookup.around ?? ""}`;
    byKey.set(group, [...(byKey.get(group) ?? []), lookup]);
  }
  const out: IndexLookup[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const ranges = byKey.get(key)!.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    let current = { ...ranges[0]! };
    for (const next of ranges.slice(1)) {
      if (next.from <= current.to) {
        current.to = next.to > current.to ? next.to : current.to;
      } else {
        out.push(current);
        current = { ...next };
      }
    }
    out.push(current);
  }
  return out;
}

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
 * The one key that owns a finding between claims: the smallest anchor key under which all of
 * them meet. Each cross-article finding is recomputed by the batch re-check in exactly that
 * key's partition, so no two partitions disagree about it. Null when the claims share none.
 * @example partitionOf([a, b]) // "killed/event:attack@baghdad"
 */
export function partitionOf(claims: readonly Claim[], index: ClaimIndexOf = DIRECT): string | null {
  if (claims.length === 0) return null;
  const [first, ...rest] = claims;
  // Filed inside a place, a claim meets the claims of that place under the place's own key.
  const keys = new Set(index.filings(first!).map((f) => anchorOf(f.key)));
  for (const key of [...keys].sort()) {
    if (rest.every((other) => meetUnder(key, first!, other, index))) return key;
  }
  return null;
}
