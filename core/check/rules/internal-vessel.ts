import type { Claim } from "../../model.js";
import type { SameThing } from "../same-thing.js";
import { quote } from "../describe.js";
import { SECOND_VESSEL, VESSEL_WORDS } from "../data/internal-vessel.js";

/**
 * One vessel's length told twice in one report, each time with another word for it ("a giant
 * 948-foot cargo ship" ... "The 985-foot (300-meter) tanker": Republic Monitor on the Key Bridge
 * collapse, 2024). The frames keep a ship's and a tanker's lengths apart, as they must across
 * reports; inside a report that tells of one vessel only, they are the one vessel's.
 */

/** The vessel word a length is told of: "948-foot cargo ship" (measure "ship") or "a ship 948 feet long" ("length.ship"). */
function vesselOf(claim: Claim): string | null {
  const measure = claim.subject?.frame?.measure.id.toLowerCase();
  if (!measure || claim.dimension !== "length") return null;
  const word = measure.startsWith("length.") ? measure.slice("length.".length) : measure;
  return VESSEL_WORDS.has(word) ? word : null;
}

/** The words of the match, by pair: why the two lengths were taken as one vessel's. */
export type VesselWhy = Map<Claim, Map<Claim, string>>;

/**
 * Pairs of a report's lengths told of a vessel under two words, in a report that brings in no
 * second vessel ("another ship", "collided with a tanker"), and why each pair is tied.
 * @example vesselPairs(claims, body).pairs // [[nineFortyEightFootShip, nineEightyFiveFootTanker]]
 */
export function vesselPairs(claims: readonly Claim[], body: string): { pairs: [Claim, Claim][]; why: VesselWhy } {
  const lengths = claims.filter((claim) => claim.conversionOf === undefined && claim.qualifier === "exact" && claim.modality === "asserted" && vesselOf(claim) !== null);
  const pairs: [Claim, Claim][] = [];
  const why: VesselWhy = new Map();
  if (lengths.length < 2 || SECOND_VESSEL.test(body)) return { pairs, why };
  for (const [i, a] of lengths.entries()) {
    for (const b of lengths.slice(i + 1)) {
      if (vesselOf(a) === vesselOf(b) || a.unit !== b.unit || a.value === b.value) continue;
      pairs.push([a, b]);
      why.set(a, new Map([...(why.get(a) ?? []), [b, `the report tells of one vessel only, called ${quote(vesselOf(a)!)} and ${quote(vesselOf(b)!)}`]]));
    }
  }
  return { pairs, why };
}

/** The weak match of two lengths of the report's one vessel (vesselPairs), or null. */
export function vesselMatch(a: Claim, b: Claim, why: VesselWhy): SameThing | null {
  const said = why.get(a)?.get(b) ?? why.get(b)?.get(a);
  return said === undefined ? null : { strength: "weak", why: said };
}
