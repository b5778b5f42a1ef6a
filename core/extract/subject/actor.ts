import { clausePrefix } from "../clauses.js";
import type { Span } from "../span.js";
import { demonymPlace, knownPlace } from "./places.js";
import { lastMatch } from "../last-match.js";

/**
 * Who holds a share: "Damascus still controls only 70% of Syrian territory" and "the YPG
 * occupies almost one-third of the land in Syria" are shares of the same country held by
 * different actors, and must not be compared; so are "Russia has 1,000 troops in Syria" and
 * "Turkey has 5,000 troops in Syria". The actor is the last capitalized name before a verb of
 * holding (shares) or deploying (forces) in the number's own clause; it becomes the group.
 */

const VERBS = {
  holding: /\b(?:controls?|controlled|holds?|held|occupies|occupy|occupied|owns?|owned|seized|captured|governs?|governed|administers?)\b/g,
  deploying: /\b(?:has|have|had|deployed|deploys|deploying|sent|sends|sending|stationed|stations|maintains|maintained|keeps|kept|withdrew|withdraws|withdrawing|pulled|pulls|moved|moves|committed|commits|lost|loses)\b/g,
};

/**
 * @example actorOf("Damascus still controls only 70%", { start: 0, end: 33 }, 29) // "damascus"
 */
export function actorOf(text: string, sentence: Span, mentionStart: number, verbs: keyof typeof VERBS = "holding"): string | undefined {
  const clause = clausePrefix(text, sentence.start, mentionStart);
  const verbAt = lastMatch(VERBS[verbs], clause)?.index ?? -1;
  if (verbAt < 0) return undefined;
  const names = clause.slice(0, verbAt).match(/\p{Lu}[\p{L}\p{N}'’.-]{0,40}(?:\s+\p{Lu}[\p{L}\p{N}'’.-]{0,40}){0,3}/gu);
  const name = names?.[names.length - 1]?.replace(/^(?:The|A|An)\s+/, "");
  if (!name || /^(?:The|A|An|It|They|He|She|We)$/.test(name)) return undefined;
  const first = name.split(/\s+/)[0]!;
  // "The Turkish parliament": a demonym names the actor's country.
  const demonym = demonymPlace(first);
  if (demonym) return demonym;
  return knownPlace(name) ?? name.toLowerCase().replace(/['’]s$/, "").replace(/\s+/g, "-");
}
