import type { Span } from "../span.js";
import { caseBlind } from "../case-blind.js";

/**
 * A count its sentence gives as the dead and the hurt together: "32 people killed, injured in fire
 * in Egypt", "resulted in killing and wounding 32 people" (Hawar News Agency on the Cairo Ramses
 * station fire, 2019, whose own lead splits it into 10 killed and 22 injured). It is neither the
 * story's toll nor its injured, so it takes no story names (story-names-step.ts) and another
 * report's toll or injured never meets it as theirs.
 */

/** Right after the count: "(people) killed, injured", "dead and injured", "killed or wounded". */
const AFTER = /^\s+(?:[\p{L}-]+\s+)?(?:killed|dead)\s*(?:,|and|or|&|\/)\s*(?:injured|wounded|hurt)\b/iu;

/** Right before the count: "killing and wounding", "killed and injured", "dead or injured". */
const BEFORE = caseBlind(String.raw`\b(?:killing|killed|dead)\s+(?:and|or)\s+(?:wounding|injuring|injured|wounded|hurt)\s+(?:at\s+least\s+|some\s+|about\s+)?$`);

/**
 * Whether a count is of the dead and the hurt together.
 * @example combinedCasualties("32 people killed, injured in fire in Egypt", { start: 0, end: 2 }) // true
 */
export function combinedCasualties(text: string, mention: Span): boolean {
  return AFTER.test(text.slice(mention.end, mention.end + 40)) || BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
}
