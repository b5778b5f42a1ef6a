import { getUnit, unitByNormalName, type UnitDef } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";
import { currencyOfNoun, isCurrencyNoun } from "./local-signs.js";

/** "13.1125 per dollar", "28.766 to the greenback", "0.92 against the euro": a price in another currency. */
const PER_CURRENCY = /^[ \t]{1,2}(?:per|to[ \t]{1,2}the|against[ \t]{1,2}the|a)[ \t]{1,2}(?:U\.?S\.?[ \t]{1,2})?(dollar|greenback|buck|euro|pound|sterling|yen|yuan)s?(?![A-Za-z])/i;
/** Words of the sentence before the figure that may name a currency. */
const WORD = /[A-Za-z]{3,12}/g;
const SENTENCE_END = /[.!?][ \t]+[A-Z]|\n/g;
/** "the rand/US dollar exchange rate ... was 7.9913", "at an exchange rate of 129.02". */
const EXCHANGE_RATE = /\bexchange[ \t]rates?\b|\/[ \t]?(?:US[ \t])?dollar\b/i;
/** "The peso closed at 58.99", "the rand ended at 14.36": a currency as the subject of a market verb. */
const CURRENCY_VERB = /\bthe[ \t]{1,2}(?:[a-z]{3,12}[ \t]{1,2})?([a-z]{3,12})[ \t]{1,2}(?:was[ \t]{1,2})?(?:closed|ended|finished|settled|traded|trading|opened|slipped|weakened|strengthened|firmed|fell|rose|was|stood|hit|declined|depreciated|appreciated|exchanged|exchanging)\b/i;
/**
 * "The peso closed at 58.99 to the dollar", "the local currency opened at 75.27 against the
 * dollar": the currency is the home one of a country the text leaves unnamed. The figure keeps a
 * rule naming the noun (`home-currency:peso`, `home-currency:local`), and the outlet's country
 * gives the currency when its money bears that noun (locale.ts).
 */
const HOME_CURRENCY = /\b(?:local|domestic|home)[ \t]{1,2}(?:currency|unit)\b/i;
export const HOME_RULE = "home-currency:";
/** Words for "the dollar" that name the currency priced against. */
const DOLLAR_WORDS = new Set(["dollar", "dollars", "greenback", "buck"]);

/**
 * An exchange rate written as a bare number: "the rand had weakened 0.65% to 13.1125 per
 * dollar", "the lira was trading at 28.766 to the greenback", "the rand/US dollar exchange rate
 * for the period was 7.9913", "the peso closed at 58.99". The number is a price in the currency
 * the sentence is about, per unit of the one after it; a shared noun ("peso", "shilling") is the
 * currency of the country the text names (local-signs.ts). Without such a subject, or without a
 * "per" phrase, an exchange-rate phrase or the currency as the subject of a market verb (then
 * only figures written with decimals), the number stays bare.
 * @example exchangeRate("the rand traded at 14.3775 per dollar", live) // 14.3775 ZAR
 */
export function exchangeRate(text: string, live: Candidate[]): void {
  let rate: Candidate | undefined;
  // Once per text: most texts quote no rate, and then only "per dollar" figures are looked at.
  let ratesQuoted: boolean | undefined;
  for (const c of live) {
    if (c.dropped || c.unit || c.countUnit || c.kind !== "quantity") continue;
    // "closed at 58.99 to the dollar, down from 58.87": a second decimal in the sentence is the same rate.
    const home = rate?.rules.find((r) => r.startsWith(HOME_RULE));
    if ((rate?.unit || home) && rate && c.step < 1 && c.reading.form === "digits" && c.start - rate.end <= 60 && !/[.!?;][ \t]/.test(text.slice(rate.end, c.start))) {
      if (rate.unit) c.unit = rate.unit;
      mark(c, rate.unit ? "exchange-rate" : home!);
      // A run of quotes ("at 133.54 ... from 148.02 ... a high of 164.42"): each is near the one before.
      rate = c;
      continue;
    }
    const per = startsPer(text, c.end) ? PER_CURRENCY.exec(text.slice(c.end, c.end + 32)) : null;
    if (!per) {
      if (!(c.step < 1 && c.reading.form === "digits")) continue;
      ratesQuoted ??= EXCHANGE_RATE.test(text) || CURRENCY_VERB.test(text);
      if (!ratesQuoted) continue;
      // Without "per": a decimal price in a sentence about an exchange rate or a currency's trading.
      const sentence = sentenceBefore(text, c.start);
      if (!EXCHANGE_RATE.test(sentence) && !CURRENCY_VERB.test(sentence)) continue;
    }
    const before = currencyBefore(text, c.start, per?.[1]?.toLowerCase() ?? "dollar");
    const subject = before.unit ?? (per ? undefined : localMoneyBefore(text, live, c));
    if (!subject) {
      const noun = before.noun ?? (HOME_CURRENCY.test(sentenceBefore(text, c.start)) ? "local" : undefined);
      if (noun) {
        mark(c, HOME_RULE + noun);
        rate = c;
      }
      continue;
    }
    c.unit = subject;
    mark(c, "exchange-rate");
    rate = c;
  }
}

/** Cheap first: one of the four ways of writing "per" follows. */
function startsPer(text: string, at: number): boolean {
  return text.startsWith(" per ", at) || text.startsWith(" to the ", at) || text.startsWith(" a ", at) || text.startsWith(" against the ", at);
}

/** The sentence up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const from = Math.max(0, at - 200);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + (m.index ?? 0) + 1;
  return text.slice(start, at);
}

/**
 * The last currency the sentence before `at` names, other than the one priced against; or else
 * the last shared currency noun ("peso") whose country the text leaves unnamed.
 */
function currencyBefore(text: string, at: number, against: string): { unit?: UnitDef; noun?: string } {
  let found: UnitDef | undefined;
  let noun: string | undefined;
  for (const m of sentenceBefore(text, at).matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (word === against || word === `${against}s` || (DOLLAR_WORDS.has(word) && DOLLAR_WORDS.has(against))) continue;
    const unit = unitByNormalName(word);
    // A lower-case code is an English word ("try", "all"): only names count here ("yen", "rand").
    if (unit?.dimension === "money" && unit.id.toLowerCase() !== word) found = unit;
    else if (!unit) {
      const shared = currencyOfNoun(text, word);
      const sharedUnit = shared ? getUnit(shared) : undefined;
      if (sharedUnit && !DOLLAR_WORDS.has(word)) found = sharedUnit;
      else if (!shared && !DOLLAR_WORDS.has(word) && isCurrencyNoun(word)) noun = word.replace(/s$/, "");
    }
  }
  return { unit: found, noun: found ? undefined : noun };
}

/**
 * "valued at Sh1.279 trillion ... at an exchange rate of 129.02": with no currency word, the
 * rate is in the currency of the sentence's money figure before it that is not the dollar.
 */
function localMoneyBefore(text: string, live: Candidate[], c: Candidate): UnitDef | undefined {
  const start = c.start - sentenceBefore(text, c.start).length;
  let found: UnitDef | undefined;
  for (const o of live) {
    if (o.start >= c.start) break;
    if (!o.dropped && o.start >= start && o.unit?.dimension === "money" && o.unit.id !== "USD") found = o.unit;
  }
  return found;
}
