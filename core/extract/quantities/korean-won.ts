import { getUnit } from "../../units/index.js";
import type { Candidate } from "./candidate.js";
import type { UnitRead } from "./unit-reader.js";

/**
 * "10.8 trillion won" is money; "won 3 medals", "52 won by Labour" are the verb. The unit table
 * reads "won" only as the code KRW, so this reader takes the word after a number when the story
 * is about Korea (the currency is then the likely reading) or the amount has a scale (a verb
 * rarely follows "1.5 trillion"), and never when the words after it read as the verb's object.
 */
const WON = /^[ \t]{1,2}won(?![A-Za-z])/;
const KOREA = /\b(?:Korea|Korean|Koreans|Seoul|Kospi|KOSPI|Kosdaq|KOSDAQ)\b/;
const VERB_AFTER = /^[ \t]{1,2}(?:by|the|their|his|her|its|it|them|our|my|your|over|against|out|back|gold|silver|bronze|seats?|votes?|medals?|races?|games?|matches|titles?|awards?|prizes?|praise|support|approval|election|re-election)(?![A-Za-z])/i;
/** How far around the number the story's country is looked for, in characters. */
const WINDOW = 400;

/** The won written right after the candidate's number, or null. */
export function wonAfter(text: string, c: Candidate): UnitRead | null {
  const m = WON.exec(text.slice(c.end, c.end + 6));
  if (!m) return null;
  const end = c.end + m[0].length;
  // "59 trillion won over the period": a billion or more is no count of wins, whatever follows.
  if (!(c.reading.scaled && c.value >= 1e9) && VERB_AFTER.test(text.slice(end, end + 16))) return null;
  const near = text.slice(Math.max(0, c.start - WINDOW), end + WINDOW);
  if (!c.reading.scaled && !KOREA.test(near)) return null;
  const unit = getUnit("KRW");
  if (!unit) return null;
  return { unit, factor: 1, start: end - 3, end, attached: false, text: "won" };
}
