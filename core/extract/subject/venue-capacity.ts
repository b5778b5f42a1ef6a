import measures from "./data/measures.js";
import { wordAlternation } from "./alternation.js";
import { QUAL } from "./named-class.js";
import type { Reading, SubjectStep } from "./reading.js";
import { singular } from "./words.js";

/**
 * A venue's capacity told as the people it holds (issue 15, session 22): "the stadium has a
 * capacity of over 87,000 spectators", "able to host 60,000 visitors", "a seating capacity of
 * 68,000" are one measure with "(83,000 capacity)" and "a 90,000-seater"; without it the first
 * two are counts of spectators and visitors, never compared with a capacity. The words before
 * the figure decide (data/measures.ts 'capacity'); the people there on a day are a crowd.
 */

const NOUNS = new Set<string>(measures.capacity.nouns);
const BEFORE = new RegExp(String.raw`\b(?:${wordAlternation(measures.capacity.before)})\s+${QUAL}$`, "i");

/**
 * @example venueCapacity(readingOf("The stadium has a capacity of over 87,000 spectators.", "over 87,000")) // true
 */
function venueCapacity(r: Reading): boolean {
  const { text, sentence, mention } = r.input;
  if (mention.kind !== "quantity" || (mention.unit && mention.unit !== "person") || (mention.dimension && mention.dimension !== "count")) return false;
  if (r.phrase && (r.phrase.words.length > 2 || !NOUNS.has(singular(r.phrase.head.lower)))) return false;
  return BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 50), mention.start));
}

export const VENUE_CAPACITY_STEP: SubjectStep = {
  name: "subject.capacity",
  run: (r) => {
    if (r.head !== undefined || r.casualty || r.named || !venueCapacity(r)) return;
    r.head = "capacity";
    r.rules.push("subject.capacity");
  },
};
