import { getUnit, type UnitDef } from "../../units/index.js";
import { times } from "../numbers/index.js";
import { mark, type Candidate } from "./candidate.js";

/**
 * Dollar signs with a country before them, any case: "US$", "hk $", "Mex$", "C$". A single
 * letter must touch the sign ("a $5 fee" is no Australian dollar), except "c $" for Canada.
 */
const DOLLAR_PREFIX = /(?:^|[^A-Za-z.'])((?:(?:u\.?s\.?|usd|ca|cad|au|aud|nz|nzd|hk|hkd|sgd|mex|mxn|c)[ \t]?|[acsr])?\$)[ \t]{0,2}$/i;
const DOLLARS: Record<string, string> = {
  "": "USD", us: "USD", usd: "USD", c: "CAD", ca: "CAD", cad: "CAD", a: "AUD", au: "AUD", aud: "AUD", nz: "NZD", nzd: "NZD",
  hk: "HKD", hkd: "HKD", s: "SGD", sgd: "SGD", r: "BRL", mex: "MXN", mxn: "MXN",
};
/** Other signs and ISO codes before the amount: "€1.5bn", "£ 8.10 million", "TL 500", "USD115". */
const SIGN_PREFIX = /(?:^|[^A-Za-z])(€|£|¥|₺|₹|₽|₩|₪|₦|₴|₿|Rs\.?|[A-Za-z]{3}|TL)[ \t]{0,2}$/;
const SIGNS: Record<string, string> = { "€": "EUR", "£": "GBP", "¥": "JPY", "₺": "TRY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₽": "RUB", "₩": "KRW", "₪": "ILS", "₦": "NGN", "₴": "UAH", "₿": "BTC", TL: "TRY", rmb: "CNY", RMB: "CNY", nis: "ILS", NIS: "ILS" };
/** Codes that are English words in lower case: only read in capitals. */
const CAPITALS_ONLY = new Set(["TRY", "ALL", "SAR", "TOP", "CUP", "MOP", "BAM", "PEN", "GEL", "WON", "AED", "RUB", "NIS", "TL"]);
/** "£3m", "$5m": after a currency sign a lowercase m is millions, not metres. */
const MONEY_SCALE = /(m|mn|bn|b|k|tn)(?![A-Za-z0-9])/y;
const MONEY_FACTORS: Record<string, number> = { m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12 };

function codeUnit(code: string): UnitDef | undefined {
  const upper = code.toUpperCase();
  if (CAPITALS_ONLY.has(upper) && code !== upper) return undefined;
  const unit = getUnit(SIGNS[code] ?? upper);
  return unit?.dimension === "money" ? unit : undefined;
}

/** The currency written right before `start`, and where it begins. */
export function currencyBefore(text: string, start: number): { unit: UnitDef; start: number } | null {
  const head = text.slice(Math.max(0, start - 10), start);
  const dollar = DOLLAR_PREFIX.exec(head);
  if (dollar?.[1]) {
    const country = dollar[1].replace(/[\s$.]/g, "").toLowerCase();
    const unit = getUnit(DOLLARS[country] ?? "USD");
    if (unit) return { unit, start: start - head.length + head.lastIndexOf(dollar[1]) };
  }
  const sign = SIGN_PREFIX.exec(head);
  const unit = sign?.[1] ? codeUnit(sign[1]) : undefined;
  if (!sign?.[1] || !unit) return null;
  return { unit, start: start - head.length + head.lastIndexOf(sign[1]) };
}

/** "10 $ 30 $": a sign spaced on both sides after a number belongs to that number. */
function signBelongsBefore(text: string, signStart: number, previous: Candidate | undefined): boolean {
  if (!previous || previous.unit) return false;
  return /^[ \t]{1,2}$/.test(text.slice(previous.end, signStart)) && /^[^A-Za-z]{1,2}[ \t]$/.test(text.slice(signStart, signStart + 2));
}

function applyMoney(text: string, c: Candidate, previous: Candidate | undefined): void {
  const found = currencyBefore(text, c.reading.start);
  if (!found || signBelongsBefore(text, found.start, previous)) return;
  c.unit = found.unit;
  c.start = Math.min(c.start, found.start);
  mark(c, "money");
  MONEY_SCALE.lastIndex = c.numberEnd;
  const m = c.reading.scaled ? null : MONEY_SCALE.exec(text);
  if (!m) return;
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
