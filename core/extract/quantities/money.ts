import { getUnit, type UnitDef } from "../../units/index.js";
import { times } from "../numbers/index.js";
import { mark, type Candidate } from "./candidate.js";
import { readUnitAfter } from "./unit-reader.js";
import { addCents } from "./compound-amounts.js";
import { currencyNameBefore } from "./money-names.js";
import { bareLetterCurrency } from "./bare-letter-money.js";

/**
 * Dollar signs with a country before them, any case: "US$", "hk $", "Mex$", "C$". A single
 * letter must touch the sign ("a $5 fee" is no Australian dollar), except "c $" for Canada.
 */
const DOLLAR_PREFIX = /(?:^|[^A-Za-z.'])((?:(?:u\.?s\.?|usd|ca|cad|au|aud|nz|nzd|hk|hkd|sgd|mex|mx|mxn|c)[ \t]?|[acsr])?\$)[ \t]{0,2}$/i;
const DOLLARS: Record<string, string> = {
  "": "USD", us: "USD", usd: "USD", c: "CAD", ca: "CAD", cad: "CAD", a: "AUD", au: "AUD", aud: "AUD", nz: "NZD", nzd: "NZD",
  hk: "HKD", hkd: "HKD", s: "SGD", sgd: "SGD", r: "BRL", mex: "MXN", mx: "MXN", mxn: "MXN",
};
/**
 * Other signs and ISO codes before the amount: "€1.5bn", "£ 8.10 million", "TL 500", "USD115",
 * "RS252.63" (rupees in capitals only glued: "Audi RS 5" is a car).
 * A sign is a sign even glued to the word before it ("Total damage¥14.4 billion", an infobox
 * row); letters need a word boundary.
 */
const SIGN_PREFIX = /(?:(€|£|¥|₺|₹|₽|₩|₪|₦|₴|₿|₱|฿|₫|৳|GH₵|GH¢)|(?:^|[^A-Za-z])(Rs\.?|RS(?![ \t])|Rp\.?|Tk\.?|KShs?\.?|Kshs?\.?|Kes\.|KES\.|GHs\.?|RM|LE|M[A-Z]{3}|[A-Za-z]{3}|TL))[ \t]{0,2}$/;
const SIGNS: Record<string, string> = { "€": "EUR", "£": "GBP", "¥": "JPY", "₺": "TRY", "₹": "INR", "Rs": "INR", "Rs.": "INR", RS: "INR", "₽": "RUB", "₩": "KRW", "₪": "ILS", "₦": "NGN", "₴": "UAH", "₿": "BTC", TL: "TRY", RM: "MYR", "₱": "PHP", "฿": "THB", "₫": "VND", "৳": "BDT", "GH₵": "GHS", "GH¢": "GHS",
  Rp: "IDR", "Rp.": "IDR", Tk: "BDT", "Tk.": "BDT", KSh: "KES", KShs: "KES", Ksh: "KES", Kshs: "KES", "KSh.": "KES", "Ksh.": "KES", "Kshs.": "KES", "Kes.": "KES", "KES.": "KES", GHs: "GHS", "GHs.": "GHS", LE: "EGP", rmb: "CNY", RMB: "CNY", nis: "ILS", NIS: "ILS" };
/** Signs of a coin before the amount: Ghanaian market reports price shares in pesewas, "GHp 85" (0.85 cedi). */
const COIN_SIGNS: Record<string, { id: string; factor: number }> = { GHp: { id: "GHS", factor: 0.01 } };
/** Codes that are English words in lower case: only read in capitals. */
const CAPITALS_ONLY = new Set(["TRY", "ALL", "SAR", "TOP", "CUP", "MOP", "BAM", "PEN", "GEL", "WON", "AED", "RUB", "NIS", "TL", "PHP"]);
/** "£3m", "$5m": after a currency sign a lowercase m is millions, not metres. */
// "RM6.7bil", "RM500mil": Malaysian papers (The Star) abbreviate the scale words as bil and mil.
const MONEY_SCALE = /(m|mn|mil|bn|bil|b|k|tn|trn|tr|T)(?![A-Za-z0-9])/y;
const MONEY_FACTORS: Record<string, number> = { m: 1e6, mn: 1e6, mil: 1e6, bn: 1e9, bil: 1e9, b: 1e9, k: 1e3, tn: 1e12, trn: 1e12, tr: 1e12, T: 1e12 };

function codeUnit(code: string): UnitDef | undefined {
  const upper = code.toUpperCase();
  if (CAPITALS_ONLY.has(upper) && code !== upper) return undefined;
  const unit = getUnit(SIGNS[code] ?? upper);
  // A code is read only where it is one of the currency's spellings: "ALL 5", "SOS 3" are words.
  return unit?.dimension === "money" && (SIGNS[code] !== undefined || unit.names.includes(upper.toLowerCase())) ? unit : undefined;
}

/** One digit, maybe a point release, and no scale: a version of PHP, not Philippine pesos. */
/** A figure priced by a measure: "1.15 per liter", "0.65 a litre", "7.05/liter". */
const PRICED = /^\d(?:\.\d{1,2})?(?:[ \t]{1,2}(?:per|a|an)[ \t]{1,2}|\/)[A-Za-z]/;
const PHP_VERSION = /^\d(?:\.\d{1,2})?(?![\d,.])(?![ \t-]?(?:thousand|million|billion|trillion|mn|bn|m|k)(?![A-Za-z]))/;

/** "$US40m", "$A20 million": Australian and New Zealand papers put the country after the sign. */
const SIGN_THEN_COUNTRY = /(?:^|[^A-Za-z0-9$])(\$(US|A|AU|NZ|C|HK|S))[ \t]?$/;

/** The currency written right before `start`, and where it begins. */
export function currencyBefore(text: string, start: number): { unit: UnitDef; start: number; factor: number } | null {
  const head = text.slice(Math.max(0, start - 10), start);
  // Both dollar patterns need the sign: most numbers have none before them, and skip both.
  if (head.includes("$")) {
    const after = SIGN_THEN_COUNTRY.exec(head);
    const afterUnit = after?.[1] && after[2] ? getUnit(DOLLARS[after[2].toLowerCase()] ?? "USD") : undefined;
    if (after?.[1] && afterUnit) return { unit: afterUnit, start: start - head.length + head.lastIndexOf(after[1]), factor: 1 };
    const dollar = DOLLAR_PREFIX.exec(head);
    if (dollar?.[1]) {
      const country = dollar[1].replace(/[\s$.]/g, "").toLowerCase();
      const unit = getUnit(DOLLARS[country] ?? "USD");
      if (unit) return { unit, start: start - head.length + head.lastIndexOf(dollar[1]), factor: 1 };
    }
  }
  const sign = SIGN_PREFIX.exec(head);
  const code = sign?.[1] ?? sign?.[2] ?? "";
  // "MAUD 60": millions of Australian dollars.
  const million = /^M[A-Z]{3}$/.test(code) ? codeUnit(code.slice(1)) : undefined;
  const coin = COIN_SIGNS[code];
  const unit = million ?? (coin ? getUnit(coin.id) : code ? codeUnit(code) : undefined);
  if (!sign || !unit) return bareLetterCurrency(text, start);
  // "PHP 8.3", "PHP 7": the programming language's versions are one digit; peso amounts are not.
  // "PHP1.15 per liter", "PHP 0.65 a litre": glued to the figure or priced by a measure, pesos all the same.
  if (code === "PHP" && PHP_VERSION.test(text.slice(start, start + 16)) && text[start - 1] === " " && !PRICED.test(text.slice(start, start + 28))) return null;
  return { unit, start: start - head.length + head.lastIndexOf(code), factor: million ? 1e6 : coin?.factor ?? 1 };
}

/**
 * "10 $ 30 $", "10 rmb 20 usd": a sign or code right after a number belongs to that number when
 * it is spaced on both sides, or when the next number has a currency of its own after it.
 */
function signBelongsBefore(text: string, signStart: number, previous: Candidate | undefined, c: Candidate): boolean {
  if (!previous || previous.unit || !/^[ \t]{1,2}$/.test(text.slice(previous.end, signStart))) return false;
  if (/^[^A-Za-z]{1,2}[ \t]$/.test(text.slice(signStart, signStart + 2))) return true;
  const code = /^[A-Za-z]{2,4}[ \t]/.test(text.slice(signStart, signStart + 5));
  return code && readUnitAfter(text, c.numberEnd)?.unit.dimension === "money";
}

function applyMoney(text: string, c: Candidate, previous: Candidate | undefined): void {
  const sign = currencyBefore(text, c.reading.start);
  const named = sign || c.kind === "percent" ? null : currencyNameBefore(text, c.reading.start, c.value, text.slice(c.reading.start, c.reading.end));
  // "20 ringgit 43": the name is the unit of the number before it, and 43 its cents.
  const unitOfPrevious = named && previous && previous.end <= named.start && /^[ \t]{1,2}$/.test(text.slice(previous.end, named.start));
  const found = sign ?? (named && !unitOfPrevious ? { ...named, factor: 1 } : null);
  if (!found || (sign && signBelongsBefore(text, found.start, previous, c))) return;
  if (previous && /^[ \t]{0,2}$/.test(text.slice(previous.end, found.start))) previous.signTaken = true;
  c.unit = found.unit;
  c.start = Math.min(c.start, found.start);
  mark(c, "money");
  if (found.factor !== 1) {
    c.value = times(c.value, found.factor);
    c.step = times(c.step, found.factor);
  }
  MONEY_SCALE.lastIndex = c.numberEnd;
  const m = c.reading.scaled ? null : MONEY_SCALE.exec(text);
  // "$20 and 43c": the coins named after a sign's amount belong to it.
  if (!m) return addCents(text, c, true);
  const factor = MONEY_FACTORS[m[1] ?? ""] ?? 1;
  c.value = times(c.value, factor);
  c.step = times(c.step, factor);
  c.end = c.numberEnd = MONEY_SCALE.lastIndex;
}

/**
 * Money written with a sign or code first: "$12,000", "€1.5bn", "TL 500", "£3m", "C$ 16.4 million".
 * Runs over the live candidates in order, so a sign already written after one number is not
 * taken again by the next.
 */
export function moneyBefore(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    applyMoney(text, c, previous);
    previous = c;
  }
}
