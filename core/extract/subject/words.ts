import type { Span } from "../span.js";

/** A word of the body with its offsets. Hyphens and apostrophes stay inside ("Turkish-Syrian", "Istanbul’s"). */
export interface Word extends Span {
  text: string;
  lower: string;
}

// Initials first, so "U.S." keeps its last period and reads as one name. A run of ASCII letters
// is taken in one step: Unicode classes cost a table look-up per character, and news copy is
// mostly ASCII.
const WORD = /(?:\p{Lu}\.){2,4}|[\p{L}\p{N}](?:[A-Za-z0-9]{1,60}|[\p{L}\p{N}\p{M}]|[-'’.](?=[\p{L}\p{N}])){0,60}/gu;

/**
 * The words of text[from, to), in order. Bounded: callers pass windows of a sentence.
 * @example wordsIn("Syrian refugees, in Turkey", 0, 26).map((w) => w.text) // ["Syrian", "refugees", "in", "Turkey"]
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  return scan(text, from, to, Infinity, []);
}

/**
 * The first `count` words of text[from, to), as wordsIn would give them: the split stops there.
 * @example firstWordsIn("of the war", 0, 10, 2).map((w) => w.text) // ["of", "the"]
 */
export function firstWordsIn(text: string, from: number, to: number, count: number): Word[] {
  return scan(text, from, to, count, []);
}

/**
 * The last `count` words of text[from, to) (all when fewer), as wordsIn would give them, read
 * from the end: a white-space character is never inside a word, so the split of the window
 * from one is the split of the window's rest, and only the last few stretches are split.
 * @example lastWordsIn("the war began in", 0, 16, 2).map((w) => w.text) // ["began", "in"]
 */
export function lastWordsIn(text: string, from: number, to: number, count: number): Word[] {
  let at = Math.min(to, text.length);
  const reversed: Word[] = [];
  while (at > from && reversed.length < count) {
    let space = at - 1;
    while (space > from && !isSpace(text.charCodeAt(space))) space--;
    // [space, at) is one stretch; its split inside the window does not depend on what is before it.
    const part = scan(text, space, at, Infinity, []);
    for (let k = part.length - 1; k >= 0 && reversed.length < count; k--) reversed.push(part[k]!);
    at = space;
  }
  return reversed.reverse();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11;
}

/** Up to `max` words of text[from, to), pushed onto `words`. */
function scan(text: string, from: number, to: number, max: number, words: Word[]): Word[] {
  // Offsets a slice reads its own way (negative from the end, fractional) take the slice's reading.
  if (from < 0 || to < 0 || !Number.isInteger(from) || !Number.isInteger(to)) return scanSlice(text, from, to, max, words);
  // Hot: every number reads several windows. A plain ASCII word followed by a character that
  // cannot extend it is read here by hand, in the text itself (no copy of the window); every
  // other start (initials, a letter outside ASCII, a hyphen, apostrophe or period after the
  // run) is left to WORD at that very position of the window, copied once on first need, so
  // the words are those of WORD alone and WORD never reads past the window's end.
  const end = Math.min(to, text.length);
  let slice: string | undefined;
  let i = from;
  while (i < end && words.length < max) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiAlnum(c)) {
        i++;
        continue;
      }
      // Whether the run holds a capital: most words of news copy hold none, and then the word
      // is its own lower case (toLowerCase changes only A-Z in an ASCII word), without a call.
      let upper = c <= 90 && c >= 65;
      let j = i + 1;
      for (; j < end && j - i <= 61; j++) {
        const d = text.charCodeAt(j);
        if (!isAsciiAlnum(d)) break;
        if (d <= 90 && d >= 65) upper = true;
      }
      const next = j < end ? text.charCodeAt(j) : -1;
      if (j - i <= 61 && (next === -1 || (next < 128 && !isAsciiAlnum(next) && next !== 45 && next !== 39 && next !== 46))) {
        const word = text.slice(i, j);
        words.push({ start: i, end: j, text: word, lower: upper ? word.toLowerCase() : word });
        i = j;
        continue;
      }
    }
    slice ??= text.slice(from, end);
    WORD_AT.lastIndex = i - from;
    const m = WORD_AT.exec(slice);
    if (!m) {
      i++;
      continue;
    }
    words.push({ start: i, end: i + m[0].length, text: m[0], lower: m[0].toLowerCase() });
    i += m[0].length;
  }
  return words;
}

/** scan over a copy of text[from, to): what it does for any offsets. */
function scanSlice(text: string, from: number, to: number, max: number, words: Word[]): Word[] {
  const slice = text.slice(from, to);
  const n = slice.length;
  let i = 0;
  while (i < n && words.length < max) {
    WORD_AT.lastIndex = i;
    const m = WORD_AT.exec(slice);
    if (!m) {
      i++;
      continue;
    }
    words.push({ start: from + i, end: from + i + m[0].length, text: m[0], lower: m[0].toLowerCase() });
    i += m[0].length;
  }
  return words;
}

/** WORD at one position only (sticky). */
const WORD_AT = new RegExp(WORD.source, "uy");

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Only a few spaces between two offsets: the words are adjacent.
 * @example adjacent("Syrian refugees", 6, 7) // true
 */
export function adjacent(text: string, end: number, start: number): boolean {
  return start >= end && start - end <= 3 && /^[\s\u00a0]*$/.test(text.slice(end, start));
}

/**
 * Whether a word starts with a capital letter.
 * @example isCapitalized(wordsIn("Türkiye", 0, 7)[0]) // true
 */
export function isCapitalized(word: Word): boolean {
  return CAPITAL_FIRST.test(word.text);
}

// Module constants: a pattern literal inside a function is a new RegExp object per call (these are asked of every word read).
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * The owner of a possessive, or null when the word is not one.
 * @example possessiveOwner(wordsIn("Istanbul’s", 0, 10)[0]) // "Istanbul"
 */
export function possessiveOwner(word: Word): string | null {
  const m = POSSESSIVE.exec(word.text);
  return m ? m[1]! : null;
}

const POSSESSIVE = /^(.+)['’]s$/u;

/**
 * Singular lowercase form of a counted noun: "refugees" -> "refugee", "people" -> "person".
 * @example singular("casualties") // "casualty"
 */
export function singular(word: string): string {
  const w = word.toLowerCase().replace(POSSESSIVE_END, "");
  const irregular = Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : undefined;
  if (irregular) return irregular;
  if (w.length <= 3 || KEEPS_S.test(w)) return w;
  if (IES.test(w)) return `${w.slice(0, -3)}y`;
  if (ES.test(w)) return w.slice(0, -2);
  if (S_END.test(w)) return w.slice(0, -1);
  return w;
}

const POSSESSIVE_END = /['’]s$/;
const KEEPS_S = /(?:ss|us|is|ics|news)$/;
const IES = /ies$/;
const ES = /(?:ches|shes|xes|sses|zes)$/;
const S_END = /s$/;

const IRREGULAR: Record<string, string> = {
  people: "person", persons: "person", individuals: "person", children: "child", men: "man", women: "woman",
  lives: "life", wives: "wife", feet: "foot", teeth: "tooth", mice: "mouse", geese: "goose", police: "police",
  personnel: "personnel", troops: "troop", staff: "staff", data: "data", media: "media", series: "series",
};
