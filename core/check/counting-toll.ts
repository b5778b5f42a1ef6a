import type { Claim } from "../model.js";
import { comparisonUnit } from "./tally.js";
import { daySpan, sameTime } from "./time.js";
import { retelling } from "./frame/retold.js";
import { CONFIRMED_FLOOR, GUESSED, GUESSED_STATE } from "./data/toll-words.js";

/**
 * A toll while the dead of an event are still being counted: reports a few days apart give the
 * count of their day, so a higher toll later is the count going on, while a confirmed floor that
 * falls, or a guess at the final toll set against a count, is read for what it is.
 */

/** Heads of tolls that climb while the dead and hurt of a recent event are still being counted. */
export const TOLL_HEADS: ReadonlySet<string> = new Set(["killed", "injured", "missing", "casualty"]);

/**
 * A casualty toll reported higher on a later day: "killed 13" on 19 December and "killed 18" the
 * next day is the count going on, not two reports of one moment disagreeing. A toll that falls
 * is still worth an alarm: it was corrected, or one report is wrong.
 * @example risingToll(thirteenOnTheNineteenth, eighteenOnTheTwentieth) // true
 */
export function risingToll(earlier: Claim, later: Claim): boolean {
  const heads = [earlier, later].map((claim) => (claim.subject?.head ?? "").toLowerCase());
  if (!heads.every((head) => TOLL_HEADS.has(head)) || heads[0] !== heads[1]) return false;
  const first = daySpan(earlier.asOf);
  const second = daySpan(later.asOf);
  if (!first || !second || second.first <= first.last) return false;
  return typeof earlier.value === "number" && typeof later.value === "number" && later.value > earlier.value;
}

/** Measures whose count confirmed so far only grows: the dead are not brought back (the missing are found, the injured discharged). */
const CONFIRMED_ONLY_GROW = new Set(["killed"]);

/** The floor words, any run of blanks between their words (a qualifier may keep two). */
const CONFIRMED = new RegExp(String.raw`^(?:${CONFIRMED_FLOOR.map((words) => words.replace(/ /gu, String.raw`\s+`)).join("|")})$`, "iu");

/** "at least 34": the count confirmed so far; "more than 120", "over 300" are round floors, not counts. */
export function confirmedFloor(claim: Claim): boolean {
  return claim.qualifier === "atLeast" && CONFIRMED.test((claim.qualifierText ?? "").trim());
}

/**
 * A toll of the dead told "at least N" on a later day below what an earlier report gave: "at
 * least 78" on 3 October, "at least 34" on 7 October. In toll reporting "at least" is the count
 * confirmed when it was written, and the confirmed dead do not fall, so the two floors disagree
 * though both could hold as bounds: one report is wrong, or counts something else. The later
 * higher floor is the count going on and stays no finding (two floors agree as bounds).
 * @example fallingFloor(atLeast78OnOct3, atLeast34OnOct7) // true
 */
export function fallingFloor(a: Claim, b: Claim): boolean {
  if (a.articleId === b.articleId) return false;
  const [x, y] = [daySpan(a.asOf), daySpan(b.asOf)];
  if (!x || !y || x.first !== x.last || y.first !== y.last || x.first === y.first) return false;
  const [earlier, later] = x.first < y.first ? [a, b] : [b, a];
  const toll = (c: Claim) => CONFIRMED_ONLY_GROW.has(c.subject?.frame?.measure.id ?? "") && !c.vague && c.change?.role !== "from";
  if (!toll(earlier) || !toll(later) || !confirmedFloor(later) || !(confirmedFloor(earlier) || earlier.qualifier === "exact")) return false;
  if (comparisonUnit(earlier) !== comparisonUnit(later) || typeof earlier.value !== "number" || typeof later.value !== "number") return false;
  // Both a year or more after the event: "at least" rounds a settled toll down, it no longer tells a count going on.
  return later.value < earlier.value && retelling(a, b)?.kind !== "settled";
}

/** How long after an event its dead are still being counted and a toll may be told as a guess. */
const COUNTING_DAYS = 7;

/** "is feared to have killed", "are believed to have died", "were presumed dead": a guess at the toll. */
const GUESS = new RegExp(String.raw`\b(?:${GUESSED.join("|")})\s+(?:${GUESSED_STATE.join("|")})\b`, "iu");

/** The dead and the missing: a guess at the dead counts both (the missing "feared dead" are filed as missing). */
const DEAD_OR_MISSING = new Set(["killed", "missing"]);

/** A count of the dead its own words tell as feared or believed, not counted. */
function guessedToll(claim: Claim): boolean {
  return DEAD_OR_MISSING.has(claim.subject?.frame?.measure.id ?? "") && GUESS.test(claim.subject?.text ?? "");
}

/**
 * A toll told as a guess at the final count ("a landslide feared to have killed at least 150
 * people", "over 250 are believed to have died", "nearly 1,000 people were feared dead") above a
 * count of the dead or the missing that is no guess (23 bodies pulled out, a toll of 122, "an
 * estimated 600 still missing"): the dead found so far, or those not found, and the dead feared
 * in all, not two reports of one count at odds.
 * A guess below a count is still at odds with it: the confirmed dead are there. Only while the
 * dead are being counted (the guess told within days of its event, or of the count when the
 * event is undated): "at least 172 were believed killed" told a year on is the settled toll.
 * @example guessedAboveCount(fearedToHaveKilled150, tollOf23) // true
 */
export function guessedAboveCount(a: Claim, b: Claim): boolean {
  const counting = (guess: Claim, count: Claim) => sameTime(guess.asOf, guess.subject?.frame?.event?.date ?? count.asOf, COUNTING_DAYS);
  const above = (guess: Claim, count: Claim) =>
    guessedToll(guess) && !guessedToll(count) && DEAD_OR_MISSING.has(count.subject?.frame?.measure.id ?? "") && counting(guess, count)
    && typeof guess.value === "number" && typeof count.value === "number" && guess.value > count.value;
  return above(a, b) || above(b, a);
}

/**
 * The count of a recent event going on between two reports a few days apart: the dead or hurt
 * higher in the later report (risingToll), or the missing lower in it (found alive, or found dead
 * and counted with the dead). Neither report is wrong; each gave the count of its day.
 * @example countGoingOn(missing30OnJuly25, missing23OnJuly26) // true
 */
export function countGoingOn(a: Claim, b: Claim): boolean {
  if (a.articleId === b.articleId || !sameTime(a.asOf, b.asOf, COUNTING_DAYS)) return false;
  return risingToll(a, b) || risingToll(b, a) || risingGroup(a, b) || risingGroup(b, a) || fallingMissing(a, b) || fallingMissing(b, a);
}

/** The toll class of a count of one group among the dead or hurt ("killed.indian": the Indians among the dead). */
function tollGroup(claim: Claim): string | undefined {
  const measure = claim.subject?.frame?.measure.id ?? "";
  const [head, group] = measure.split(".");
  return group !== undefined && TOLL_HEADS.has(head ?? "") ? measure : undefined;
}

/**
 * A group among the dead or hurt ("10 Indian nationals were among those killed", "At least 40
 * Indians are among 50 people killed" the next day) is counted as the toll is: a later report's
 * higher count of it is the count going on, whatever the head word the story gives the group.
 * @example risingGroup(tenIndiansOnJune12, fortyIndiansOnJune13) // true
 */
function risingGroup(earlier: Claim, later: Claim): boolean {
  const group = tollGroup(earlier);
  if (group === undefined || group !== tollGroup(later)) return false;
  const [first, second] = [daySpan(earlier.asOf), daySpan(later.asOf)];
  if (!first || !second || second.first <= first.last) return false;
  return typeof earlier.value === "number" && typeof later.value === "number" && later.value > earlier.value;
}

function fallingMissing(earlier: Claim, later: Claim): boolean {
  const missing = (c: Claim) => c.subject?.frame?.measure.id === "missing" || (c.subject?.head ?? "").toLowerCase() === "missing";
  if (!missing(earlier) || !missing(later)) return false;
  const [first, second] = [daySpan(earlier.asOf), daySpan(later.asOf)];
  if (!first || !second || second.first <= first.last) return false;
  return typeof earlier.value === "number" && typeof later.value === "number" && later.value < earlier.value;
}
