import { getUnit, type UnitDef } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** Currency signs and codes written before the amount, longest first so "US$" wins over "$". */
const PREFIXES: [string, string][] = [
  ["US$", "USD"], ["US $", "USD"], ["USD", "USD"], ["C$", "CAD"], ["A$", "AUD"], ["NZ$", "NZD"], ["HK$", "HKD"],
  ["S$", "SGD"], ["R$", "BRL"], ["$", "USD"], ["€", "EUR"], ["EUR", "EUR"], ["£", "GBP"], ["GBP", "GBP"],
  ["¥", "JPY"], ["JPY", "JPY"], ["CN¥", "CNY"], ["CNY", "CNY"], ["RMB", "CNY"], ["₺", "TRY"], ["TL", "TRY"],
  ["TRY", "TRY"], ["₹", "INR"], ["Rs.", "INR"], ["Rs", "INR"], ["INR", "INR"], ["₽", "RUB"], ["RUB", "RUB"],
  ["₩", "KRW"], ["₪", "ILS"], ["NIS", "ILS"], ["CHF", "CHF"], ["SYP", "SYP"], ["LBP", "LBP"], ["EGP", "EGP"],
  ["IQD", "IQD"], ["SAR", "SAR"], ["AED", "AED"], ["₦", "NGN"], ["₴", "UAH"], ["₿", "BTC"], ["zł", "PLN"],
];
/** "£3m", "$5m": after a currency sign a lowercase m is millions, not metres. */
const MONEY_SCALE = /(m|mn|bn|b|k|tn)(?![A-Za-z0-9])/y;
const MONEY_FACTORS: Record<string, number> = { m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, k: 1e3, tn: 1e12 };

function currencyBefore(text: string, start: number): { unit: UnitDef; start: number } | null {
  const head = text.slice(Math.max(0, start - 6), start);
  const trimmed = head.replace(/[ \t\u00a0]{1,2}$/, "");
  for (const [sign, id] of PREFIXES) {
    if (!trimmed.endsWith(sign)) continue;
    const at = start - (head.length - trimmed.length) - sign.length;
    // A code must stand alone: "TL 500" yes, "HTML 5" no.
    if (/^[A-Z]/.test(sign) && /[A-Za-z]/.test(text[at - 1] ?? "")) continue;
    const unit = getUnit(id);
    if (unit) return { unit, start: at };
  }
  return null;
}

/**
 * Money written with a sign or code first: "$12,000", "€1.5bn", "TL 500", "£3m".
 * @example moneyBefore(text, candidate) // sets unit USD, widens the span over "$"
 */
export function moneyBefore(text: string, c: Candidate): void {
  const found = currencyBefore(text, c.reading.start);
  if (!found) return;
  c.unit = found.unit;
  c.start = Math.min(c.start, found.start);
  mark(c, "money");
  MONEY_SCALE.lastIndex = c.numberEnd;
  const m = c.reading.scaled ? null : MONEY_SCALE.exec(text);
  if (!m) return;
  const factor = MONEY_FACTORS[m[1] ?? ""] ?? 1;
  c.value *= factor;
  c.step *= factor;
  c.end = c.numberEnd = MONEY_SCALE.lastIndex;
}
