import type { Mention } from "../mention.js";
import { findQuantities } from "../quantities.js";
import type { Conventions } from "./data/outlets.js";

/**
 * Where the outlet writes its currency as one capital ("R18.93" in a South African paper,
 * "N617/litre" in a Nigerian one), the text is read again with that letter as a currency sign,
 * so a bare amount becomes money with its qualifiers, ranges and changes. The letter is no
 * currency when it names a road: a whole number of one to three digits after "the", "on" or
 * "via" ("on the N1", "the R101 experienced"), or before "road", "highway", "toll" ("R101 road"),
 * unless a priced word follows ("the R350 grant").
 */
const ROAD_BEFORE = /(?:^|[^A-Za-z])(?:on|via|along|off|onto|the)[ \t]{1,2}$/i;
/** "the R350 grant", "the R2 fee": after "the", a word that a price qualifies keeps the amount money. */
const PRICED_AFTER = /^[ \t]{1,2}(?:grants?|fees?|levy|levies|fines?|bills?|payments?|prices?|tariffs?|deals?|budgets?|loans?|bail|bailout|package|fund|increase|hike|cut|discount|rebate|subsidy|allowance|wage|salary|per|a|an|each)(?![A-Za-z])/i;
const ROAD_AFTER = /^[ \t]{1,2}(?:highway|road|freeway|motorway|route|toll|tollgate|interchange|off-ramp|on-ramp|bridge|northbound|southbound|eastbound|westbound|near|between)(?![A-Za-z])/i;
/** The letter glued to a number: a whole integer part, any decimals. */
const LETTER_AMOUNT = (letter: string) => new RegExp(`(?<![A-Za-z0-9$.,])${letter}(?=\\d)(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`, "g");

/** Offsets of the letters in `text` that are the outlet's currency sign. */
function letterSigns(text: string, letter: string): number[] {
  const at: number[] = [];
  for (const m of text.matchAll(LETTER_AMOUNT(letter))) {
    const i = m.index ?? 0;
    const end = i + m[0].length;
    const plain = /^\d{1,3}$/.test(m[1] ?? "");
    const after = text.slice(end, end + 16);
    const road = ROAD_AFTER.test(after) || (ROAD_BEFORE.test(text.slice(Math.max(0, i - 16), i)) && !PRICED_AFTER.test(after));
    if (plain && road) continue;
    at.push(i);
  }
  return at;
}

/**
 * The quantity mentions of a text, read with the outlet's currency letter as a sign where it
 * stands for one (one read either way). Spans are those of the original text.
 * @example lettersAsMoney("Petrol costs N617 per litre", { letter: { letter: "N", currency: "NGN" } }) // N617 is NGN
 */
export function lettersAsMoney(text: string, locale: Conventions): Mention[] {
  const sign = locale.letter;
  const at = sign && text.includes(sign.letter) ? letterSigns(text, sign.letter) : [];
  if (!sign || at.length === 0) return findQuantities(text);
  // "$" has the letter's length: every offset of the re-read text is one of the original.
  let rewritten = text;
  for (const i of at) rewritten = `${rewritten.slice(0, i)}$${rewritten.slice(i + 1)}`;
  // A figure read as dollars whose span holds one of the letters and no "$" of the writer's
  // ("up to R1.11" starts at its qualifier) is in the local currency.
  const lettered = (m: Mention) => m.unit === "USD" && !text.slice(m.start, m.end).includes("$") && at.some((i) => i >= m.start && i < m.end);
  return findQuantities(rewritten).map((m) => (lettered(m) ? { ...m, unit: sign.currency, rules: [...m.rules, "outlet-locale"] } : m));
}
