import { PART_VERB } from "./aboard.js";
import type { Casualty } from "./casualty.js";
import { CASUALTY } from "./lexicon.js";

/** "of the estimated 750 passengers", "of the 60 people on board": a whole of people after a part's figure. */
const OF_PEOPLE = /^\s+of\s+(?:the|an?)\s+(?:(?:estimated|about|around|some|roughly|approximately|over|more\s+than|nearly|almost)\s+)?\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+(?!(?:were|was|have|had|has)\b)[\p{L}-]+){1,4}?(?=\s+(?:were|was|have|had|has|survived|died|perished|drowned|lost|made|escaped)\b)/iu;

/**
 * "Only 104 of the estimated 750 passengers survived", "12 of the 40 miners died": the part's
 * own count, with the verb after the whole it is part of.
 */
export function partOfPeople(text: string, mentionEnd: number): Casualty | null {
  if (!text.startsWith(" of ", mentionEnd)) return null;
  const of = OF_PEOPLE.exec(text.slice(mentionEnd, mentionEnd + 80));
  if (!of) return null;
  const at = mentionEnd + of[0].length;
  const verb = PART_VERB.exec(text.slice(at, at + 40));
  if (!verb) return null;
  const word = /(survived|died|perished|drowned|killed|rescued|saved|lost)\b/i.exec(verb[0]);
  const kind = word ? (word[1]!.toLowerCase() === "saved" ? "rescued" : word[1]!.toLowerCase() === "lost" ? "killed" : CASUALTY[word[1]!.toLowerCase()]) : undefined;
  return kind ? { kind, span: { start: at, end: at + verb[0].length } } : null;
}
