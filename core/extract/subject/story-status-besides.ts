import type { Span } from "../span.js";
import { STATUS_WORDS } from "./data/story-counted.js";

/**
 * "The number of people confirmed killed jumped by nearly 1,200 to 5,209, with another 1,611
 * people still unaccounted for" (AFP on Typhoon Haiyan, 2013): "another" before a count of the
 * missing after a count of the dead brings in people of another status, not more of the missing.
 * The count is the whole of its own measure, the story's (story-names-step.ts), when its
 * sentence names no word of that status before it; "another 5 were found missing" after "12 missing"
 * is more of the same count.
 */

/** "another" (or "a further") right before a count. */
const ANOTHER_BEFORE = /\b(?:another|a\s+further)\s+$/iu;

/**
 * Whether a count after "another" is of another status than its sentence counted before it.
 * @example besidesOtherStatus("missing", text, sentence, mentionOf("1,611")) // true after "confirmed killed ... 5,209, with another"
 */
export function besidesOtherStatus(measure: string, text: string, sentence: Span, mention: Span): boolean {
  const words = STATUS_WORDS[measure];
  if (!words) return false;
  const before = text.slice(sentence.start, mention.start);
  if (!ANOTHER_BEFORE.test(before)) return false;
  return !words.test(before);
}
