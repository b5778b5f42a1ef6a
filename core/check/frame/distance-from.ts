import type { Claim } from "../../model.js";
import type { SameThing } from "../same-thing.js";
import { statedFigures } from "./stated-figures.js";
import { FROM_PLACE, NOT_A_PLACE, PLACE_WORD } from "../data/distance-from.js";

/**
 * A report that says where its story happened tells one distance from a place, however often it
 * tells it: "the prison in Tamara, about 30 miles northwest of the Honduran capital of
 * Tegucigalpa" and, paragraphs on, "the prison; located in a rural area about 20 miles from the
 * capital" (AP on the Támara prison riot, June 2023); "located about 70 kilometers from Caracas"
 * and "Las Tejerías, Aragua state, about 52 km from Caracas" (the Las Tejerías landslide, October
 * 2022). The subject readers give one of such figures no frame. Two values of a distance from one
 * place are a slip; three or more are a list of places (a table of camps and their distances),
 * and are passed over whole. The match is weak: a discrepancy at most.
 */

const WHY = (place: string) => `the report gives both as the distance from ${place}, and gives no third value of it`;

/** The place words a length is told as the distance from, lowercase; empty for a length told of no place. */
export function distanceFrom(claim: Claim, body: string): Set<string> {
  if (claim.dimension !== "length" || !Number.isFinite(claim.end)) return new Set();
  const after = FROM_PLACE.exec(body.slice(claim.end, claim.end + 120));
  if (!after) return new Set();
  const words = [...after[1]!.matchAll(PLACE_WORD)].map((m) => m[0].toLowerCase().replace(/['’]s$/u, ""));
  return new Set(words.filter((word) => !NOT_A_PLACE.has(word)));
}

/**
 * Two distances from "the capital" that name two different capitals ("540-km away from the state
 * capital Guwahati" / "nearly 300-km from Arunachal's capital city of Itanagar"): two places. A
 * capital left unnamed may be the one the other names.
 */
function namedApart(a: Claim, b: Claim, body: string): boolean {
  const named = (claim: Claim) => [...distanceFrom(claim, body)].filter((word) => word !== "capital");
  const [na, nb] = [named(a), named(b)];
  return na.length > 0 && nb.length > 0 && !na.some((word) => nb.includes(word));
}

/** A length as told: its value in its unit. */
const told = (claim: Claim) => `${claim.value} ${claim.unit}`;

function sameSentence(a: Claim, b: Claim): boolean {
  return a.sentence !== undefined && b.sentence !== undefined && a.sentence.start === b.sentence.start;
}

/** Pairs of a report's lengths told as distances from one place, where that place's distances take two values; and why each pair is tied. */
export function distancePairs(claims: readonly Claim[], body: string): { pairs: [Claim, Claim][]; why: Map<Claim, Map<Claim, string>> } {
  const byPlace = new Map<string, Claim[]>();
  for (const claim of statedFigures(claims)) {
    for (const place of distanceFrom(claim, body)) byPlace.set(place, [...(byPlace.get(place) ?? []), claim]);
  }
  const pairs: [Claim, Claim][] = [];
  const why = new Map<Claim, Map<Claim, string>>();
  for (const [place, group] of byPlace) {
    // In one unit: a value told in kilometres and again in miles is one figure and its conversion.
    const values = new Set(group.map(told));
    if (values.size !== 2) continue;
    const [a, b] = [group[0]!, group.find((claim) => told(claim) !== told(group[0]!))!];
    if (sameSentence(a, b) || a.unit !== b.unit || why.get(a)?.has(b) || namedApart(a, b, body)) continue;
    pairs.push([a, b]);
    why.set(a, new Map([...(why.get(a) ?? []), [b, WHY(place === "capital" ? "the capital" : place.replace(/^./u, (c) => c.toUpperCase()))]]));
  }
  return { pairs, why };
}

/** The weak match of two distances from one place (distancePairs), or null. */
export function distanceMatch(a: Claim, b: Claim, why: Map<Claim, Map<Claim, string>>): SameThing | null {
  const said = why.get(a)?.get(b) ?? why.get(b)?.get(a);
  return said === undefined ? null : { strength: "weak", why: said };
}
