import { getUnit, type UnitDef } from "../../units/index.js";
import { localSignCurrency } from "./local-signs.js";

/**
 * South African, Nigerian and Korean papers write the rand, the naira and the won as one capital
 * letter glued to the amount: "R1.2 billion", "N617bn", "W1tr" (Korea Herald); some business
 * pages write the euro the same way when the sign is lost ("E1.4 billion"). Alone, that letter is just as often a road ("the N1",
 * "R21"), a grade or a model ("N95"), so the reader takes it for money only when a scale follows
 * the digits: nobody writes "R1.2 billion" for a road. Figures without a scale ("R18.93",
 * "N617/litre", "W1,500") are money only where the outlet says so (locale.ts, `letters`).
 */
export const LETTER_CURRENCIES: Record<string, string> = { R: "ZAR", N: "NGN", W: "KRW", E: "EUR" };

/** Digits, then a scale word or letters: "1.2 billion", "76-billion", "59bn", "4.5m", "1.2tn". */
const SCALED_AMOUNT = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:[ \t-](?:million|billion|trillion)|(?:m|mn|bn|b|tn|tr|trn))(?![A-Za-z0-9])/;

/**
 * The rand or naira written as a bare capital before a scaled amount starting at `start`, or null.
 * The letter must stand alone: "BR1.2 billion" or "9R1" is something else.
 * @example bareLetterCurrency("needs R1.2 billion", 7)?.unit.id // "ZAR"
 */
export function bareLetterCurrency(text: string, start: number): { unit: UnitDef; start: number; factor: number } | null {
  // First the sign of the one country the text is set in ("Sh31.95" in a story from Nairobi).
  const local = localSignCurrency(text, start);
  if (local) return local;
  const letter = text[start - 1] ?? "";
  const id = LETTER_CURRENCIES[letter];
  if (!id || /[A-Za-z0-9$.,]/.test(text[start - 2] ?? "")) return null;
  if (!SCALED_AMOUNT.test(text.slice(start, start + 24))) return null;
  const unit = getUnit(id);
  return unit ? { unit, start: start - 1, factor: 1 } : null;
}
