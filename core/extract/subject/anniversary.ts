import words from "./data/anniversary-words.js";
import type { SubjectContext } from "./context.js";
import { leadEnd } from "./story-lead.js";
import { TENS_WORDS, UNIT_WORDS } from "../numbers/words.js";
import { caseBlind } from "../case-blind.js";

/**
 * An anniversary story's event day: "Pakistan marks 15th anniversary of 2005 earthquake"
 * (published 2020-10-08), "24 April 2019 is the sixth anniversary of the Rana Plaza building
 * collapse". The day its lead tells is the commemoration's; the event fell that many years
 * before, on the same day of the year. Two retellings of one past event told years apart meet on
 * that day as two reports of one day do (core/check/frame/story-names.ts `retoldStory`).
 */

/**
 * How many years before its day a lead sentence puts the event it commemorates: the ordinal of
 * "the Nth anniversary of", "N-year anniversary"; none for a person's or a state's anniversary, or
 * for an event of the day that falls on another's anniversary ("struck on the 32nd anniversary of
 * the 1985 quake").
 * @example anniversaryYears("Armenia commemorates 24th anniversary of Spitak earthquake") // 24
 * @example anniversaryYears("The quake occurred on the 32nd anniversary of the 1985 earthquake") // undefined
 */
export function anniversaryYears(sentence: string): number | undefined {
  const told = ANNIVERSARY.exec(sentence);
  const ago = told ? null : COMMEMORATION.test(sentence) ? YEARS_AGO.exec(sentence) : null;
  const m = told ?? ago;
  if (!m || HAPPENED.test(sentence.slice(0, m.index))) return undefined;
  const years = told ? yearsOf((told[1] ?? told[2]!).toLowerCase()) : yearsOf(`${ago![1]!.toLowerCase()}-year`);
  return years !== undefined && years > 0 && years < 1000 ? years : undefined;
}

/**
 * The day `years` before an ISO day ("2019-04-24", 6 -> "2013-04-24"); 29 February falls on the
 * 28th in a common year.
 */
export function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const date = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

function yearsOf(word: string): number | undefined {
  const digits = /^(\d{1,3})(?:st|nd|rd|th|-year)?$/.exec(word);
  if (digits) return Number(digits[1]);
  if (words.named[word] !== undefined) return words.named[word];
  if (words.ordinals[word] !== undefined) return words.ordinals[word];
  const [tens, unit] = word.replace(/-year$/, "").split(/[\s-]+/);
  const ten = words.tens[tens ?? ""];
  const one = words.ordinals[unit ?? ""] ?? CARDINALS.get(unit ?? "");
  if (ten !== undefined && one !== undefined && one < 10) return ten + one;
  const cardinal = CARDINALS.get(word.replace(/-year$/, ""));
  return word.endsWith("-year") ? cardinal : undefined;
}

/** "one" .. "nineteen", "twenty" .. "ninety": the words of a count of years. */
const CARDINALS = new Map([...UNIT_WORDS, ...TENS_WORDS].filter(([, n]) => n > 0 && n < 100));

const ORDINAL_WORD = `(?:${Object.keys(words.tens).join("|")})[\\s-]+(?:${Object.keys(words.ordinals).slice(0, 9).join("|")})|${[...Object.keys(words.ordinals), ...Object.keys(words.named)].join("|")}`;
const YEAR_WORD = `(?:\\d{1,3}|(?:${Object.keys(words.tens).join("|")})[\\s-]+\\w+|\\w+)-year`;

/** "the 24th anniversary of", "Sixth anniversary of", "one-year anniversary", "the centenary of": the count, then no person's or state's word. */
const ANNIVERSARY = caseBlind(
  String.raw`\b(\d{1,3}(?:st|nd|rd|th)|${ORDINAL_WORD}|${YEAR_WORD})\s+(?!(?:${words.notEvent.join("|")})\b)anniversary\b|\b(${Object.keys(words.named).join("|")})\s+of\b`,
);

/** "the tragedy that happened one year ago", in a sentence of commemoration. */
const YEARS_AGO = caseBlind(String.raw`\b(\d{1,3}|${[...CARDINALS.keys()].join("|")})\s+years?\s+ago\b`);

const COMMEMORATION = caseBlind(String.raw`\b(?:${words.commemoration.join("|")})\b`);

/** A happening verb right before "on the ... anniversary": an event of the day on another's anniversary. */
const HAPPENED = new RegExp(String.raw`\b(?:${words.happened.join("|")})\s+(?:\S+\s+){0,3}?on\s+(?:the\s+)?(?:\S+\s+)?$`, "iu");

/**
 * Whether a story commemorates a past event: its headline or lead is an anniversary's. Its
 * figures told beside the word "anniversary" are that event's, not another event's.
 */
export function commemorates(context: SubjectContext): boolean {
  let told = COMMEMORATES.get(context);
  if (told === undefined) COMMEMORATES.set(context, (told = anniversaryYears(context.text.slice(0, leadEnd(context))) !== undefined));
  return told;
}

const COMMEMORATES = new WeakMap<SubjectContext, boolean>();
