import type { Claim, Finding } from "../../model.js";
import { makeFinding } from "../finding.js";
import { describeClaim, describeSubject, quote } from "../describe.js";
import { headOf } from "../pairs.js";
import { sameTime } from "../time.js";
import { LAST_ITEM_TWICE, SOME_PARTS, TOTAL_WORDS } from "../data/internal-parts.js";

/**
 * A total and the breakdown the next sentence gives of it that do not add up: "A total of 64
 * people were confirmed dead in the prefecture ... 31 people died in Wajima, 22 in Suzu, five in
 * Nanao, two in Anamizu and one in Hakui and Shika respectively" (Japan News on the Noto quake,
 * 2 Jan 2024: 62). The report tells one count twice, as a whole and as its parts, and one of the two
 * is wrong. Only a breakdown told as complete (no "including", "among them", no rounded item) that
 * comes near the total is held to it: a list of the worst-hit places falls far short on purpose.
 */

/** Items a list must have to be read as a breakdown of a total. */
const ITEMS = 3;

/**
 * How near the total a breakdown must come for its gap to be a miscount rather than a list of
 * some parts: a share of the total, or one when the total is small.
 */
const NEAR = 0.05;

/** A total and the breakdown of it the report gives, with what the breakdown adds up to. */
export interface Shortfall {
  whole: Claim;
  items: Claim[];
  sum: number;
}

/** What the items of a list add up to, an item given to two names counted twice. */
function sumOf(items: readonly Claim[], body: string): number {
  const last = items[items.length - 1]!;
  const end = last.sentence?.end ?? last.end;
  const twice = LAST_ITEM_TWICE.test(body.slice(last.end, end)) ? (last.value as number) : 0;
  return items.reduce((total, item) => total + (item.value as number), twice);
}

/**
 * The totals whose breakdown, told in the sentence right after them, does not add up to them.
 * @example shortfalls(claims, listsOf(claims, body), body) // [{ whole: totalOf64, items: [31, 22, five, two, one], sum: 62 }]
 */
export function shortfalls(claims: readonly Claim[], lists: readonly Claim[][], body: string): Shortfall[] {
  const out: Shortfall[] = [];
  for (const items of lists) {
    const first = items[0]!;
    const measure = headOf(first);
    if (items.length < ITEMS || measure === null || !items.every((item) => item.qualifier === "exact")) continue;
    const sentence = first.sentence!;
    if (SOME_PARTS.test(body.slice(sentence.start, first.start))) continue;
    const wholes = claims.filter((claim) => claim.sentence !== undefined && claim.sentence.end <= sentence.start && body.slice(claim.sentence.end, sentence.start).trim() === ""
      && claim.qualifier === "exact" && typeof claim.value === "number" && headOf(claim) === measure && sameTime(claim.asOf, first.asOf)
      && TOTAL_WORDS.test(body.slice(claim.sentence.start, claim.sentence.end)));
    const whole = wholes[0];
    if (whole === undefined || wholes.length > 1) continue;
    const total = whole.value as number;
    const sum = sumOf(items, body);
    if (sum !== total && Math.abs(sum - total) <= Math.max(1, NEAR * total) && items.every((item) => (item.value as number) < total)) out.push({ whole, items, sum });
  }
  return out;
}

/**
 * The shortfall two figures are the total and the first item of, if any.
 * @example shortfallOf(totalOf64, thirtyOne, found) // { whole: totalOf64, ... }
 */
export function shortfallOf(a: Claim, b: Claim, found: readonly Shortfall[]): Shortfall | undefined {
  return found.find((short) => (short.whole === a && short.items[0] === b) || (short.whole === b && short.items[0] === a));
}

/** The finding of a shortfall, between the total and the breakdown's first item: the total, the breakdown's figures and what they add up to. */
export function shortfallFinding({ whole, items, sum }: Shortfall, rule: string): Finding {
  const explanation = `${describeSubject(whole)}: the article gives ${quote(whole.text)} (${describeClaim(whole)}) as the total, but the breakdown in the next sentence `
    + `(${items.map((item) => quote(item.text)).join(", ")}) adds up to ${sum}. A part is missing from the breakdown, or the total is wrong.`;
  return makeFinding({ rule, kind: "internal-conflict", severity: "discrepancy", claims: [whole, items[0]!], explanation });
}
