/**
 * A pattern that opens with a word boundary (`\b(?:another|earlier ...)`), read without it and the
 * boundary checked by hand where a match starts. Under the flags "iu" V8 cannot skip ahead to a
 * possible first character of such a pattern and tries every position: over the bench corpus's
 * sentences the subject step's `\b(?:initial|original|previous ...)\s+(?:[\p{L}-]+\s+){0,2}?...`
 * took 34 ms read as written and 7.5 read this way (session 15, H). caseBlind (case-blind.ts) is
 * faster still but takes only patterns of ASCII words; this takes any, `\p` included.
 *
 * Exact: `\b` is a test of the two characters around a place, so the pattern without it matches at
 * a place exactly where the pattern with it matches there and the characters around the place are
 * of two kinds; the first place that passes is the match the pattern as written finds, with the
 * same groups. A word character is an ASCII letter, digit or "_", and under "iu" also the long s
 * and the Kelvin sign (case folding makes them "s" and "k").
 */
export interface BoundaryFirst {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * @example boundaryFirst(String.raw`\b(?:another|second)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu").test("a second deadly ") // true
 */
export function boundaryFirst(source: string, flags: string): BoundaryFirst {
  if (!source.startsWith("\\b") || /[gy]/.test(flags)) throw new Error(`boundary-first: a pattern opening with \\b, flags without g or y: ${source}`);
  const rest = new RegExp(source.slice(2), `${flags}g`);
  const unicode = flags.includes("u");
  const word = unicode && flags.includes("i") ? isFoldedWordChar : isWordChar;
  const exec = (text: string): RegExpExecArray | null => {
    rest.lastIndex = 0;
    for (let m = rest.exec(text); m; m = rest.exec(text)) {
      const i = m.index;
      if ((i > 0 && word(text.charCodeAt(i - 1))) !== (i < text.length && word(text.charCodeAt(i)))) return m;
      // The next place, a whole character on: under "u" a match never starts inside a surrogate pair.
      rest.lastIndex = i + (unicode && isPairAt(text, i) ? 2 : 1);
    }
    return null;
  };
  return { test: (text) => exec(text) !== null, exec };
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** A word character of a case-blind Unicode pattern: also the long s and the Kelvin sign. */
function isFoldedWordChar(c: number): boolean {
  return isWordChar(c) || c === 0x17f || c === 0x212a;
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
