/**
 * The clause a number sits in, read backwards from the number to the nearest boundary:
 * punctuation that separates clauses, or a word that opens a subordinate one. Modality, asOf
 * and subjects all ask "what governs this number", and the answer stops at these boundaries.
 */

// "as" opens a clause only before its subject ("as the YPG occupies"), not in "as well as".
const BOUNDARY_WORDS = /\b(?:since|because|when|where|which|who|whom|whose|that|while|although|though|after|before|until|but|unless|if)\b|\bas(?=\s+(?:the|it|they|he|she|we|its|their|[A-Z]))/g;

/**
 * The text between the last clause boundary and `end`, within [sentenceStart, end).
 * @example clausePrefix("It would be odd since the war began in 2011", 0, 39) // " the war began in "
 */
export function clausePrefix(text: string, sentenceStart: number, end: number): string {
  const from = Math.max(sentenceStart, end - 300);
  const before = text.slice(from, end);
  let cut = 0;
  const punct = /[,;:()–—"“”]/g;
  for (let m = punct.exec(before); m; m = punct.exec(before)) cut = m.index + 1;
  BOUNDARY_WORDS.lastIndex = 0;
  for (let m = BOUNDARY_WORDS.exec(before); m; m = BOUNDARY_WORDS.exec(before)) {
    if (m.index + m[0].length > cut) cut = m.index + m[0].length;
  }
  return before.slice(cut);
}
