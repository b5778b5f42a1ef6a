/** One word of a spelled-out number, with where it sits. */
export interface Word {
  start: number;
  end: number;
  /** Lowercased. */
  text: string;
}

/** Up to three spaces, optionally a hyphen with up to three spaces either side, then a word. */
const NEXT_WORD = /[ \t\u00a0]{0,3}(?:[-\u2010\u2011][ \t\u00a0]{0,3})?([A-Za-z]{1,20})(?![A-Za-z])/y;

/**
 * The word after position `i`, across a space or a hyphen ("fifty-two", "fifty - two"), never
 * across a line break or other punctuation.
 * @example nextWord("fifty - two", 5)?.text // "two"
 */
export function nextWord(text: string, i: number): Word | null {
  NEXT_WORD.lastIndex = i;
  const m = NEXT_WORD.exec(text);
  if (!m || !m[1]) return null;
  const end = NEXT_WORD.lastIndex;
  return { start: end - m[1].length, end, text: m[1].toLowerCase() };
}
