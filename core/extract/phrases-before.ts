/**
 * The longest listed phrase that ends right before a position ("no more than" before "500"),
 * read backwards word by word. A `$`-anchored regex over a slice does the same job but tries
 * every start position of the slice with every alternative, and qualifier words are looked for
 * before every number and duration of every article.
 */

export interface PhraseFound<T> {
  value: T;
  /** The words as written. */
  words: string;
  start: number;
}

export interface PhraseOptions {
  /** Which characters may separate words, and the phrase from the position. */
  space: "blank" | "whitespace";
  /** How many of them at most (at least one). */
  maxGap: number;
}

interface Phrase<T> {
  value: T;
  /** Lowercase, last word first. */
  words: string[];
}

const BLANK = (code: number) => code === 0x20 || code === 0x09;
const WHITESPACE = (code: number) => BLANK(code) || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x202f || code === 0x205f || code === 0xfeff;
const LETTER = /\p{L}/u;

/**
 * @example new PhrasesBefore([["atLeast", ["more than"]]], { space: "blank", maxGap: 2 }).find("more than 5", 10)
 * // { value: "atLeast", words: "more than", start: 0 }
 */
export class PhrasesBefore<T> {
  private readonly byLastWord = new Map<string, Phrase<T>[]>();
  private readonly isSpace: (code: number) => boolean;
  /** The lengths of the listed last words: only token ends of those lengths are looked up. */
  private readonly lastWordLengths = new Set<number>();

  constructor(entries: ReadonlyArray<readonly [T, readonly string[]]>, private readonly options: PhraseOptions) {
    this.isSpace = options.space === "blank" ? BLANK : WHITESPACE;
    for (const [value, phrases] of entries) {
      for (const phrase of phrases) {
        const words = phrase.toLowerCase().split(" ").reverse();
        const list = this.byLastWord.get(words[0]!) ?? [];
        list.push({ value, words });
        this.byLastWord.set(words[0]!, list);
        this.lastWordLengths.add(words[0]!.length);
      }
    }
    // Longest first, so "more than or equal to" is taken whole before "equal to"; on equal
    // length the earlier entry wins, as the first regex of a list would.
    for (const list of this.byLastWord.values()) list.sort((a, b) => b.words.join(" ").length - a.words.join(" ").length);
  }

  /** The longest phrase ending before `end`, separated from it by 1 to maxGap spaces. */
  find(text: string, end: number): PhraseFound<T> | null {
    const wordEnd = this.gapBefore(text, end);
    if (wordEnd < 0) return null;
    const token = this.tokenBefore(text, wordEnd);
    let best: PhraseFound<T> | null = null;
    for (let cut = 0; cut < token.length; cut++) {
      if (!this.lastWordLengths.has(token.length - cut)) continue;
      for (const phrase of this.byLastWord.get(token.slice(cut)) ?? []) {
        const start = this.matchBackwards(text, wordEnd - (token.length - cut), phrase.words);
        if (start >= 0 && (!best || end - start > end - best.start)) best = { value: phrase.value, words: text.slice(start, wordEnd), start };
      }
    }
    return best;
  }

  /** Where the word before the gap ends, or -1 when the gap is empty or too wide. */
  private gapBefore(text: string, end: number): number {
    let i = end;
    while (i > 0 && end - i <= this.options.maxGap && this.isSpace(text.charCodeAt(i - 1))) i--;
    const gap = end - i;
    return gap >= 1 && gap <= this.options.maxGap ? i : -1;
  }

  /** The non-space characters right before `end`, lowercased (at most 30). */
  private tokenBefore(text: string, end: number): string {
    let i = end;
    while (i > 0 && end - i < 30 && !WHITESPACE(text.charCodeAt(i - 1))) i--;
    return text.slice(i, end).toLowerCase();
  }

  /** Whether the earlier words of a phrase precede `lastWordStart`; returns the phrase start or -1. */
  private matchBackwards(text: string, lastWordStart: number, words: readonly string[]): number {
    let start = lastWordStart;
    for (let k = 1; k < words.length; k++) {
      const wordEnd = this.gapBefore(text, start);
      const word = words[k]!;
      if (wordEnd < word.length || text.slice(wordEnd - word.length, wordEnd).toLowerCase() !== word) return -1;
      start = wordEnd - word.length;
    }
    return start > 0 && LETTER.test(text[start - 1]!) ? -1 : start;
  }
}
