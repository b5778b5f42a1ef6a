import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";
import { CHANGE_NOUNS } from "./change-after.js";
import { ADDED_BEFORE, LESS_AFTER, REPORTING_VERBS } from "./change-words.js";

/*
 * Amounts of change said by a word of their own rather than a change verb: an amount added
 * ("an extra 42 cents"), an amount less ("$688 million less"), a percent before a bare change
 * noun that a reporting verb introduces ("represents 4.7% growth"), a change noun with what
 * changed between it and "of" ("a drop in value of 7 per cent").
 */

const ADDED = new RegExp(`(?:^|[^A-Za-z])(${ADDED_BEFORE.join("|")})[ \\t]{1,2}$`, "i");
// "less" closing the phrase or before "of" what is less; "less than" is a comparison (change-after.ts).
const LESS = new RegExp(`^[ \\t]{1,2}(${LESS_AFTER.join("|")})(?=[ \\t]*[,.;]|[ \\t]{1,2}of[ \\t]|$)`, "i");
const NOUN = new RegExp(`^[ \\t]{1,2}(${[...CHANGE_NOUNS.keys()].join("|")})(?![A-Za-z])`, "i");
/** "a drop in value of 7 per cent", "an increase in the average price of just over £9,000": the noun, what changed, then "of". */
const NOUN_IN_OF = new RegExp(`(?:^|[^A-Za-z])(?:an?|the|its|their)[ \\t]{1,2}(?:[a-z]{3,12}[ \\t]{1,2})?(${[...CHANGE_NOUNS.keys()].join("|")})[ \\t]{1,2}in[ \\t]{1,2}(?:[A-Za-z'-]{1,20}[ \\t]{1,2}){1,3}of[ \\t]{1,2}$`, "i");
const REPORTED = new RegExp(`(?:^|[^A-Za-z])(?:${REPORTING_VERBS.join("|")})[ \\t]{1,2}$`, "i");

/** A measure, money or a percent: a count of people or things added is another story's business (tolls). */
const measured = (c: Candidate) => c.kind === "percent" || c.unit !== undefined;

/**
 * The change an amount's own words say, when no change verb or noun was read for it.
 * @example amountWords("pay an extra 42 cents for a litre", c42) // up, by
 */
export function amountWords(text: string, c: Candidate): CandidateChange | null {
  if (!measured(c)) return null;
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  const added = ADDED.exec(before);
  if (added?.[1]) return { direction: "up", role: "by", text: added[1], at: c.start - before.length + added.index + added[0].length - added[1].length };
  const before48 = text.slice(Math.max(0, c.start - 64), c.start);
  const inOf = NOUN_IN_OF.exec(before48);
  if (inOf?.[1] && !(c.unit?.dimension === "money" && /^loss$/i.test(inOf[1]))) {
    return { direction: CHANGE_NOUNS.get(inOf[1].toLowerCase()) ?? "up", role: "by", text: inOf[1], at: c.start - before48.length + inOf.index + inOf[0].indexOf(inOf[1]) };
  }
  const after = text.slice(c.end, c.end + 24);
  const less = LESS.exec(after);
  if (less?.[1]) return { direction: "down", role: "by", text: less[1], at: c.end + less[0].length - less[1].length };
  const noun = c.kind === "percent" ? NOUN.exec(after) : null;
  if (noun?.[1] && REPORTED.test(text.slice(Math.max(0, c.start - 24), c.start))) {
    return { direction: CHANGE_NOUNS.get(noun[1].toLowerCase()) ?? "up", role: "by", text: noun[1], at: c.end + noun[0].length - noun[1].length };
  }
  return null;
}
