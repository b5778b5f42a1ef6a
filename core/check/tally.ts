import type { Claim } from "../model.js";
import { isBodies, isDead } from "./bodies-found.js";
import { claimInterval, convertInterval, incompatible } from "./interval.js";
import { convertedReading, neitherConverts } from "./two-units.js";
import { getUnit } from "../units/index.js";
import { oneCountedNoun } from "./counted-alike.js";
import { EVENT_BOUND_MEASURES } from "./data/frame-classes.js";

/**
 * Small counts of people and things are tallies, not round figures. "The death toll rose to 10" and "rose
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
  return claim.unit === "person" || CASUALTY_HEADS.has(head) || countedThings(claim);
}

/**
 * A count of things named by their noun ("77 floors", "22 vehicles", "four crew members"; a noun
 * that is no unit of measurement): below TALLY_LIMIT a count of things is as much a count as one
 * of people. Nobody rounds 77 floors to 80, so "an 80-floor tower" is not 75 to 85 floors.
 * @example countedThings({ value: 80, unit: "floor", qualifier: "exact", ... }) // true
 */
function countedThings(claim: Claim): boolean {
  return claim.unit !== undefined && getUnit(claim.unit) === undefined && claim.subject?.frame !== undefined;
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

/**
 * Whether two claims' values cannot both hold: their intervals (written precision, qualifiers,
 * tallies read to the unit) do not meet once in the same unit.
 * @example valuesDisagree(claim("rose to 10"), claim("rose to 11")) // true
 */
export function valuesDisagree(a: Claim, b: Claim): boolean {
  const [ux, uy] = [comparisonUnit(a), comparisonUnit(b)];
  const converted = ux !== undefined && uy !== undefined && ux !== uy && getUnit(ux) !== undefined && getUnit(uy) !== undefined;
  const [x, y] = converted ? [convertedReading(a), convertedReading(b)] : [claimInterval(a), claimInterval(b)];
  if (!x || !y || truncated(a, b) || truncated(b, a)) return false;
  // Two nouns the frames read as the one thing counted ("homes", "houses") are one unit.
  const moved = oneCountedNoun(a, ux, b, uy) ? x : convertInterval(x, ux, uy);
  if (moved === null) return false;
  // Two units: one figure is a conversion of the other, so one must land where the other's precision allows (two-units.ts).
  return (incompatible(moved, y) && !boundsMeet(a, b, moved.low === y.high || moved.high === y.low)) || neitherConverts(a, b, x, y, ux, uy);
}

/** The least whole figure read as a decimal one cut short: a height or a length, not a small count. */
const TRUNCATED_FROM = 100;

/**
 * A whole figure that is a decimal one with its decimals dropped ("8,848m" and "8,848.86 metres"
 * for one peak): news cuts decimals off as often as it rounds them, so the whole figure holds
 * anything up to the next unit. Only in one unit, from three digits up (a "6" magnitude is not a 6.8).
 * @example truncated(claim("8,848m"), claim("8848.86m")) // true
 */
function truncated(whole: Claim, decimal: Claim): boolean {
  const [w, d] = [whole.value, decimal.value];
  if (typeof w !== "number" || typeof d !== "number" || whole.unit !== decimal.unit || whole.qualifier !== "exact" || decimal.qualifier !== "exact") return false;
  return Number.isInteger(w) && w >= TRUNCATED_FROM && !Number.isInteger(d) && Math.trunc(d) === w;
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
