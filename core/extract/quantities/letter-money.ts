import type { Mention } from "../mention.js";
import { findQuantities } from "../quantities.js";
import type { Conventions } from "./data/outlets.js";
import { isRoadNumber } from "./road-numbers.js";

/**
 * Where the outlet writes its currency as one capital ("R18.93" in a South African paper,
 * "N617/litre" in a Nigerian one, "Sh31.95" in a Kenyan one), the text is read again with that sign as a currency sign,
 * so a bare amount becomes money with its qualifiers, ranges and changes. The letter is no
 * currency when it names a road: a whole number of one to three digits after "the", "on" or
 * "via" ("on the N1", "the R101 experienced"), or before "road", "highway", "toll" ("R101 road"),
 * unless a priced word follows ("the R350 grant").
 */
/**
 * The sign glued to a number: a whole integer part, any decimals. A sign of two letters or more
 * may stand one space before it ("Php 0.55 per liter", "Sh 3 billion"); one letter must touch it.
 */
const SIGN_AMOUNT = (sign: string) => new RegExp(`(?<![A-Za-z0-9$.,])${sign.replace(/[.$/]/g, "\\$&")}${sign.length > 1 ? " ?" : ""}(?=\\d)(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`, "g");
/** The signs in `text` that are the outlet's currency sign, each with the space after it. */
function letterSigns(text: string, sign: string): Array<{ start: number; end: number }> {
  const at: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(SIGN_AMOUNT(sign))) {
    const i = m.index ?? 0;
    if (sign.length === 1 && isRoadNumber(text, i, i + sign.length)) continue;
    at.push({ start: i, end: i + m[0].length - m[1]!.length });
  }
  return at;
}

/** "$" in place of a sign of any length, the number where it was: "Sh3" -> "$ 3", "KShs3" -> " $  3". */
function dollarFor(sign: string): string {
  if (sign.length <= 3) return `$${" ".repeat(sign.length - 1)}`;
  return `${" ".repeat(sign.length - 3)}$  `;
}

/**
 * The quantity mentions of a text, read with the outlet's currency letter as a sign where it
 * stands for one (one read either way). Spans are those of the original text.
 * @example lettersAsMoney("Petrol costs N617 per litre", { letter: { letter: "N", currency: "NGN" } }) // N617 is NGN
 */
export function lettersAsMoney(text: string, locale: Conventions): Mention[] {
  const signs = [...(locale.letter ? [locale.letter] : []), ...(locale.letters ?? [])].filter((l) => text.includes(l.letter));
  const at: Array<{ start: number; end: number; currency: string }> = [];
  for (const sign of signs) {
    for (const found of letterSigns(text, sign.letter)) {
      if (!at.some((a) => found.start < a.end && a.start < found.end)) at.push({ ...found, currency: sign.currency });
    }
  }
  if (at.length === 0) return findQuantities(text);
  // "$" for the sign, the rest spaces: every offset of the re-read text is one of the original.
  let rewritten = text;
  for (const a of at) rewritten = `${rewritten.slice(0, a.start)}${dollarFor(text.slice(a.start, a.end))}${rewritten.slice(a.end)}`;
  // A figure read as dollars whose span holds one of the signs and no "$" of the writer's
  // ("up to R1.11" starts at its qualifier) is in the local currency; its span takes the whole sign.
  const signOf = (m: Mention) => (m.unit === "USD" && !text.slice(m.start, m.end).includes("$") ? at.find((a) => a.end > m.start && a.start < m.end) : undefined);
  return findQuantities(rewritten).map((m) => {
    const sign = signOf(m);
    return sign ? { ...m, start: Math.min(m.start, sign.start), unit: sign.currency, rules: [...m.rules, "outlet-locale"] } : m;
  });
}
