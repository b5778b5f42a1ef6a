/*
 * The words of a figure's clause before it, read by hand for the change readers (change-read.ts,
 * level-clauses.ts): a clause ends at ; : ! ? brackets, quotes, a line break, or a comma or dot
 * that is no part of a number or an abbreviation.
 */

/** How far back a change word may be, in characters. */
export const REACH = 80;

export interface Word { text: string; start: number }

export const isDigit = (code: number) => code >= 48 && code <= 57;
/** ; : ! ? ( ) newline and the quotes: a clause ends there whatever follows. */
const HARD_ENDS = new Set([59, 58, 33, 63, 40, 41, 10, 34, 0x201c, 0x201d]);
export const isBlank = (code: number) => code === 32 || code === 9 || code === 0xa0;

/**
 * The words of the figure's clause before `end`, lower case, at most REACH characters back.
 * Read by hand, backwards to the nearest clause end (a comma between digits, "2,158", or a
 * decimal dot is none), then forwards word by word: this runs for every figure near a change
 * word, and two regex passes with a match object per word cost a tenth of the change step.
 */
export function wordsBefore(text: string, end: number): { words: Word[]; clauseStart: boolean; comma: boolean } {
  const from = Math.max(0, end - REACH);
  let cut = from;
  let found = false;
  let comma = false;
  for (let i = end - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    const soft = code === 46 || code === 44;
    if (HARD_ENDS.has(code) || gluedDash(text, i, code) || (soft && !(i + 1 < end && isDigit(text.charCodeAt(i + 1))) && !(code === 46 && abbreviationDot(text, i)))) {
      cut = i + 1;
      found = true;
      comma = code === 44;
      break;
    }
  }
  const words: Word[] = [];
  let i = cut;
  while (i < end) {
    while (i < end && isBlank(text.charCodeAt(i))) i++;
    const start = i;
    while (i < end && !isBlank(text.charCodeAt(i))) i++;
    if (i > start) pushWord(words, text.slice(start, i).toLowerCase(), start);
  }
  return { words, clauseStart: found || from === 0, comma };
}

/** An ASCII letter, by its code. */
export const isLetterCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * "earnings before interest ... and amortisation—rose 11%": an em dash glued to a word on either
 * side closes an aside, so the words before it are another clause (a spaced dash is read as a word).
 */
function gluedDash(text: string, i: number, code: number): boolean {
  return code === 0x2014 && isLetterCode(text.charCodeAt(i - 1)) && isLetterCode(text.charCodeAt(i + 1));
}

/** Month abbreviations a wire dots mid-sentence: "declined to 11.24 million bpd in Sept. 1-29 from 11.29 million". */
const MONTH_ABBREVIATIONS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/** A dot that abbreviates, not one that ends a clause: a month ("Sept."), an initial of "U.S." or "U.K.". */
export function abbreviationDot(text: string, dot: number): boolean {
  const before = text.charCodeAt(dot - 1);
  // "U.S.": one capital after a dot or a space.
  if (before >= 65 && before <= 90 && (dot < 2 || text[dot - 2] === "." || isBlank(text.charCodeAt(dot - 2)))) return true;
  let start = dot;
  while (start > 0 && start > dot - 5 && /[A-Za-z]/.test(text[start - 1]!)) start--;
  return start < dot && /[A-Z]/.test(text[start]!) && MONTH_ABBREVIATIONS.has(text.slice(start, dot).toLowerCase()) && !/[A-Za-z]/.test(text[start - 1] ?? "");
}

/** "0.25%to": a percent sign glued to the next word (a lost space) is two words. */
function pushWord(words: Word[], word: string, start: number): void {
  const sign = word.indexOf("%");
  if (sign > 0 && sign < word.length - 1 && /^[a-z]+$/.test(word.slice(sign + 1))) {
    words.push({ text: word.slice(0, sign + 1), start }, { text: word.slice(sign + 1), start: start + sign + 1 });
  } else words.push({ text: word, start });
}
