import type { Claim } from "../model.js";
import { isBodies, isDead } from "./bodies-found.js";
import { claimInterval, convertInterval, incompatible } from "./interval.js";
import { daySpan, sameTime } from "./time.js";
import { neitherConverts } from "./two-units.js";
import { EVENT_BOUND_MEASURES } from "./data/frame-classes.js";
import { CONFIRMED_FLOOR, GUESSED, GUESSED_STATE } from "./data/toll-words.js";

/**
 * Small counts of people are tallies, not round figures. "The death toll rose to 10" and "rose
 * to 11" cannot both be right, although 10 written alone could be a rounded 9 or 11: nobody
 * rounds a toll of a few dozen dead, while "some 300 killed" may well be 310.
 */

/** Below this a count of people is read to the unit. */
const TALLY_LIMIT = 100;

/** Subject heads that count people by what happened to them. */
const CASUALTY_HEADS = new Set(["killed", "injured", "missing", "arrested", "evacuated", "displaced", "casualty", "person"]);

/**
 * Whether an exact claim is a tally of people read to the unit.
 * @example isTally({ value: 10, qualifier: "exact", subject: { head: "killed", ... }, ... }) // true
 */
export function isTally(claim: Claim): boolean {
  const value = claim.value;
  if (typeof value !== "number" || !Number.isInteger(value) || claim.qualifier !== "exact") return false;
  if (Math.abs(value) >= TALLY_LIMIT && !tollUpdate(claim)) return false;
  if (claim.dimension !== undefined && claim.dimension !== "count") return false;
  const head = (claim.subject?.head ?? "").toLowerCase();
  return claim.unit === "person" || CASUALTY_HEADS.has(head);
}

/** Words of a figure's measure that name a running count: "the death toll", "the number of dead". */
const TOLL_WORDS = /\b(?:toll|number|count|total)\b/iu;

/**
 * A toll update: an exact casualty count given as where the count now stands ("the death toll
 * has risen to 130", "the number of dead had increased to 129"). The update of a count is the
 * count itself, read to the unit at any size; a round figure meant as one says "about" or "some".
 * @example tollUpdate(claim("the death toll rose to 130")) // true
 */
function tollUpdate(claim: Claim): boolean {
  const measure = claim.subject?.frame?.measure;
  if (!measure || !CASUALTY_HEADS.has(measure.id)) return false;
  return claim.change?.role === "to" || TOLL_WORDS.test(measure.text);
}

/**
 * The unit a claim counts in, for comparison: "the death toll rose to 10" names no counted noun,
 * but a toll counts people as surely as "killed 11 people" does.
 * @example comparisonUnit({ value: 10, subject: { head: "killed", ... }, ... }) // "person"
 */
export function comparisonUnit(claim: Claim): string | undefined {
  if (claim.dimension !== undefined && claim.dimension !== "count") return claim.unit;
  // A count of people by what happened to them counts people whatever noun follows the figure:
  // "injured 38 others", "wounded 60 people", "14 civilians were killed".
  if (CASUALTY_HEADS.has((claim.subject?.frame?.measure.id ?? "").toLowerCase())) return "person";
  if (claim.unit !== undefined) return claim.unit;
  return CASUALTY_HEADS.has((claim.subject?.head ?? "").toLowerCase()) ? "person" : undefined;
}

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

/**
 * Whether two claims' values cannot both hold: their intervals (written precision, qualifiers,
 * tallies read to the unit) do not meet once in the same unit.
 * @example valuesDisagree(claim("rose to 10"), claim("rose to 11")) // true
 */
export function valuesDisagree(a: Claim, b: Claim): boolean {
  const x = claimInterval(a);
  const y = claimInterval(b);
  if (!x || !y) return false;
  const [ux, uy] = [comparisonUnit(a), comparisonUnit(b)];
  const moved = convertInterval(x, ux, uy);
  if (moved === null) return false;
  // Two units: one figure is a conversion of the other, so one must land where the other's precision allows (two-units.ts).
  return (incompatible(moved, y) && !boundsMeet(a, b, moved.low === y.high || moved.high === y.low)) || neitherConverts(a, b, x, y, ux, uy);
}

/** Bounds that hold their own figure: "at least 200", "up to 200", "no more than 30". */
const INCLUSIVE_BOUND = /^(?:at\s+(?:least|most)|up\s+to|as\s+many\s+as|no[t]?\s+(?:fewer|less|more)\s+than)$/iu;

/**
 * A floor and a ceiling that meet at one figure both hold it: "at least 200 people had been
 * killed" and "the death toll is up to 200" (one minister, one day) agree on 200.
 */
function boundsMeet(a: Claim, b: Claim, touching: boolean): boolean {
  const qualifiers = new Set([a.qualifier, b.qualifier]);
  return touching && qualifiers.has("atLeast") && qualifiers.has("atMost") && [a, b].every((c) => INCLUSIVE_BOUND.test((c.qualifierText ?? "").trim()));
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
  return later.value < earlier.value;
}

/** "since the war began", "since the start of", "since April 2023", "since 2021": a count reached from a start. */
const SINCE_START = /\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\b|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:began|started|broke\s+out|erupted)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d{4}\b)/iu;

/**
 * A running total: a count of people in a standing situation (refugees, migrants, the displaced)
 * told as reached since a start ("Since the war began in April 2023, more than 844,000 refugees
 * have crossed into Chad"). It counts everyone who came since, not those in some state now
 * ("239,000 refugees remain stranded on the border"): two quantities, even in one sentence's
 * words. A toll is a running total by nature ("since the war began, 10,000 killed" is the toll),
 * so an incident's measures never are one here.
 * @example runningTotal(claim844000, body) // true
 */
export function runningTotal(claim: Claim, sentence: string): boolean {
  const measure = claim.subject?.frame?.measure.id;
  return measure !== undefined && !EVENT_BOUND_MEASURES.has(measure.split(".")[0]!) && SINCE_START.test(sentence);
}

/**
 * Counts of bodies recovered so far ("four bodies were recovered", extraction rule subject.bodies)
 * that their own report sets below its toll ("20 miners killed ... four bodies were recovered"):
 * a part of the dead (the rest still under the rubble), not a rival toll.
 * @example bodiesPartOfToll([twentyKilled, fourBodiesRecovered]) // Set { fourBodiesRecovered }
 */
export function bodiesPartOfToll(claims: readonly Claim[]): Set<Claim> {
  const dead = (c: Claim) => isDead(c) && typeof c.value === "number";
  return new Set(claims.filter((c) => isBodies(c) && dead(c) && claims.some((t) => t.articleId === c.articleId && dead(t) && !isBodies(t) && (t.value as number) > (c.value as number))));
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
  return risingToll(a, b) || risingToll(b, a) || fallingMissing(a, b) || fallingMissing(b, a);
}

function fallingMissing(earlier: Claim, later: Claim): boolean {
  const missing = (c: Claim) => c.subject?.frame?.measure.id === "missing" || (c.subject?.head ?? "").toLowerCase() === "missing";
  if (!missing(earlier) || !missing(later)) return false;
  const [first, second] = [daySpan(earlier.asOf), daySpan(later.asOf)];
  if (!first || !second || second.first <= first.last) return false;
  return typeof earlier.value === "number" && typeof later.value === "number" && later.value < earlier.value;
}
