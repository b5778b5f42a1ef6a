/**
 * Where a date can be. Chrono runs a dozen regexes over whatever it is given, so running it over
 * a whole article costs more than the rest of extraction together; most of an article has no
 * date in it. One cheap scan finds the words a date needs (a month or weekday name, a relative
 * day word, digits with a slash or dash, a dotted d.m.y, a clock time, a four-digit year; not a
 * decimal) and chrono only sees bounded windows around them.
 */

import { wordTrie } from "../word-trie.js";

/** "july" and "July": either first letter, the rest as written (news copy is not shouting). */
const eitherCase = (words: string[]) => words.flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)]);

/**
 * Lowercase "may", "march", "sat", "sun" are verbs and nouns far more often than dates, and
 * chrono drops them as lone words anyway (drop-non-dates.ts): only their capitalised forms
 * trigger. Full names and relative day words trigger in either case.
 */
const NAMES = wordTrie([
  ...eitherCase(["january", "february", "april", "june", "july", "august", "september", "october", "november", "december"]),
  ...eitherCase(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
  "May", "March", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
  ...eitherCase(["yesterday", "today", "tonight", "tomorrow", "ago", "earlier"]),
]);
/** Abbreviations in either case count next to a day number: "14 nov", "may 9". */
const ABBREVIATIONS = ["jan", "feb", "mar", "march", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
const RELATIVE = `${wordTrie(eitherCase(["last", "next", "this", "past", "previous", "coming", "following"]))}\\s{1,3}(?:calendar\\s{1,3})?${wordTrie(["week", "month", "year", "weekend", "decade", "century"])}|[Ee]nd\\s{1,2}of\\s{1,2}(?:year|month)`;

/**
 * What starts with a digit: "14 nov", "12/3", "2016-10", "15.07.2016", "2:30" (a clock time
 * triggers so a window that reaches a time reaches its end: "Tuesday from 2:00 to 2:30 pm"
 * must not be cut before "pm"), a year or a decade.
 */
const FROM_DIGITS = `\\d\\s?${wordTrie(eitherCase(ABBREVIATIONS))}\\b|\\d{1,4}[/-]\\d{1,2}|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(?:1\\d|20|21)\\d\\d(?:s\\b)?`;
/** What starts with a word: names, relative periods, "may 9", "Dec19", "on the 18th". */
const FROM_WORDS = `\\b(?:(?:${NAMES}|${RELATIVE})\\b|${wordTrie(eitherCase(ABBREVIATIONS))}\\.?\\s?\\d|on\\s{1,2}(?:the\\s{1,2})?\\d{1,2}(?:st|nd|rd|th)\\b)`;

/**
 * Every alternative is bounded: no nested quantifiers, so 1 MB of digits stays linear. Two
 * branches, each opening on one kind of character: the scan runs over every article whole.
 */
const TRIGGER = new RegExp(`${FROM_DIGITS}|${FROM_WORDS}`, "g");

/**
 * Context each side of a trigger: enough for "from ninth till", "the 15th day of", "since
 * early" on the left. The right needs less: what follows a date word ("Oct. 10, 2016") is
 * itself a trigger and extends the window. Chrono's cost grows with every character it sees.
 */
const PAD_LEFT = 40;
const PAD_RIGHT = 16;
/** Merged windows are cut at this length so one pathological run cannot make chrono quadratic. */
const MAX_WINDOW = 600;

export interface Window {
  start: number;
  end: number;
  /**
   * Whether anything but a bare four-digit year triggered it. A window with only years needs
   * none of chrono's parsers ("in 2011", "(2019)" are ours), which saves most of its cost.
   */
  full: boolean;
}

const BARE_YEAR = /^\d{4}s?$/;

/**
 * @example dateWindows("It rained. On 24 July, Assad met Putin.") // [{ start: 0, end: 39, full: true }]
 */
export function dateWindows(text: string): Window[] {
  const windows: Window[] = [];
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    const start = wordStart(text, Math.max(0, m.index - PAD_LEFT));
    const end = wordEnd(text, Math.min(text.length, m.index + m[0].length + PAD_RIGHT));
    const full = !BARE_YEAR.test(m[0]) || inDigitGroup(text, m.index, m.index + m[0].length);
    const last = windows[windows.length - 1];
    if (last && start <= last.end && end - last.start <= MAX_WINDOW) {
      last.end = Math.max(last.end, end);
      last.full ||= full;
    } else windows.push({ start, end, full });
  }
  return windows.filter((w) => !numbersOnly(text, w));
}

/** Long enough to be a table or a code list rather than a date with a little context. */
const TABLE_LENGTH = 120;

/**
 * "1-1-1-1…", "12/3 4/5 6/7 …": a long stretch that is nearly all digits and punctuation is a
 * table or a code list, not prose. Chrono would try every position of it (the costliest input
 * there is) and a story's dates are written among words.
 */
function numbersOnly(text: string, window: Window): boolean {
  if (window.end - window.start < TABLE_LENGTH) return false;
  let letters = 0;
  for (let i = window.start; i < window.end; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) letters++;
  }
  return letters * 10 < window.end - window.start;
}

/**
 * "2016 10 16", "2019/aug/01": a year joined to more date parts is chrono's to read; so is
 * "the third month of 2021", where the words before the year name the month.
 */
function inDigitGroup(text: string, start: number, end: number): boolean {
  return /^(?:[/.-][\dA-Za-z]|\s\d)/.test(text.slice(end, end + 2))
    || /(?:[\dA-Za-z][/.-]|\d\s|\bmonth\s{1,2}of\s{1,2})$/i.test(text.slice(Math.max(0, start - 12), start));
}

/** Move back to a word start so a window never begins inside "2016" (which would read as "016"). */
function wordStart(text: string, index: number): number {
  let i = index;
  const floor = Math.max(0, index - 20);
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEnd(text: string, index: number): number {
  let i = index;
  const ceiling = Math.min(text.length, index + 20);
  while (i < ceiling && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** What \s matches: ASCII white space, no-break and Unicode spaces, line and paragraph separators, BOM. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
