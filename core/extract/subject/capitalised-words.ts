import TITLE_LOWER from "./data/story-title-words.js";

/**
 * Capitalised words and title case, read by scanning the characters of a sentence once: the
 * story's names (sentence-names.ts) read every sentence of a story, and regex matches built an
 * array per word. Each test means what its regex says (`\p{Lu}`, `\p{Ll}`, `\p{L}` by code
 * point, a surrogate pair counting as one); ASCII is told by its codes, other characters by
 * the regex.
 */

/** A capitalised word of a sentence: where it starts and ends, as written. */
export interface CapitalisedAt {
  word: string;
  at: number;
  end: number;
}

/**
 * The words `/(?<![\p{L}’'-])\p{Lu}\p{Ll}[\p{L}’'-]*\/gu` matches: a capital then a small letter
 * where no letter, apostrophe or hyphen stands before, running on over letters, apostrophes and
 * hyphens ("O’Brien’s", "Jean-Paul"); not all capitals (datelines, acronyms).
 * @example capitalisedWords("In Santa Maria’s Kiss, NASA").map((w) => w.word) // ["In", "Santa", "Maria’s", "Kiss"]
 */
export function capitalisedWords(sentence: string): CapitalisedAt[] {
  const out: CapitalisedAt[] = [];
  const n = sentence.length;
  // Only a capital can open a word: the native scan jumps from one possible capital to the next
  // (most of a sentence is lowercase ASCII, spaces and punctuation), and the letter before it,
  // the one after it and the rest of the word are read by hand.
  const capitals = MAY_BE_CAPITAL;
  capitals.lastIndex = 0;
  while (capitals.test(sentence)) {
    const i = capitals.lastIndex - 1;
    const cp = sentence.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (cp >= 128 && !isUpper(cp)) {
      // A pair's low half is no capital of its own.
      capitals.lastIndex = next;
      continue;
    }
    // The word's second letter must be small: a capital at the end opens nothing, here or later.
    if (next >= n) break;
    if (i > 0 && isNameChar(codePointBefore(sentence, i))) continue;
    const second = sentence.codePointAt(next)!;
    if (!isLower(second)) continue;
    let j = next + (second > 0xffff ? 2 : 1);
    while (j < n) {
      const c = sentence.charCodeAt(j);
      if (c < 128) {
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45)) break;
        j++;
        continue;
      }
      const name = sentence.codePointAt(j)!;
      if (!isNameChar(name)) break;
      j += name > 0xffff ? 2 : 1;
    }
    out.push({ word: sentence.slice(i, j), at: i, end: j });
    capitals.lastIndex = j;
  }
  return out;
}

/**
 * Where a capital may stand: an ASCII capital, or a character outside ASCII that is no
 * Latin-1 sign nor general punctuation (quotes, dashes), each asked of `\p{Lu}` after. Not the
 * `u` flag: the jump over each character is much faster without it; a surrogate pair is read whole after.
 */
const MAY_BE_CAPITAL = /[A-Z\u00C0-\u1FFF\u2070-\uFFFF]/g;

/** The code point ending right before `i` (a surrogate pair read whole, as a forward reading pairs it). */
function codePointBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * A headline in title case ("Stadium Crush Toll Rises To 131"): of its words of four letters or
 * more (`/\p{L}{4,}/gu`), at least three, and more than 0.6 of them capitalised
 * (`/(?<!\p{L})\p{Lu}\p{L}{3,}/gu`), and fewer than two of the others words title case keeps
 * in lower case (data/story-title-words.ts: "from", "with", "into"). A sentence dense with names
 * ("The Qingdao Jiaozhou Bay Bridge in China's Shangdong province opened Thursday") is no title:
 * its own lowercase words ("province", "opened") say so.
 * @example isTitleCase("Stadium Crush Toll Rises To 131 at Kanjuruhan") // true
 */
export function isTitleCase(sentence: string): boolean {
  let words = 0;
  let caps = 0;
  let plain = 0;
  let run = 0;
  let upperFirst = false;
  let start = 0;
  const n = sentence.length;
  for (let i = 0; i <= n;) {
    const cp = i < n ? sentence.codePointAt(i)! : -1;
    if (cp >= 0 && isLetter(cp)) {
      if (run === 0) {
        upperFirst = isUpper(cp);
        start = i;
      }
      run++;
    } else {
      if (run >= 4) {
        words++;
        if (upperFirst) caps++;
        // Two plain lowercase words already say no title: prose ends its scan here.
        else if (!TITLE_LOWER_WORDS.has(sentence.slice(start, i)) && ++plain >= 2) return false;
      }
      run = 0;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return words >= 3 && caps / words > 0.6 && plain < 2;
}

/**
 * Whether a name written at `starts` of a sentence is capitalised where a common word would not
 * be, at least once: the sentence is not in title case and one of them opens no clause.
 */
export function isProperAt(sentence: string, starts: readonly number[]): boolean {
  return starts.some((at) => !startsClause(sentence, at)) && !isTitleCase(sentence);
}

/** Whether a word opens its sentence, line, quotation, or a clause after a colon or dash: capitalised by position, not as a name. */
function startsClause(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return /^[\s"“‘'([•*·–—-]*$/u.test(before) || /(?:\n|[:;—–]\s|\s-\s|["“‘(]\s*)$/u.test(before);
}

const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(TITLE_LOWER);

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

function isUpper(cp: number): boolean {
  return cp < 128 ? cp >= 65 && cp <= 90 : UPPER.test(String.fromCodePoint(cp));
}

function isLower(cp: number): boolean {
  return cp < 128 ? cp >= 97 && cp <= 122 : LOWER.test(String.fromCodePoint(cp));
}

function isLetter(cp: number): boolean {
  return cp < 128 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER.test(String.fromCodePoint(cp));
}

/** A letter, an apostrophe (' or ’) or a hyphen: what a name runs on over. */
function isNameChar(cp: number): boolean {
  return cp === 39 || cp === 45 || cp === 0x2019 || isLetter(cp);
}
