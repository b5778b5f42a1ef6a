/**
 * The clause a number sits in, read backwards from the number to the nearest boundary:
 * punctuation that separates clauses, or a word that opens a subordinate one. Modality, asOf
 * and subjects all ask "what governs this number", and the answer stops at these boundaries.
 */

// "as" opens a clause only before its subject ("as the YPG occupies"), not in "as well as".
const BOUNDARY_WORDS = /\b(?:since|because|when|where|which|who|whom|whose|that|while|although|though|after|before|until|but|unless|if)\b|\bas(?=\s+(?:the|it|they|he|she|we|its|their|[A-Z]))/g;

/** One character each, so a match ends right after it. */
const PUNCTUATION = /[,;:()–—"“”]/g;

/**
 * The text between the last clause boundary and `end`, within [sentenceStart, end).
 * @example clausePrefix("It would be odd since the war began in 2011", 0, 39) // " the war began in "
 */
export function clausePrefix(text: string, sentenceStart: number, end: number): string {
  const from = Math.max(sentenceStart, end - 300);
  const before = text.slice(from, end);
  let cut = 0;
  // test() rather than exec(): only where each match ends is read (lastIndex), and test builds
  // no match array, once per punctuation mark and clause word of every mention's clause.
  PUNCTUATION.lastIndex = 0;
  while (PUNCTUATION.test(before)) cut = PUNCTUATION.lastIndex;
  // A clause word that ends after the last mark lies wholly after it (a mark is no letter): the
  // words are read from the mark on.
  BOUNDARY_WORDS.lastIndex = cut;
  while (BOUNDARY_WORDS.test(before)) cut = BOUNDARY_WORDS.lastIndex;
  return before.slice(cut);
}
