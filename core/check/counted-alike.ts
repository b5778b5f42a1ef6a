import type { Claim } from "../model.js";
import { getUnit } from "../units/index.js";
import named from "../extract/subject/data/named-measures.js";

/**
 * "can hold 90,000 individuals" and "a seating capacity of 66,349", "12.1 million inhabitants"
 * and "17 million habitants", "almost 30 homes" and "some 23 houses", "over 300 people" and
 * "278 passengers" on board: when both frames name one measure, a count is that count whichever
 * noun it was counted by ("person", a counted noun with no unit table entry, or none), so the
 * two are compared as one unit. `x`, `y`: each claim's unit for comparison (tally.ts comparisonUnit).
 * @example countedAlike(almost30Homes, "home", some23Houses, "house") // true: both frames count "house"
 */
export function countedAlike(a: Claim, x: string | undefined, b: Claim, y: string | undefined): boolean {
  if (!countedBy(x) || !countedBy(y)) return false;
  const [ma, mb] = [a.subject?.frame?.measure.id, b.subject?.frame?.measure.id];
  if (ma === undefined || mb === undefined || ![a, b].every((c) => c.dimension === undefined || c.dimension === "count")) return false;
  return ma === mb || oneProperty(ma, x, mb, y);
}

/**
 * "the 17-story Plasco building" and "the 15-storey Plasco building": two words for one standing
 * property, one counting it of a thing the figure's own words name (`floors.building`), one of the
 * thing named beside it (`floors`).
 */
function oneProperty(ma: string, x: string | undefined, mb: string, y: string | undefined): boolean {
  const property = x === undefined ? undefined : PROPERTY_OF[x];
  return property !== undefined && PROPERTY_OF[y ?? ""] === property && ma.split(".")[0] === property && mb.split(".")[0] === property;
}

/** A count's unit that is no unit of measurement: none, "person", or the counted noun itself ("survivour"). */
function countedBy(unit: string | undefined): boolean {
  return unit === undefined || unit === "person" || getUnit(unit) === undefined;
}

/**
 * Two counts of one measure the frames read as one counted thing: the two nouns are the thing
 * the measure counts ("almost 30 homes" and "some 23 houses", both of measure `house`), or one
 * side names no noun ("a maximum of about 550" of a ferry's capacity, "580 passengers"). One
 * unit, so their values are compared as they stand. Narrower than countedAlike: a count of people
 * against a count of ships under one measure ("three cargo ships had rescued" / "about 40
 * survivors") is not one unit, though the pair may be compared.
 * @example oneCountedNoun(almost30Homes, "home", some23Houses, "house") // true
 */
export function oneCountedNoun(a: Claim, x: string | undefined, b: Claim, y: string | undefined): boolean {
  if (!countedAlike(a, x, b, y)) return false;
  if (x === undefined || y === undefined) return true;
  const measure = a.subject?.frame?.measure.id;
  if (x === "person" || y === "person") return false;
  // "eight-storied" and "nine-storey": two words for the property the measure counts ("floors").
  const root = measure?.split(".")[0];
  return measure === x || measure === y || (root !== undefined && PROPERTY_OF[x] === root && PROPERTY_OF[y] === root);
}

/** The standing property a counted word names: "storey", "storied", "floor" -> "floors" (data/named-measures.ts). */
const PROPERTY_OF: Readonly<Record<string, string>> = named.counted;
