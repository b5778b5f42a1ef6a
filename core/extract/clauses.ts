/**
 * The clause a number sits in, read backwards from the number to the nearest boundary:
 * punctuation that separates clauses, or a word that opens a subordinate one. Modality, asOf
 * and subjects all ask "what governs this number", and the answer stops at these boundaries.
 */

// "as" opens a clause only before its subject ("as the YPG occupies"), not in "as well as".
const BOUNDARY_WORDS = /\b(?:since|because|when|where|which|who|whom|whose|that|while|although|though|after|before|until|but|unless|if)\b|\bas(?=\s+(?:the|it|they|he|she|we|its|their|[A-Z]))/g;

/** Whether a character (by its code) separates clauses: `[,;:()–—"“”]`. */
function isPunctuation(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x2013 || c === 0x2014 || c === 0x201c || c === 0x201d;
}

/**
 * The text between the last clause boundary and `end`, within [sentenceStart, end).
 * @example clausePrefix("It would be odd since the war began in 2011", 0, 39) // " the war began in "
 */
export function clausePrefix(text: string, sentenceStart: number, end: number): string {
  const from = Math.max(sentenceStart, end - 300);
  const before = text.slice(from, end);
  // Right after the last mark, found reading back from the number (a pattern read every mark of the 300 characters).
  let cut = before.length;
  while (cut > 0 && !isPunctuation(before.charCodeAt(cut - 1))) cut--;
  // A clause word that ends after the last mark lies wholly after it (a mark is no letter): the
  // words are read from the mark on. test() rather than exec(): only where each match ends is
  // read (lastIndex), and test builds no match array.
  BOUNDARY_WORDS.lastIndex = cut;
  while (BOUNDARY_WORDS.test(before)) cut = BOUNDARY_WORDS.lastIndex;
  return before.slice(cut);
}
