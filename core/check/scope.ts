import type { Claim } from "../model.js";
import type { SameThing } from "./same-thing.js";
import { convert } from "../units/index.js";
import { comparisonUnit } from "./tally.js";
import { oneCountedNoun } from "./counted-alike.js";
import { countGoingOn, fallingFloor, guessedAboveCount, risingToll } from "./counting-toll.js";
import { INCLUDES } from "./data/toll-words.js";
import { holdsAtAnyTime } from "./claim-index-windows.js";
import { revisedAway } from "./revised-away.js";
import { TENS_WORDS, UNIT_WORDS } from "../extract/numbers/words.js";

/** How far apart two counts of one subject must be before "part and whole" is the likelier story. */
const PART_OF_WHOLE_RATIO = 2;

function central(claim: Claim): number | null {
  if (claim.qualifier === "atLeast" || claim.qualifier === "atMost" || typeof claim.value !== "number") return null;
  if (claim.qualifier === "range" && typeof claim.low === "number" && typeof claim.high === "number") return (claim.low + claim.high) / 2;
  return claim.value;
}

/**
 * A count of members (people, houses, vehicles), which a part of may be counted apart. A standing
 * property of one thing counted ("a four-storey building", "a 90,000-seat stadium") has no part
 * that another report would give as the thing's: two of them far apart are two figures for it.
 */
function isCount(claim: Claim): boolean {
  if (holdsAtAnyTime(claim.subject?.frame?.measure.id ?? "")) return false;
  return claim.dimension === "count" || claim.unit === "person" || (claim.dimension === undefined && claim.kind === "quantity");
}

/**
 * Two counts of "the same" people far apart in size ("400,000 displaced Syrians must return"
 * and "Idlib hosts 1.5 million displaced Syrians") are more often a part and the whole than an
 * error: the subject words match, the scope does not. Such pairs are worth a note, not an alarm.
 * @example partOfWhole(fourHundredThousand, onePointFiveMillion) // true
 */
export function partOfWhole(a: Claim, b: Claim): boolean {
  if (!isCount(a) || !isCount(b)) return false;
  const x = central(a);
  const y = central(b);
  if (x === null || y === null) return false;
  const [ua, ub] = [a.unit, b.unit];
  // "18 houses" and "approximately 3,500 homes": one counted thing, however worded.
  const alike = ua === ub || ua === undefined || ub === undefined || oneCountedNoun(a, comparisonUnit(a), b, comparisonUnit(b));
  const moved = alike ? x : convert(x, ua, ub);
  if (moved === null || moved <= 0 || y <= 0) return false;
  return Math.max(moved, y) / Math.min(moved, y) >= PART_OF_WHOLE_RATIO;
}

/** The sentence an explanation ends with when the counts may be a part and the whole. */
export const PART_OF_WHOLE_NOTE = "They may count different groups (a part and the whole); if not, one figure is wrong.";

/**
 * A weak match (perhaps not the same thing) between counts far enough apart to be a part and
 * its whole (perhaps not the same group): two doubts on one pair leave nothing worth an
 * editor's time, so no finding is raised ("53 killed" in one hotel bombing, "9 killed" in
 * another's, each the only figure its story gives for its event). Nor is a pair the reports' own
 * words tell apart (namedPart, counting-toll.ts guessedAboveCount), however strong the match.
 * @example doublyUnsure(fiftyThree, nine, { strength: "weak", why }) // true
 */
export function doublyUnsure(a: Claim, b: Claim, match: SameThing): boolean {
  // No finding either where the reports' own words tell the two apart: a part one figure says
  // it includes, or a guess at the final toll above the dead counted so far.
  if (namedPart(a, b) || guessedAboveCount(a, b) || countGoingOn(a, b) || toldAsPart(a, b)) return true;
  // Nor where one figure's own words say it was revised away ("revising the death toll of 68"): its report no longer gives it.
  if (revisedAway(a) || revisedAway(b)) return true;
  // Two reports days apart whose later one counts more: the toll went on rising, which is no
  // doubt that they count the same thing (a part and its whole are told the same day).
  // Nor is a later report's lower "at least" of the dead (counting-toll.ts fallingFloor): both are the story's toll.
  if (a.articleId !== b.articleId && (risingToll(a, b) || risingToll(b, a) || fallingFloor(a, b))) return false;
  if (ordersOfOneCrowd(a, b)) return false;
  return match.strength === "weak" && (partOfWhole(a, b) || boundsFarApart(a, b));
}

/**
 * Measures that count one gathering whole (a protest, a rally, a pilgrimage's crowd): what is
 * estimated of them by an order of magnitude is the whole, not a part (a part is counted where it
 * was: "4,000 in Novi Sad").
 */
const WHOLE_GATHERINGS = new Set(["crowd"]);

/**
 * Two reports' orders of magnitude of one crowd ("Hundreds of thousands of citizens protested",
 * "Tens of thousands of citizens gathered"): two estimates of the whole that cannot both hold,
 * the police's and the organisers' kind of gap, worth a discrepancy however weak the match;
 * not a part and its whole.
 */
function ordersOfOneCrowd(a: Claim, b: Claim): boolean {
  const crowd = (claim: Claim) => claim.vague === true && WHOLE_GATHERINGS.has(claim.subject?.frame?.measure.id ?? "");
  return a.articleId !== b.articleId && crowd(a) && crowd(b);
}

/**
 * A figure its own report told as added to a count before it ("four more fatalities", "another
 * 40"), or one of two told as a share of the count before ("Of them, 120 died"): a part, marked
 * when it was read (subject.addition, subject.share), so known whichever report is stored. Two
 * shares are still compared: both are parts of one whole.
 */
function toldAsPart(a: Claim, b: Claim): boolean {
  const marked = (claim: Claim, rule: string) => claim.subject?.frame?.rules?.includes(rule) === true;
  return marked(a, "subject.addition") || marked(b, "subject.addition") || marked(a, "subject.share") !== marked(b, "subject.share");
}

/**
 * A bound and a figure far below it ("more than 120 dead" and "eight attackers were killed"):
 * the smaller may be a part of what the bound counts, so on a weak match it is no finding.
 */
function boundsFarApart(a: Claim, b: Claim): boolean {
  // The unit each counts in ("31" of a toll counts people as surely as "5.7 million people").
  const [x, y] = [comparisonUnit(a), comparisonUnit(b)];
  if (!isCount(a) || !isCount(b) || typeof a.value !== "number" || typeof b.value !== "number" || (x !== y && !oneCountedNoun(a, x, b, y))) return false;
  const bounded = a.qualifier === "atLeast" || a.qualifier === "atMost" || b.qualifier === "atLeast" || b.qualifier === "atMost";
  const [low, high] = [Math.min(Math.abs(a.value), Math.abs(b.value)), Math.max(Math.abs(a.value), Math.abs(b.value))];
  return bounded && low > 0 && high / low >= PART_OF_WHOLE_RATIO;
}

/** "including 22 army personnel", "among them five children": the figure named as a part. */
const INCLUDED = new RegExp(String.raw`\b(?:${INCLUDES.join("|")})\s+(?:at\s+least\s+|some\s+|about\s+)?(\d[\d,]*|\p{L}+)`, "giu");

function numberOf(word: string): number | undefined {
  const digits = word.replace(/,/gu, "");
  if (/^\d+$/u.test(digits)) return Number(digits);
  const lower = word.toLowerCase();
  return UNIT_WORDS.get(lower) ?? TENS_WORDS.get(lower);
}

/**
 * Whether one figure's own words name the other as a part of it: "102 people, including 22 army
 * personnel, remained missing" in one report and "the 22 missing soldiers" in another are the
 * whole and its part, told so by the first report, not two counts of the missing at odds.
 * @example namedPart(over102IncludingTwentyTwo, twentyTwoMissing) // true
 */
export function namedPart(a: Claim, b: Claim): boolean {
  const names = (whole: Claim, part: Claim) => {
    if (typeof whole.value !== "number" || typeof part.value !== "number" || part.value >= whole.value) return false;
    return [...(whole.subject?.text ?? "").matchAll(INCLUDED)].some((m) => numberOf(m[1]!) === part.value);
  };
  return names(a, b) || names(b, a);
}
