import careers from "./data/life-careers.js";
import { cueFamily } from "./date-cues.js";

/**
 * A person a report introduces as someone's relative ("His wife, Lucy Kibaki, died in 2016",
 * "the son of Osama bin Laden, Hamza") shares a name with the report's person and is someone
 * else: that name never stands for the report's person, whose surname alone it may share.
 */
const RELATION = new RegExp(String.raw`\b(?:${careers.relations.join("|")})(?:\s+of\s+[^,.;]{1,40})?\s*,?\s*$`, "i");

/**
 * Whether the words before a name introduce a relative of someone.
 * @example introducedAsRelative("The deceased is survived by four children. His wife, ") // true
 */
export function introducedAsRelative(before: string): boolean {
  return RELATION.test(before);
}

/** A name of one to five capitalised words, simpler than person-name.ts NAME (no particles). */
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,4}`;
const RELATIVE_LIFE = new RegExp(String.raw`\b(?:${careers.relations.join("|")})\s*,?\s+(?:${NAME})\s*,?\s+(?:who\s+)?(?:(?:had|has|have|was|were)\s+)?(?:${careers.relativeLife.join("|")})\b[^.;:!?]*$`, "u");

/** The relation words RELATIVE_LIFE opens with, as cue words of a date's window (date-cues.ts): asked of every date first. */
export const RELATION_CUE = cueFamily(careers.relations);

/**
 * Whether a date tells a relative's birth or death: "His wife, Lucy Kibaki, died in 2016" in a
 * report about Mwai Kibaki. A report names its person's relatives by their relation; their dates
 * are no claim about the report's person, and outlets name the one by the other's surname, so
 * they are not compared at all.
 * @example relativesLifeDate("The deceased is survived by four children. His wife, Lucy Kibaki, died in ") // true
 */
export function relativesLifeDate(before: string): boolean {
  return RELATIVE_LIFE.test(before);
}
