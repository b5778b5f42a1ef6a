import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** "pounds" written right after the figure (not "lb"): the word a mass and several currencies share. */
const POUNDS_WORD = /^[ \t]{1,2}pounds?(?![A-Za-z])/i;
/** A price of another currency after it: "31 pounds to the dollar", "15.6 pounds for $1", "18.5 pounds per dollar". */
const PER_OTHER = /^[ \t]{1,2}(?:to|for|per|against|a)[ \t]{1,2}(?:the[ \t]{1,2}|one[ \t]{1,2}|a[ \t]{1,2})?(?:U\.?S\.?[ \t]{1,2})?(?:dollar|greenback|euro|\$[ \t]?1\b)/i;
/** The currencies called pounds, by the adjective the text names them with. */
const POUND_CURRENCIES: Array<[RegExp, string]> = [
  [/\begyptian[ \t]{1,2}(?:pound|local[ \t]currency|currency)/i, "EGP"],
  [/\blebanese[ \t]{1,2}(?:pound|lira|currency)/i, "LBP"],
  [/\bsyrian[ \t]{1,2}(?:pound|currency)/i, "SYP"],
  [/\bpounds?[ \t]{1,2}sterling\b|\bbritish[ \t]{1,2}pound/i, "GBP"],
];
/** Words of a money story around the figure: the pounds are a price, not a weight. */
const MONEY_WORDS = /\b(?:currency|exchange[ \t]rate|dollars?|greenback|devalu\w*|central[ \t]bank)\b/i;
/** Words of weighing in the sentence: "the parcel weighed 12 pounds" stays a weight. */
const WEIGHT_WORDS = /\b(?:weigh\w*|heav\w*|lighter|kilos?|kilograms?|lbs?|ounces?|tons?|tonnes?)\b/i;

/**
 * "The Egyptian pound plunged to below 31 pounds to the dollar", "a dollar was worth about 15.7
 * pounds": in a story that names a currency called the pound, pounds quoted against the dollar
 * (or in a sentence about the currency) are that currency, not a weight. Without the currency's
 * name the pounds stay as read.
 * @example poundCurrency("The Egyptian pound fell to 31 pounds to the dollar", live) // 31 EGP
 */
export function poundCurrency(text: string, live: Candidate[]): void {
  let currency: string | null | undefined;
  for (const c of live) {
    // Cheap first: a mass in pounds written out as the word.
    if (c.dropped || c.unit?.id !== "lb" || !POUNDS_WORD.test(text.slice(c.numberEnd, c.numberEnd + 9))) continue;
    const after = text.slice(c.end, c.end + 24);
    const sentence = sentenceAround(text, c.start, c.end);
    if (WEIGHT_WORDS.test(sentence) || (!PER_OTHER.test(after) && !MONEY_WORDS.test(sentence))) continue;
    currency ??= POUND_CURRENCIES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
    const unit = currency ? getUnit(currency) : undefined;
    if (!unit) return;
    c.unit = unit;
    mark(c, "pound-currency");
  }
}

/** The sentence around a span, at most 200 characters each side (also what pounds-weighed.ts reads). */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 200), start);
  const from = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("; "));
  const after = text.slice(end, end + 200);
  const to = after.search(/[.;!?](?:[ \t]|$)|\n/);
  return before.slice(from + 1) + text.slice(start, end) + (to < 0 ? after : after.slice(0, to));
}
