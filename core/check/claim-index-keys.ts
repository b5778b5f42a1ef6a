/**
 * The keys of the claim index (claim-index.ts): where a claim is filed and at which day, and what
 * a check of it asks the store for, key by key, with the window of days each key reads.
 */
import type { Claim, Frame } from "../model.js";
import { openingReads } from "./data/opening-phases.js";
import { frameOf, part, physicalKey } from "./claim-anchors.js";
import { claimAnchors, type IndexAnchor, UNDATED_MARK } from "./claim-index-event.js";
import { isStoryName } from "./frame/story-names.js";
import { NEWS_CYCLE_DAYS } from "./frame/news-cycle.js";
import { headKeys } from "./frame/head-keys.js";
import { daySpan, dayString } from "./time.js";
import { slotKeys } from "./aligned/slot-keys.js";
import { isEventKey, nearestOf, windowDays } from "./claim-index-key-windows.js";
import { physicalDimensionOf } from "./frame/open-dimension.js";
import { THING_STORY } from "../extract/subject/thing-story.js";
import { thingStoryReads } from "./claim-index-thing-story.js";
import { toldYearKeys } from "./claim-index-retold.js";
import { STOREYED } from "../extract/subject/frame-measure.js";
import { wholeClassOf } from "./part-over-whole.js";

export { nearestOf, reachDays, windowDays } from "./claim-index-key-windows.js";

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

/** The day a claim holds at, for one of its keys: the date claimed, the event's date, or asOf. */
function timeFor(claim: Claim, frame: Frame, event: boolean): { first: number; last: number } | null {
  if (claim.kind === "date") return daySpan(claim.value);
  if (event && frame.event?.date) return daySpan(frame.event.date) ?? daySpan(claim.asOf);
  return daySpan(claim.asOf);
}

interface Placed {
  key: string;
  span: { first: number; last: number } | null;
  /** Under an event's key: whether the claim's event is dated (else its time is its report's day). */
  dated?: boolean;
}

/**
 * A date claimed for a named thing or person is filed and read under each word of its name too
 * (`date:date.death/name-word:castro`): outlets write one name short and long ("Key Bridge" /
 * "Francis Scott Key Bridge", "Fidel Castro" / "Fidel Alejandro Castro Ruz"), and the matching
 * (rules/date-conflict.ts) lets a short name meet a long one holding it. Dates are few per
 * article, so the reads stay bounded; counts never get these keys.
 * @example nameWordAnchors(frameOf(castroDeath)!).map((a) => a.filed[0]) // ["name-word:fidel", "name-word:castro"]
 */
function nameWordAnchors(frame: Frame): IndexAnchor[] {
  const words = frame.scope.filter((e) => e.kind === "named" && !isStoryName(e))
    .flatMap((e) => part(e.id).split("-")).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
  return [...new Set(words)].map((w) => ({ filed: [`name-word:${w}`], read: [`name-word:${w}`], event: false }));
}

const DEATH = "date.death";

/**
 * The date of a happening that names a person in its scope ("the raid that killed Abu Bakr
 * al-Baghdadi took place on 26 October 2019") is the date of that person's death too
 * (rules/date-deaths.ts compares the two): it is filed and read under the death's name-word keys
 * as well (`date:date.death/name-word:baghdadi`), so a report that tells only the death ("Baghdadi
 * was killed ... on Sunday") meets it across reports. Bounded as the name-word keys are: a date
 * claim, a happening, a name of its own.
 * @example deathOfNamed(raidDate, frameOf(raidDate)!, "date.occurred").map((a) => a.filed[0]) // ["name-word:abu", "name-word:bakr", ...]
 */
function deathOfNamed(claim: Claim, frame: Frame, measure: string): IndexAnchor[] {
  return claim.kind === "date" && measure === "date.occurred" && frame.event ? nameWordAnchors(frame) : [];
}

/** Keys with their time: for filing (`anchor.inside`) or for reading (`anchor.reads`); a figure's head keys (frame/head-keys.ts) both ways. */
function placements(claim: Claim, side: "inside" | "reads"): Placed[] {
  // A figure's head keys (frame/head-keys.ts) and its slot's story keys (aligned/slot-keys.ts), at its day.
  // A named thing's dimension is filed where it reads its name's story keys too: a report of the thing unnamed may come after it.
  const plain = [...headKeys(claim), ...slotKeys(claim, side === "inside" ? "filed" : "read"), ...thingStoryReads(claim)];
  // A past event's year keys, at the event's time (claim-index-retold.ts).
  const framed = [...framePlacements(claim, side), ...toldYearKeys(claim, side)];
  return plain.length === 0 ? framed : [...framed, ...plain.map((key) => ({ key, span: daySpan(claim.asOf) }))];
}

function framePlacements(claim: Claim, side: "inside" | "reads"): Placed[] {
  const frame = frameOf(claim);
  if (!frame) return [];
  const measure = part(frame.measure.id);
  if (measure === "") return [];
  // "width.bridge" is filed and read under its bare dimension, where a figure that names no thing ("1.25 meters wide") is; the matching tells one thing from another.
  // Storeys are not: "three floors" with no thing are some floors, never the building's storeys (frame/open-dimension.ts).
  const bare = claim.kind === "date" ? undefined : physicalDimensionOf(frame.measure.id);
  const prefix = claim.kind === "date" ? `date:${measure}` : part(bare ?? measure);
  // A named building's storeys ("the 15-storey Plasco building": `floors`) read where its story's unnamed building's are (`floors.building`).
  // A group's casualty count ("killed.passenger") is filed and read where its whole's is too ("killed"): a part larger than its whole is a finding (part-over-whole.ts).
  const whole = claim.kind === "date" ? undefined : wholeClassOf(claim);
  const prefixes = side === "reads" && measure === "floors" && frame.rules?.includes("frame.named-measure") ? [prefix, `${prefix}.${STOREYED}`] : whole ? [prefix, whole] : [prefix];
  const anchors = [...claimAnchors(frame), ...(claim.kind === "date" ? nameWordAnchors(frame) : [])];
  const out = anchors.flatMap((anchor) => {
    const span = timeFor(claim, frame, anchor.event);
    const dated = Boolean(frame.event?.date);
    // A date claim's time is the date it claims: the undated retellings of an event are counts'.
    const keys = (side === "inside" ? anchor.filed : anchor.read).filter((a) => claim.kind !== "date" || !a.endsWith(UNDATED_MARK));
    return keys.flatMap((a) => prefixes.map((p) => ({ key: `${p}/${a}`, span, dated })));
  });
  out.push(...deathOfNamed(claim, frame, measure).flatMap((a) => a.filed.map((k) => ({ key: `date:${DEATH}/${k}`, span: timeFor(claim, frame, false), dated: Boolean(frame.event?.date) }))));
  // A bare "opened" meets "opened to the public" and "inaugurated" of one thing (rules/date-conflict.ts): each reads the other's keys.
  const siblings = side === "reads" && claim.kind === "date" ? openingReads(measure) : [];
  const read = siblings.flatMap((other) => out.map((p) => ({ ...p, key: `date:${other}${p.key.slice(p.key.indexOf("/"))}` })));
  // A thing's measure its story's names were lent to (extract/subject/thing-story.ts) is still where a report with no names looks for it.
  const physical = (out.length === 0 || frame.rules?.includes(THING_STORY)) && claim.kind !== "date" ? physicalKey(claim) : null;
  const keyed = [...new Map([...out, ...read].map((p) => [p.key, p])).values()];
  return physical ? [...keyed, { key: physical, span: daySpan(claim.asOf) }] : keyed;
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
 * Under an event's keys the news cycle (core/check/frame/news-cycle.ts) widens one side: a report
 * that does not date its event is about one of the NEWS_CYCLE_DAYS before it, so it reads that
 * far back; a claim of a dated event reads that far on only the key of the event's undated
 * retellings (`UNDATED_MARK`), so each of such a pair reads the other and two dated events still
 * read only each other's few days.
 * @example lookupsFor(claim) // [{ key: "killed/event:bombing@baghdad", from: "2024-05-02", to: "2024-05-15" }, …]
 */
export function lookupsFor(claim: Claim): IndexLookup[] {
  return placements(claim, "reads").map(({ key, span, dated }) => {
    const limit = nearestOf(key);
    const bound = limit === undefined ? {} : { limit };
    if (!span) return { key, from: UNDATED, to: UNDATED, ...(limit === undefined ? {} : { around: UNDATED }), ...bound };
    const days = windowDays(key);
    const cycle = isEventKey(key) ? NEWS_CYCLE_DAYS : 0;
    const [before, after] = key.endsWith(UNDATED_MARK) ? [days, days + cycle] : dated ? [days, days] : [days + cycle, days];
    // The nearest are counted from the day the claim is filed at, so it reads every claim of that day.
    return { key, from: dayString(span.first - before), to: dayString(span.last + after), ...(limit === undefined ? {} : { around: dayString(span.first) }), ...bound };
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

