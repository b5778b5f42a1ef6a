import { normalizeUnitName, SUBUNITS } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** Amounts written across two numbers: dollars and cents, feet and inches. */
/** The part after the main unit: "50 cents", "and forty-five cents", "43c", "4 kopiykas", "1 pence", or a bare "50". */
const CENTS = /^(?:[ \t]{1,2}and)?[ \t]{1,2}(\d{1,2}|[a-z]{3,7}(?:[- ][a-z]{3,5})?)(?:(?![ \t]{1,2}(?:and|or)(?![A-Za-z]))([ \t]{1,2}[A-Za-z\u00C0-\u024F]{3,12})|(c))?(?![A-Za-z0-9])/i;
/** After unnamed cents ("15 dollars 50."), the phrase ends. */
const PHRASE_END = /^(?:[ \t]*(?:[.,;!?)]|$)|[ \t]{1,2}(?:and|or)[ \t])/;
const CENT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fifteen: 15, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

function centsOf(words: string): number | undefined {
  if (/^\d+$/.test(words)) return Number(words);
  const [tens, unit] = words.toLowerCase().split(/[- ]/);
  const value = (CENT_WORDS[tens ?? ""] ?? NaN) + (unit ? CENT_WORDS[unit] ?? NaN : 0);
  return Number.isNaN(value) || value >= 100 ? undefined : value;
}

/**
 * "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50.": one amount.
 * @example addCents("3 dollars 50 cents", threeDollars) // value 3.5, span over "50 cents"
 */
export function addCents(text: string, c: Candidate, signBefore = false): void {
  const unitWords = signBefore ? "$" : text.slice(c.numberEnd, c.end);
  // After a word or code ("dollars", "USD", "rupees") the cents may go unnamed; after a sign they must be named.
  const named = /[A-Za-z]{3}$/.test(unitWords);
  if (!Number.isInteger(c.value) || c.reading.scaled || c.upper || !c.unit || (!named && !/[^A-Za-z\s]$/.test(unitWords))) return;
  const m = CENTS.exec(text.slice(c.end, c.end + 40));
  const cents = m?.[1] ? centsOf(m[1]) : undefined;
  if (!m || cents === undefined) return;
  const coin = m[2]?.trim();
  // The coin must be this currency's ("4 kopiykas" after UAH, "43c" after a dollar), or unnamed after a name.
  // "cents" (and "c") are hundredths of whatever currency came first: "3 CAD 3 cents", "3 CHF 4 cents".
  const hundredths = coin !== undefined && /^cents?$/i.test(coin);
  const coinOf = coin && !hundredths ? SUBUNITS[normalizeUnitName(coin)]?.id : undefined;
  if (coin && !hundredths && coinOf !== c.unit.id) return;
  if (!coin && !m[3] && (!named || !PHRASE_END.test(text.slice(c.end + m[0].length, c.end + m[0].length + 5)))) return;
  c.value += cents / 100;
  c.step = 0.01;
  c.end += m[0].length;
  mark(c, "cents");
}

const INCHES = /^(?:[ \t]{1,2}and)?[ \t]{1,2}(\d{1,2}(?:\.\d{1,2})?)[ \t]{0,2}(?:in|inch|inches)(?![A-Za-z])/i;

/**
 * "5 ft 2 in", "5 feet and 2 inches": one length in feet.
 * @example addInches("5 ft 2 in", fiveFeet) // value 5.1666..., span over "2 in"
 */
export function addInches(text: string, c: Candidate): void {
  const m = INCHES.exec(text.slice(c.end, c.end + 24));
  if (!m?.[1] || c.upper) return;
  c.value += Number(m[1]) / 12;
  c.step = 1 / 12;
  c.end += m[0].length;
  mark(c, "feet-and-inches");
}
