import beforeNoun from "./data/before-noun.js";

/**
 * A verb in the past between a happening's word and a date is the date's own verb: "after a
 * motorway bridge collapsed in Genoa ended overnight into Sunday" dates the search's end, not the
 * collapse. The date readers that take the nearest happening before a date (date-head.ts,
 * story-day.ts, occurrence-clause.ts) stop at one. Read by its regular ending: a lowercase word
 * of three letters or more before "-ed" ("ended", "resumed"; not "aged", not a name). Not a verb
 * that says the happening took place ("The collapse ... happened late Tuesday night": its own
 * verb), nor a participle its agent follows ("a flash flood caused by heavy rainfall swept
 * through ... late Tuesday night": it tells of the noun before it, the clause's verb is later), nor a
 * word that qualifies a noun after a preposition or a determiner ("for undisclosed ailment").
 * @example pastVerbBetween(" in Genoa ended overnight into ") // true
 * @example pastVerbBetween(" at the Lutti reservoir happened ") // false
 */
export function pastVerbBetween(between: string): boolean {
  for (const m of between.matchAll(PAST)) {
    if (TOOK_PLACE.has(m[0]) || BY_AGENT.test(between.slice(m.index + m[0].length)) || QUALIFIES.test(between.slice(0, m.index))) continue;
    return true;
  }
  return false;
}

const PAST = /(?<![\p{L}'’-])\p{Ll}{3,}ed(?![\p{L}'’-])/gu;
/** Verbs that say only that the happening took place (occurrence-date.ts OCCURRED_VERBS' own words). */
const TOOK_PLACE = new Set(["happened", "occurred"]);
/** A preposition or a determiner right before the word: it qualifies a noun ("treatment for undisclosed ailment", "a crowded market"), no verb. */
const QUALIFIES = new RegExp(String.raw`\b(?:${beforeNoun.determiners.join("|")})\s+$`, "i");
/** A participle's agent right after it: "caused by", "triggered by". */
const BY_AGENT = /^\s+by\b/;
