import type { Claim } from "../model.js";
import { CASUALTY_MEASURES } from "./data/internal-parts.js";
import { claimInterval } from "./interval.js";
import { compareClaims, type SameThing } from "./same-thing.js";
import { daySpan } from "./time.js";
import { toldAsFloor } from "./told-as-floor.js";
import { givenAsOpen } from "./count-not-done.js";

/**
 * A group of a casualty count told larger than the whole count of the same event: "17 of the
 * passengers were injured" in one report of the Haneda runway collision and "A total of 15 people
 * were injured" in another, the same day. Frames keep a group apart from the whole
 * (`killed.passenger`, `killed`) because a part is no contradiction of its whole, so the two are
 * never compared as one measure; but a part cannot be more than its whole, and when it is, one
 * of the two figures is wrong.
 */

/** The casualty class a group's measure narrows ("killed" of "killed.passenger"), or undefined. */
export function wholeClassOf(claim: Claim): string | undefined {
  const measure = claim.subject?.frame?.measure.id;
  const dot = measure?.indexOf(".") ?? -1;
  if (!measure || dot <= 0) return undefined;
  const cls = measure.slice(0, dot);
  return CASUALTY_MEASURES.has(cls) ? cls : undefined;
}

/** The casualty class a count is of, a group's ("killed" of "killed.passenger") or the whole's; undefined for others. */
function casualtyClassOf(claim: Claim): string | undefined {
  const measure = claim.subject?.frame?.measure.id ?? "";
  return wholeClassOf(claim) ?? (CASUALTY_MEASURES.has(measure) ? measure : undefined);
}

/** The group's claim read as a count of the whole class, for the frame matching to judge the event and the scope. */
function asWhole(claim: Claim, cls: string): Claim {
  const frame = claim.subject!.frame!;
  return { ...claim, subject: { ...claim.subject!, frame: { ...frame, measure: { ...frame.measure, id: cls } } } };
}

/** The part's report is of the whole's day or before: a part counted on a later day may have grown past the whole of its day. */
function notLater(part: Claim, whole: Claim): boolean {
  const [p, w] = [daySpan(part.asOf)?.first, daySpan(whole.asOf)?.first];
  return p !== undefined && w !== undefined && p <= w;
}

/** Every value the part allows is above every value the whole allows. */
function above(part: Claim, whole: Claim): boolean {
  const [p, w] = [claimInterval(part), claimInterval(whole)];
  return p !== null && w !== null && p.low > w.high;
}

/** How close two figures of one sentence stand when they are items of one list ("14 children and one teacher"). */
const LIST_GAP = 30;

/**
 * A figure that is an item of a list of counts of one sentence ("19 children and two adults", "14 students and one
 * teacher were killed"): a part itself, whatever its words' class (a teacher is a role, told as the whole toll alone).
 */
function listed(claim: Claim, claims: readonly Claim[]): boolean {
  // "5 people were killed and 28 others were wounded": two counts of two measures side by side, no list of one.
  const cls = casualtyClassOf(claim);
  const another = (other: Claim) => {
    const theirs = casualtyClassOf(other);
    return cls !== undefined && theirs !== undefined && theirs !== cls;
  };
  const near = (other: Claim) => other !== claim && other.articleId === claim.articleId && other.kind === "quantity" && !another(other)
    && other.sentence?.start === claim.sentence?.start && (Math.abs(other.start - claim.end) <= LIST_GAP || Math.abs(claim.start - other.end) <= LIST_GAP);
  return claim.sentence !== undefined && claims.some(near);
}

export interface PartOverWhole {
  part: Claim;
  whole: Claim;
  match: SameThing;
}

/**
 * Pairs of a group's count and the whole count of one event, across two reports, where the group is the larger.
 * @example partsOverWhole([passengersKilled4536], [peopleKilled4375]) // [{ part: passengersKilled4536, whole: peopleKilled4375, match }]
 */
export function partsOverWhole(own: readonly Claim[], others: readonly Claim[]): PartOverWhole[] {
  const out: PartOverWhole[] = [];
  const all = [...own, ...others];
  // Exact figures only: "scores of girls" killed is no count to hold against a whole.
  const figure = (c: Claim) => typeof c.value === "number" && c.vague !== true;
  const parts = (claims: readonly Claim[]) => claims.filter((c) => figure(c) && wholeClassOf(c) !== undefined);
  const wholes = (claims: readonly Claim[]) => claims.filter((c) => figure(c) && CASUALTY_MEASURES.has(c.subject?.frame?.measure.id ?? ""));
  const [ownWholes, theirWholes] = [wholes(own), wholes(others)];
  const pairs = [...parts(own).flatMap((p) => theirWholes.map((w) => [p, w] as const)), ...parts(others).flatMap((p) => ownWholes.map((w) => [p, w] as const))];
  for (const [part, whole] of pairs) {
    const cls = wholeClassOf(part)!;
    if (part.articleId === whole.articleId || whole.subject!.frame!.measure.id !== cls || !notLater(part, whole) || listed(whole, all)) continue;
    // "15 people were killed" in a report headed "At least 15 dead", "the initial toll": a count not done, which a larger group does not exceed.
    if (givenAsOpen(whole) || !above(part, toldAsFloor(whole, all))) continue;
    const { match } = compareClaims(asWhole(part, cls), whole);
    if (match) out.push({ part, whole, match });
  }
  return out;
}
