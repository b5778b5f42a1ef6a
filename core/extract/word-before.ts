/**
 * The word a stretch of text ends with before its trailing white space: what
 * `/([\p{L}-]+)\s+$/u.exec(stretch)?.[1]` gives, read backwards from the end. The pattern as
 * written tries every place of the stretch and runs each word to its end before it fails (about
 * a microsecond for twenty characters), and it was asked before every event noun and venue.
 *
 * Exact: a match needs white space to the end, at least one character of it, and right before
 * that a run of letters and hyphens; the first place the pattern matches from is the start of
 * that whole run. White space is what `\s` reads; a letter outside ASCII is read as the `u` flag
 * reads it (a surrogate pair is one code point). `/([a-z]+)\s+$/i` reads ASCII letters only:
 * without the `u` flag no other character folds into one.
 */

const SPACE = /\s/;
const LETTER = /[\p{L}-]/u;

/** @example wordBeforeEnd("the ferry ") // "ferry" */
export function wordBeforeEnd(stretch: string): string | undefined {
  const run = runBeforeEnd(stretch, false);
  return run && stretch.slice(run.start, run.end);
}

/**
 * The same for `/([a-z]+)\s+$/i`: the run of ASCII letters before the trailing white space, and
 * where it starts (the match runs from there to the end).
 * @example asciiWordBeforeEnd("were evacuated ") // { start: 5, end: 14 }
 */
export function asciiWordBeforeEnd(stretch: string): { start: number; end: number } | undefined {
  return runBeforeEnd(stretch, true);
}

/**
 * Where the white space ending a stretch starts (as `\s+$` reads it), or -1 when the stretch does
 * not end in white space.
 * @example spaceBeforeEnd("the typhoon ") // 11
 */
export function spaceBeforeEnd(stretch: string): number {
  let end = stretch.length;
  while (end > 0 && isSpace(stretch.charCodeAt(end - 1))) end--;
  return end === stretch.length ? -1 : end;
}

function runBeforeEnd(stretch: string, ascii: boolean): { start: number; end: number } | undefined {
  const end = spaceBeforeEnd(stretch);
  if (end < 0) return undefined;
  let start = end;
  while (start > 0) {
    const c = stretch.charCodeAt(start - 1);
    if (c < 128 || ascii) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c === 45 && !ascii))) break;
      start--;
      continue;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && start > 1 && stretch.charCodeAt(start - 2) >= 0xd800 && stretch.charCodeAt(start - 2) <= 0xdbff;
    if (!LETTER.test(pair ? stretch.slice(start - 2, start) : stretch[start - 1]!)) break;
    start -= pair ? 2 : 1;
  }
  return start < end ? { start, end } : undefined;
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}
