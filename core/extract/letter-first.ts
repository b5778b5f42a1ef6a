/**
 * A pattern that opens with a lookbehind for no letter (`(?<![\p{L}])` or `(?<![\p{L}-])`), read
 * without it and the character before each match checked by hand. V8 runs such a lookbehind at
 * every position of the text before it tries the words after it (word-trie.ts wholeWords and
 * date-thing.ts nextVerb do the same for their own patterns): over the bench corpus the date
 * heads' `(?<![\p{L}-])(?:was\s+rushed\s+to\s+hospital|...)` took about 4 ms a round.
 *
 * Exact: the pattern without the lookbehind matches at a place exactly where the pattern with it
 * matches there and the code point before the place passes the lookbehind; the first place that
 * passes is the match the pattern as written finds, with the same groups. The code point before
 * is read as the `u` flag reads it (a surrogate pair is one) and tested with the pattern's own
 * flags (under "i", `[\p{L}]` also takes what case folding makes a letter). A global pattern's
 * `lastIndex` is kept as the pattern as written keeps it.
 */
export interface LetterFirst {
  lastIndex: number;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

const OPENING = /^\(\?<!\[\\p\{L\}(-?)\]\)/;

/**
 * @example letterFirst(String.raw`(?<![\p{L}-])(?:collapsed|burst)(?![\p{L}-])`, "giu").exec("It re-collapsed, then collapsed")?.index // 22
 */
export function letterFirst(source: string, flags: string): LetterFirst {
  const opening = OPENING.exec(source);
  if (!opening || !flags.includes("u") || flags.includes("y")) throw new Error(`letter-first: a pattern opening with (?<![\\p{L}]) or (?<![\\p{L}-]), flags with u and without y: ${source}`);
  const global = flags.includes("g");
  const rest = new RegExp(source.slice(opening[0].length), global ? flags : `${flags}g`);
  const before = new RegExp(`[\\p{L}${opening[1]}]`, flags.replace("g", ""));
  const hyphen = opening[1] === "-";
  // ASCII by its code: only letters (and the hyphen, where the lookbehind names it) are refused.
  const refused = (text: string, i: number): boolean => {
    const c = text.charCodeAt(i - 1);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (hyphen && c === 45);
    const pair = c >= 0xdc00 && c <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    return before.test(pair ? text.slice(i - 2, i) : text[i - 1]!);
  };
  const self: LetterFirst = {
    lastIndex: 0,
    exec(text) {
      rest.lastIndex = global ? self.lastIndex : 0;
      for (let m = rest.exec(text); m; m = rest.exec(text)) {
        const i = m.index;
        if (i === 0 || !refused(text, i)) {
          if (global) self.lastIndex = rest.lastIndex;
          return m;
        }
        // The next place, a whole character on: under "u" a match never starts inside a surrogate pair.
        rest.lastIndex = i + (isPairAt(text, i) ? 2 : 1);
      }
      if (global) self.lastIndex = 0;
      return null;
    },
    test: (text) => self.exec(text) !== null,
  };
  return self;
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
