import type { Claim } from "../../model.js";
import { SET_AGAINST } from "../data/set-against.js";

/**
 * A story that sets two counts against each other in so many words knows they differ: "an
 * estimated 135 people dead, according to a collective of local rights groups. This figure is
 * more than double the official death toll of 56." The two figures are two sources' counts the
 * story compares on purpose, not the story contradicting itself unawares.
 */

/** How far before the comparing sentence the figure it points back at may stand. */
const BACK = 400;

/**
 * Whether the later figure's sentence opens by pointing back at a figure ("This figure", "That
 * number") and compares it with another ("more than double", "surpasses", "higher than"),
 * the earlier figure standing just before that sentence.
 * @example setAgainst(estimated135, official56, body) // true
 */
export function setAgainst(a: Claim, b: Claim, body: string): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const sentence = second.sentence;
  if (!sentence || !Number.isInteger(sentence.start) || first.end > sentence.start || sentence.start - first.end > BACK) return false;
  return SET_AGAINST.test(body.slice(sentence.start, second.start));
}
