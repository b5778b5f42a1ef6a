import { clausePrefix } from "../clauses.js";
import type { Span } from "../span.js";
import { knownPlace } from "./places.js";

/**
 * Who holds a share: "Damascus still controls only 70% of Syrian territory" and "the YPG
 * occupies almost one-third of the land in Syria" are shares of the same country held by
 * different actors, and must not be compared. The actor is the last name before a verb of
 * holding in the number's own clause; it becomes the subject's group.
 */

const HOLDING = /\b(?:controls?|controlled|holds?|held|occupies|occupy|occupied|owns?|owned|seized|captured|governs?|governed|administers?)\b/g;

/**
 * @example actorOf("Damascus still controls only 70%", { start: 0, end: 33 }, 29) // "damascus"
 */
export function actorOf(text: string, sentence: Span, mentionStart: number): string | undefined {
  const clause = clausePrefix(text, sentence.start, mentionStart);
  let verbAt = -1;
  HOLDING.lastIndex = 0;
  for (let m = HOLDING.exec(clause); m; m = HOLDING.exec(clause)) verbAt = m.index;
  if (verbAt < 0) return undefined;
  const names = clause.slice(0, verbAt).match(/\p{Lu}[\p{L}\p{N}'’-]{0,40}(?:\s+\p{Lu}[\p{L}\p{N}'’-]{0,40}){0,3}/gu);
  const name = names?.[names.length - 1];
  if (!name) return undefined;
  return knownPlace(name) ?? name.toLowerCase().replace(/['’]s$/, "").replace(/\s+/g, "-");
}
