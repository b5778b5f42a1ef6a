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
 * - `strip/dim:length`: a physical measure with nothing else to anchor it, by its head noun.
 * A claim with no anchor (a bare "12 people killed") is filed nowhere: nothing could be shown to
 * be about the same thing. The time of a filing is a day, YYYY-MM-DD; claims without any date
 * are filed at UNDATED and meet only each other.
 */
import type { Claim, EventFrame, Frame, ScopeEntity } from "../model.js";
import { INDEX_WINDOWS } from "./claim-index-windows.js";
import { daySpan } from "./time.js";

/**
 * The layout of the index this module describes. Stored articles filed under another layout are
 * re-extracted and re-filed by the batch re-check (core/recheck/articles.ts).
 */
export const INDEX_VERSION = 2;

/** The sort time of a claim without any date. */
export const UNDATED = "0000-00-00";

/** One entry of a claim in the index: the key, and the day it is filed at. */
export interface Filing {
  key: string;
  time: string;
}

/** What a check reads: the claims filed under `key` at a day in [from, to] (inclusive). */
export interface IndexLookup {
  key: string;
  from: string;
  to: string;
}

const MS_PER_DAY = 86_400_000;
const dayString = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Ids become key parts: lowercase, no separators of the key grammar, bounded length. */
function part(id: string): string {
  return id.trim().toLowerCase().replace(/[\s/#|@:]+/gu, "-").slice(0, 80);
}

/** The frame of a claim, or one read from the older subject fields (claims stored before frames). */
export function frameOf(claim: Claim): Frame | null {
  const subject = claim.subject;
  if (!subject) return null;
  if (subject.frame && subject.frame.measure.id.trim() !== "") return subject.frame;
  const head = (subject.head || subject.key.split("|")[0] || "").trim();
  if (head === "") return null;
  const scope: ScopeEntity[] = [];
  if (subject.place) scope.push({ kind: "place", id: subject.place, text: subject.place });
  if (subject.group) scope.push({ kind: "group", id: subject.group, text: subject.group });
  const event: EventFrame | undefined = subject.event ? { id: subject.event, text: subject.event, ...(subject.place ? { place: subject.place } : {}) } : undefined;
  return { measure: { id: head, text: subject.text }, scope, ...(event ? { event } : {}) };
}

const PHYSICAL = new Set(["length", "area", "volume", "mass", "speed", "fuelEconomy", "temperature"]);

/** A place and the places containing it, nearest first, at most maxContainers of them. */
function placeChain(id: string, within: readonly string[] | undefined): string[] {
  return [id, ...(within ?? []).slice(0, INDEX_WINDOWS.maxContainers)].map(part).filter((p) => p !== "");
}

/** The marker of an "inside" anchor: `place:in:iraq` holds what is said of places inside Iraq. */
const INSIDE = "in:";
/**
 * What contains every place: an event told without its place (`event:attack`) may be any of the
 * events of its type told with one (`event:attack@in:*` holds those), so the two meet.
 */
const ANYWHERE = "*";

/**
 * One thing a claim is about, as key parts after the measure: the anchor itself (`exact`), the
 * anchors of the places containing it that it is filed under as "inside" (`inside`), and what a
 * check of it reads besides its own anchor (`reads`: what is said of those containing places
 * themselves, and of places inside its own). So "Baghdad" meets "Iraq" both ways, but one
 * Iraqi city never reads what is said of every other one.
 */
interface Anchor {
  exact: string;
  inside: string[];
  reads: string[];
  event: boolean;
}

function placed(prefix: string, chain: string[], event: boolean): Anchor {
  const [own, ...containers] = chain;
  // An event's place sits inside "anywhere": the same event told without a place is read too.
  const unplaced = event ? [prefix.slice(0, -1)] : [];
  return {
    exact: `${prefix}${own}`, event,
    inside: [...containers, ...(event ? [ANYWHERE] : [])].map((c) => `${prefix}${INSIDE}${c}`),
    reads: [...containers.map((c) => `${prefix}${c}`), ...unplaced, `${prefix}${INSIDE}${own}`],
  };
}

/** The anchors of a frame. */
function anchors(frame: Frame): Anchor[] {
  const out: Anchor[] = [];
  const places = frame.scope.filter((s) => s.kind === "place");
  if (frame.event) {
    const type = part(frame.event.id);
    const chains = frame.event.place
      ? [placeChain(frame.event.place, places.find((p) => part(p.id) === part(frame.event!.place!))?.within)]
      : places.map((p) => placeChain(p.id, p.within));
    const located = chains.filter((chain) => chain.length > 0);
    if (type !== "") {
      out.push(...(located.length > 0 ? located.map((chain) => placed(`event:${type}@`, chain, true))
        : [{ exact: `event:${type}`, inside: [], reads: [`event:${type}@${INSIDE}${ANYWHERE}`], event: true }]));
    }
  }
  for (const entity of frame.scope) {
    if (entity.kind === "place") {
      const chain = placeChain(entity.id, entity.within);
      if (chain.length > 0) out.push(placed("place:", chain, false));
    } else if (part(entity.id) !== "") {
      out.push({ exact: `${entity.kind}:${part(entity.id)}`, inside: [], reads: [], event: false });
    }
  }
  return [...new Map(out.map((a) => [a.exact, a])).values()];
}

/**
 * For the key of an anchor, the key holding what is filed as inside it (`killed/place:iraq` ->
 * `killed/place:in:iraq`), or null for a key no place is inside of. The batch re-check walks the
 * two together: each pair in which at least one claim is filed under the anchor itself.
 * @example insideKey("killed/event:attack@iraq") // "killed/event:attack@in:iraq"
 * @example insideKey("killed/event:attack") // "killed/event:attack@in:*": the events told with a place
 */
export function insideKey(key: string): string | null {
  const slash = key.indexOf("/");
  const anchor = key.slice(slash + 1);
  if (anchor.includes(INSIDE)) return null;
  const at = anchor.indexOf("@");
  if (anchor.startsWith("event:") && at < 0) return `${key}@${INSIDE}${ANYWHERE}`;
  if (anchor.startsWith("event:") && at > 0) return `${key.slice(0, slash + 1)}${anchor.slice(0, at + 1)}${INSIDE}${anchor.slice(at + 1)}`;
  if (anchor.startsWith("place:")) return `${key.slice(0, slash + 1)}place:${INSIDE}${anchor.slice("place:".length)}`;
  return null;
}

/** Whether a key is an anchor's own (a partition of the batch), not one of claims inside a place. */
export function isAnchorKey(key: string): boolean {
  return !key.slice(key.indexOf("/") + 1).includes(INSIDE);
}

/**
 * The anchor key a key of claims inside a place belongs to: `killed/place:in:iraq` ->
 * `killed/place:iraq`, `killed/event:attack@in:*` -> `killed/event:attack`.
 */
export function anchorOf(key: string): string {
  if (isAnchorKey(key)) return key;
  return key.endsWith(`@${INSIDE}${ANYWHERE}`) ? key.slice(0, -`@${INSIDE}${ANYWHERE}`.length) : key.replace(INSIDE, "");
}

/**
 * A physical measure with no entity or event to anchor it ("the 30-km strip") is specific enough
 * by its head noun: it is filed under the noun and the dimension, whatever measure class the
 * frame gave it ("deep" and "long" strips meet, and the matching decides).
 */
function physicalKey(claim: Claim): string | null {
  const head = part(claim.subject?.head || claim.subject?.key.split("|")[0] || "");
  return head !== "" && claim.dimension !== undefined && PHYSICAL.has(claim.dimension) ? `${head}/dim:${claim.dimension}` : null;
}

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
  const out = anchors(frame).flatMap((anchor) => {
    const span = timeFor(claim, frame, anchor.event);
    return [anchor.exact, ...anchor[side]].map((a) => ({ key: `${prefix}/${a}`, span }));
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
    if (!span) return { key, from: UNDATED, to: UNDATED };
    const days = windowDays(key);
    return { key, from: dayString(span.first - days), to: dayString(span.last + days) };
  });
}

/**
 * The lookups of several claims, one per key and stretch of time: windows of one key that
 * overlap or touch are merged, so a check asks the store once per key in the usual case.
 * Sorted by key then time, so equal inputs give equal requests.
 * @example lookupsForClaims(extractClaims(article))
 */
export function lookupsForClaims(claims: readonly Claim[]): IndexLookup[] {
  const byKey = new Map<string, IndexLookup[]>();
  for (const lookup of claims.flatMap(lookupsFor)) byKey.set(lookup.key, [...(byKey.get(lookup.key) ?? []), lookup]);
  const out: IndexLookup[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const ranges = byKey.get(key)!.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    let current = { ...ranges[0]! };
    for (const next of ranges.slice(1)) {
      if (next.from <= current.to) current.to = next.to > current.to ? next.to : current.to;
      else {
        out.push(current);
        current = { ...next };
      }
    }
    out.push(current);
  }
  return out;
}

/** Whether a filing falls in a lookup: same key, day inside the window. */
export function inLookup(filing: Filing, lookup: IndexLookup): boolean {
  return filing.key === lookup.key && filing.time >= lookup.from && filing.time <= lookup.to;
}

/**
 * The stored claims a check of `own` reads, chosen exactly as the store's lookups choose them
 * (for the in-memory store and for tests that emulate the store over a corpus): every claim of
 * another article with a filing inside one of the own claims' lookups.
 * @example relatedByIndex(extractClaims(newArticle), storedClaims)
 */
export function relatedByIndex(own: readonly Claim[], stored: readonly Claim[]): Claim[] {
  const lookups = lookupsForClaims(own);
  const byKey = new Map<string, IndexLookup[]>();
  for (const lookup of lookups) byKey.set(lookup.key, [...(byKey.get(lookup.key) ?? []), lookup]);
  const ownArticles = new Set(own.map((c) => c.articleId));
  return stored.filter((claim) => !ownArticles.has(claim.articleId)
    && filingKeys(claim).some((filing) => (byKey.get(filing.key) ?? []).some((lookup) => inLookup(filing, lookup))));
}

/**
 * Whether two claims meet in the index under an anchor's key: one of them filed under it, the
 * other under it or inside it (`insideKey`), each inside the other's window there. The batch
 * re-check compares the claims of one anchor by this.
 */
export function meetUnder(key: string, a: Claim, b: Claim): boolean {
  const inside = insideKey(key);
  const at = (claim: Claim) => filingKeys(claim).find((f) => f.key === key) ?? (inside === null ? undefined : filingKeys(claim).find((f) => f.key === inside));
  const fa = at(a);
  const fb = at(b);
  if (!fa || !fb || (fa.key !== key && fb.key !== key)) return false;
  // A claim inside the anchor's place reads the anchor's key too (its containers'), so both have a window there.
  const wa = lookupsFor(a).find((l) => l.key === key);
  const wb = lookupsFor(b).find((l) => l.key === key);
  return (wa !== undefined && fb.time >= wa.from && fb.time <= wa.to) || (wb !== undefined && fa.time >= wb.from && fa.time <= wb.to);
}

/**
 * The one key that owns a finding between claims: the smallest anchor key under which all of
 * them meet. Each cross-article finding is recomputed by the batch re-check in exactly that
 * key's partition, so no two partitions disagree about it. Null when the claims share none.
 * @example partitionOf([a, b]) // "killed/event:attack@baghdad"
 */
export function partitionOf(claims: readonly Claim[]): string | null {
  if (claims.length === 0) return null;
  const [first, ...rest] = claims;
  // Filed inside a place, a claim meets the claims of that place under the place's own key.
  const keys = new Set(filingKeys(first!).map((f) => anchorOf(f.key)));
  for (const key of [...keys].sort()) {
    if (rest.every((other) => meetUnder(key, first!, other))) return key;
  }
  return null;
}
