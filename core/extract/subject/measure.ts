import type { Mention } from "../mention.js";
import { MEASURE_ADJECTIVES, MEASURE_NOUNS } from "./lexicon.js";
import named from "./data/named-measures.js";
import measures from "./data/measures.js";
import { THING_NOUNS } from "./date-thing-nouns.js";
import { AGE } from "./person-age.js";

/**
 * Which measure of a thing a number gives: the depth of a strip is not its length, and a wall's
 * height is not its length. Read from the words English uses for it: a measure adjective glued
 * to the number ("30-kilometer-deep") or right after it, past a parenthetical conversion
 * ("30-mile (18.6-mile) deep"); or a measure noun before it ("a depth of 30 km"). Area, speed
 * and temperature name their own measure. A bare length says nothing, and stays compatible.
 */

const DIMENSION_MEASURE: Partial<Record<string, string>> = {
  area: "area", speed: "speed", temperature: "temperature", volume: "volume", mass: "weight", fuelEconomy: "fuel-economy",
};

/** "a five-storey building", "the 90,000-seat stadium": a count glued to a standing property counts that property, not the noun after it. */
const OWN_PROPERTY = new RegExp(String.raw`-(${Object.keys(named.counted).filter((k) => ["floors", "capacity"].includes(named.counted[k]!)).join("|")})s?$`, "i");

/** "a 200-metre (650 feet) section", "a 10-kilometre convoy": a thing that runs along one line, whose bare length is its length. */
const LINEAR_NOUN = new RegExp(String.raw`^(?:\s*\([^()]{0,40}\))?\s+(?:[\p{Ll}-]+\s+)?(?:${measures.linear.join("|")})\b`, "u");

/**
 * "the 140-year-old bridge", "the 43-year-old submarine": an age glued before a made thing is the
 * thing's age (a person's is person-age.ts's; "a 26-year-old man" is no thing and stays a count's).
 */
const THING_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?(?:${THING_NOUNS})\b`, "iu");

/**
 * @example measureOf("a 30-mile (18.6-mile) deep strip", { start: 2, end: 9, dimension: "length", ... }) // "depth"
 */
export function measureOf(text: string, mention: Pick<Mention, "start" | "end" | "dimension" | "kind">): string | undefined {
  if (mention.kind !== "quantity") return undefined;
  const written = text.slice(mention.start, mention.end);
  const own = /-(deep|long|wide|tall|high|thick|broad)$/i.exec(written);
  if (own) return MEASURE_ADJECTIVES[own[1]!.toLowerCase()];
  if (/\d-years?-old$/i.test(written)) return THING_AFTER.test(text.slice(mention.end, mention.end + 40)) ? AGE : undefined;
  const property = OWN_PROPERTY.exec(written);
  if (property) return named.counted[property[1]!.toLowerCase()];
  const next = text.slice(mention.end, mention.end + 60);
  const after = /^\s*(?:\([^()]{0,40}\)\s*)?-?(deep|long|wide|tall|high|thick|broad)\b/i.exec(next);
  if (after) return MEASURE_ADJECTIVES[after[1]!.toLowerCase()];
  // "192.64 metres in height", "2,600 metres in length": the measure noun after the figure.
  const inNoun = /^\s*(?:\([^()]{0,40}\)\s*)?in\s+(height|length|width|depth|diameter|thickness)\b/i.exec(next);
  if (inNoun) return MEASURE_NOUNS[inNoun[1]!.toLowerCase()];
  const before = /\b(depth|length|width|height|altitude|distance|range|radius|diameter|area|thickness|elevation)\s+of\s+(?:up to\s+|about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$/i.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  if (before) return MEASURE_NOUNS[before[1]!.toLowerCase()];
  // "a 200-metre (650 feet) section" is the section's length, as "an 80-metre long stretch"; "a 500-foot gorge", "the 462-metre tower" say no dimension.
  if (mention.dimension === "length" && /^[\d.,]+-\p{L}+$/u.test(written) && LINEAR_NOUN.test(next)) return "length";
  return mention.dimension ? DIMENSION_MEASURE[mention.dimension] : undefined;
}
