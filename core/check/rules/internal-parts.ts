import type { Claim } from "../../model.js";
import { headOf } from "../pairs.js";
import { opensAsWhole } from "../frame/breakdown.js";
import { CASUALTY_MEASURES, FURTHER_BEFORE, LIST_ADDED, LIST_JOIN } from "../data/internal-parts.js";

/**
 * Parts of a whole inside one report that the breakdown and addition frames do not see: a list
 * of counts of different groups whose sum is a figure the report gives ("230 others were
 * rescued" ... "saved 195 passengers and 35 crewmembers"), and a count the report adds to others
 * in so many words ("A further 157 people were on the plane").
 */

/** How far before "a further N" the figure it adds to may be told. */
const NEAR = 250;

/** How many characters before a figure are read for "a further". */
const REACH = 24;

/** A figure a sum may be made of: a plain count, read from the text, of a known kind. */
function countable(claim: Claim): boolean {
  return claim.kind === "quantity" && typeof claim.value === "number" && claim.value > 0 && claim.vague !== true && claim.conversionOf === undefined
    && claim.sentence !== undefined && Number.isFinite(claim.start) && Number.isFinite(claim.end);
}

/**
 * The lists of an article's figures: figures of one sentence joined only by a noun or a few words
 * and "and" or a comma ("10 people were killed and 22 injured", "47 men, 48 women and one
 * child"), two or more of one dimension, in the order told.
 * @example listsOf(claims, body) // [[oneNinetyFive, thirtyFive]]
 */
export function listsOf(claims: readonly Claim[], body: string): Claim[][] {
  const out: Claim[][] = [];
  const sorted = claims.filter(countable).sort((x, y) => x.start - y.start);
  let list: Claim[] = [];
  const close = () => {
    if (list.length >= 2 && list.every((item) => item.dimension === list[0]!.dimension)) out.push(list);
  };
  for (const claim of sorted) {
    const last = list[list.length - 1];
    const between = last !== undefined && claim.start > last.end ? body.slice(last.end, claim.start) : undefined;
    // "Among those 717 dead pilgrims, two were Indians": a whole said again and its part are no list.
    const joined = between !== undefined && ((last!.sentence!.start === claim.sentence!.start && LIST_JOIN.test(between)) || LIST_ADDED.test(between)) && !opensAsWhole(last!, body);
    if (!joined) {
      close();
      list = [];
    }
    list.push(claim);
  }
  close();
  return out;
}

/**
 * The sum of the list each figure is an item of, figure by figure; a figure in no list has none.
 * @example listSums(listsOf(claims, body)).get(oneNinetyFive) // 230
 */
export function listSums(lists: readonly Claim[][]): Map<Claim, number> {
  const out = new Map<Claim, number>();
  for (const list of lists) {
    const sum = list.reduce((total, item) => total + (item.value as number), 0);
    for (const item of list) out.set(item, sum);
  }
  return out;
}

/**
 * Whether the smaller of two figures is an item of a list that adds up to the larger, exactly: a
 * near sum proves nothing ("Four dead, 291 missing" is no part of "nearly 300 people missing").
 * @example addsUpTo(oneNinetyFive, twoThirty, sums) // true
 */
export function addsUpTo(a: Claim, b: Claim, sums: ReadonlyMap<Claim, number>): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  const sum = sums.get(small);
  return sum !== undefined && sums.get(large) !== sum && sum === large.value;
}

/** The class of a figure's measure: "killed.in-hospital" is of the killed. */
function measureClass(claim: Claim): string | null {
  const measure = claim.subject?.frame?.measure.id;
  return measure ? measure.split(".")[0]! : headOf(claim);
}

/**
 * The figures a report adds to others in words before them ("A further 157 people were on the
 * plane", after "At least 20 passengers were government officials"): a part of the whole, never a
 * rival of it; unless the figure told just before counts another casualty ("two were killed and
 * a further 15 injured": all the injured).
 * @example furtherParts(claims, body).has(oneFiftySeven) // true
 */
export function furtherParts(claims: readonly Claim[], body: string): Set<Claim> {
  return new Set(claims.filter((claim) => {
    if (!countable(claim) || body.slice(claim.start, claim.end) !== claim.text) return false;
    if (!FURTHER_BEFORE.test(body.slice(Math.max(0, claim.start - REACH), claim.start))) return false;
    const before = claims.filter((other) => other !== claim && countable(other) && other.end <= claim.start && claim.start - other.end <= NEAR);
    const last = before.reduce<Claim | undefined>((x, y) => (x === undefined || y.start > x.start ? y : x), undefined);
    if (last === undefined) return true;
    const [own, theirs] = [measureClass(claim), measureClass(last)];
    return !(own !== null && theirs !== null && own !== theirs && CASUALTY_MEASURES.has(own) && CASUALTY_MEASURES.has(theirs));
  }));
}
