import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { NEAR_WHOLE } from "../frame/placed-part.js";
import { SUB_UNITS } from "../data/internal-parts.js";

/**
 * A report that counts province by province ("The floods forced 64,500 people from their homes in
 * Quang Ngai province, with three dead", "In the worst-hit province of Binh Dinh, floods killed
 * 12", "three people were killed ... in three other central provinces", beside "have killed 19
 * people, left eight missing and forced about 80,000 from their homes": Evening Standard on the
 * central Vietnam floods, 2013) gives each unit's share beside the whole. A smaller figure whose
 * sentence names a sub-unit the larger's does not is that unit's share, once the report names two
 * or more such units: a breakdown, not one place told twice.
 */

const NAME = String.raw`\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}`;
const UNIT = SUB_UNITS.map((unit) => `[${unit[0]}${unit[0]!.toUpperCase()}]${unit.slice(1)}`).join("|");

/** "Quang Ngai province", "Harris County", "the province of Binh Dinh", "three other central provinces". */
const NAMED_UNIT = new RegExp(String.raw`(${NAME})\s+(?:${UNIT})\b|\b(?:${UNIT})\s+of\s+(${NAME})|\b(other)\s+(?:[\p{L}-]+\s+)?(?:${UNIT})s\b`, "gu");

/** Capitalised words that open a sentence or phrase before a name, not part of it. */
const OPENERS = new Set(["in", "at", "from", "the", "of", "on", "and", "neighbouring", "neighboring", "worst-hit"]);

/** The sub-units a sentence names, lowercase; "other" for "N other provinces". */
export function unitsNamed(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const match of sentence.matchAll(NAMED_UNIT)) {
    const words = (match[1] ?? match[2] ?? match[3] ?? "").toLowerCase().split(/\s+/u);
    while (words.length > 0 && OPENERS.has(words[0]!)) words.shift();
    if (words.length > 0) out.add(words.join(" "));
  }
  return out;
}

/** Sub-units named apart from the whole that make a report's counting a breakdown. */
const SHARES = 2;

/**
 * Each figure's sentence's sub-units, figure by figure: read once per check.
 * @example unitsByFigure(claims, body).get(threeDeadInQuangNgai) // Set { "quang ngai" }
 */
export function unitsByFigure(claims: readonly Claim[], body: string): Map<Claim, Set<string>> {
  return new Map(claims.map((claim) => [claim, unitsNamed(sentenceOf(claim, body))] as const));
}

/**
 * Whether the smaller of two figures is a sub-unit's share of the larger: its sentence names a
 * unit the larger's does not, the report names two or more units the larger's does not, and the
 * share is not so near the whole that it reads as the whole miscounted.
 * @example unitShare(sixtyFourThousandInQuangNgai, aboutEightyThousand, units) // true
 */
export function unitShare(a: Claim, b: Claim, units: ReadonlyMap<Claim, Set<string>>): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  if ((small.value as number) >= NEAR_WHOLE * (large.value as number)) return false;
  const wide = units.get(large) ?? new Set<string>();
  const apart = (claim: Claim) => [...(units.get(claim) ?? [])].filter((unit) => !wide.has(unit));
  if (apart(small).length === 0) return false;
  return new Set([...units.keys()].flatMap(apart)).size >= SHARES;
}
