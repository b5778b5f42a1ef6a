import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";
import { CENT_CURRENCIES } from "./data/cent-currencies.js";

const CENTS = new Set(CENT_CURRENCIES);
/** "cents", "cent", "c", "¢" written right after the figure: the coin the unit step read as US cents. */
const CENT_WORD = /^[ \t]?(?:cents?|c|¢)(?![A-Za-z])/i;
/** Between the cents and the amount in the same phrase: " to ", " from ", " or about "; a clause break or "and" ends it. */
const SAME_PHRASE = /^[^,;:.!?\n]{0,30}$/;
const AND = /(?:^|[ \t])(?:and|but|while|whereas)[ \t]/i;

/**
 * "Petrol will rise by 82cents to R15.79 a litre", "diesel went up 85c to R16.20": cents are the
 * hundredths of the currency the amounts around them are in, not US cents. A cents figure (read
 * as USD by the unit step) takes the currency of the nearest other amount of its phrase (no
 * comma, "and" or sentence end between, as in "85c to R16.20") when that currency counts in
 * cents (data/cent-currencies.ts).
 */
export function centsCurrency(text: string, live: Candidate[]): void {
  for (let k = 0; k < live.length; k++) {
    const c = live[k]!;
    if (!c.dropped && c.unit?.id === "RUB") hryvniaKopecks(text, c);
    // Cheap first: a US-dollar figure whose number is followed by a "c".
    if (c.dropped || c.unit?.id !== "USD") continue;
    const at = text.charCodeAt(c.numberEnd) === 0x20 ? c.numberEnd + 1 : c.numberEnd;
    if ((text.charCodeAt(at) | 32) !== 0x63 && text.charCodeAt(at) !== 0xa2) continue;
    if (!CENT_WORD.test(text.slice(c.numberEnd, c.numberEnd + 7))) continue;
    const id = neighbourCurrency(text, live, k);
    const unit = id && id !== "USD" && CENTS.has(id) ? getUnit(id) : undefined;
    if (!unit) continue;
    c.unit = unit;
    mark(c, "cents-currency");
  }
}

/** The currency of the nearest other money figure in the same sentence, after first, then before. */
function neighbourCurrency(text: string, live: Candidate[], k: number): string | undefined {
  const c = live[k]!;
  for (const step of [1, -1]) {
    for (let j = k + step; j >= 0 && j < live.length; j += step) {
      const o = live[j]!;
      if (o.dropped) continue;
      const [from, to] = step > 0 ? [c.end, o.start] : [o.end, c.start];
      const gap = text.slice(from, Math.max(from, to));
      if (!SAME_PHRASE.test(gap) || AND.test(gap)) break;
      if (o.unit?.dimension === "money" && o.unit.id !== "USD") return o.unit.id;
      if (o.unit?.dimension === "money") break;
    }
  }
  return undefined;
}

const KOPECKS = /^[ \t]?kopec?ks?(?![A-Za-z])/i;
const HRYVNIA = /\bUAH\b|hryvn|₴/i;
const ROUBLE = /\bRUB\b|\bro?ubles?\b|₽/i;

/**
 * "The flour has risen by 80 kopecks, eggs by 2.1 UAH per dozen": English writes the Ukrainian
 * kopiyka as the Russian coin's "kopeck" too; in a text that names the hryvnia and not the rouble it is the hryvnia's.
 */
function hryvniaKopecks(text: string, c: Candidate): void {
  if (!KOPECKS.test(text.slice(c.numberEnd, c.numberEnd + 9)) || !HRYVNIA.test(text) || ROUBLE.test(text)) return;
  const unit = getUnit("UAH");
  if (!unit) return;
  c.unit = unit;
  mark(c, "cents-currency");
}
