import { literalPattern } from "../literal-pattern.js";
import { foldsToAscii } from "../case-blind.js";
import { NAMED_HOURS, ZONES } from "./data/times-of-day.js";

/**
 * Clock times in a text ("1:22 a.m.", "11.50 am", "14:30 GMT", "noon"), as time-of-day.ts reads
 * them: what `(?<![\d.:,])` + CLOCK_BODY (flags "gi", or "giu" where the text holds a long s or a
 * Kelvin sign) finds, read with the character before each match checked by hand. V8 runs a pattern's
 * opening lookbehind at every position of the text before it tries the clocks, and clockTimes
 * (dates/event-clock.ts) reads every article whole.
 *
 * Exact: the lookbehind tests the one character before a place, so the body matches at a place
 * exactly where the pattern with the lookbehind matches there and that character is no digit,
 * ".", ":" or ","; the first place that passes is the pattern's match, with the same groups. Every
 * match opens on an ASCII character (a digit, "n" or "m"), and under "u" no other character folds
 * into a digit or into ".", ":" or ",", so the code unit before is the character the lookbehind reads.
 */

/** Words as alternatives, the longest first, a space as one to three white-space characters. */
const escape = (words: string) => literalPattern(words).replace(/ /g, "\\s{1,3}");
export const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/** The opening of a clock's conversion in brackets: "19:00 (7 pm)", "18:00 (15:00 GMT)". */
const CONVERSION_OPEN = String.raw`\(\s*(?:\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?\s?m|\d{1,2}[:.h]?\d{2}\s*(?:${alternatives(Object.keys(ZONES))})\b)`;

/**
 * What a 24-hour clock told with no zone, "hours" or conversion needs before it to be a time: "at"
 * and the words that widen it ("The explosion occurred at around 18:15 in a mine"); a bare "18:15"
 * may be a score, a ratio or a verse. Only an hour no 12-hour clock writes (00 to 09, 13 to 23): "at 10:30"
 * may be a morning or an evening told without "pm".
 */
const AT_BEFORE = String.raw`\bat\s+(?:(?:around|about|approximately|roughly|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?`;

/** "1:22 a.m.", "11.50 am", "2 a.m.", "12:50 PM"; "14:30" only with a zone, "hours" or a conversion after it, or "at" before it (AT_BEFORE, asked once the digits match); "noon". */
const CLOCK_BODY = String.raw`(?:(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])(?:\.\s?m\.|m\b|\.m\b)`
  + String.raw`|([01]\d|2[0-3])[:h]([0-5]\d)(?=\s*(?:hours|hrs|\(?\s*(?:${alternatives(Object.keys(ZONES))})\b|${CONVERSION_OPEN}))`
  + String.raw`|\b(${alternatives(Object.keys(NAMED_HOURS))})\b`
  + String.raw`|(0\d|1[3-9]|2[0-3]):([0-5]\d)(?![\d:.,]?\d)(?<=${AT_BEFORE}\d\d:\d\d))`;

/** The clock pattern with its lookbehind, as written before: what `nextClock` answers for. */
export const CLOCK_SOURCE = String.raw`(?<![\d.:,])${CLOCK_BODY}`;

const BODY_UNICODE = new RegExp(CLOCK_BODY, "giu");
/** The body under "i" alone, for a text without a long s or a Kelvin sign (what case-blind.ts says), five times faster. */
const BODY_ASCII = new RegExp(CLOCK_BODY, "gi");

/**
 * The clock matches of a text in order, as `text.matchAll` of the pattern with its lookbehind gives them.
 * @example clockMatches("at 1:22 a.m. and 3,5 pm").map((m) => m[0]) // ["1:22 a.m."]
 */
export function clockMatches(text: string): RegExpExecArray[] {
  const body = foldsToAscii(text) ? BODY_UNICODE : BODY_ASCII;
  const out: RegExpExecArray[] = [];
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    const i = m.index;
    const c = i > 0 ? text.charCodeAt(i - 1) : -1;
    if ((c >= 48 && c <= 57) || c === 46 || c === 58 || c === 44) body.lastIndex = i + 1;
    else out.push(m);
  }
  return out;
}
