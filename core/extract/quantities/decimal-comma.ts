import { drop, mark, type Candidate } from "./candidate.js";

/** A comma, then one or two digits and no more: "R18,93", "€2,50", "UAH 100,4". Thousands come in threes. */
const TWO_DECIMALS = /^,(\d{1,2})(?![\d]|,\d|\.\d)/;

/**
 * Money written with a decimal comma, as South African and continental papers do: "trading at
 * R18,93 to the dollar" is 18.93 rand, not 18 rand and a separate 93. A comma with exactly two
 * digits after it cannot group thousands, and after a currency amount it gives the cents.
 * @example decimalComma("at R18,93 to the dollar", live) // one candidate, 18.93
 */
export function decimalComma(text: string, live: Candidate[]): void {
  for (let i = 0; i < live.length; i++) {
    const c = live[i]!;
    // The sign written before the amount ("R18,93"): "18,93 rand" is rarer and "2,50 people" no money.
    if (c.dropped || c.unit?.dimension !== "money" || c.start >= c.reading.start || c.reading.scaled) continue;
    if (!Number.isInteger(c.value) || text.charCodeAt(c.numberEnd) !== 44) continue;
    const m = TWO_DECIMALS.exec(text.slice(c.numberEnd, c.numberEnd + 5));
    if (!m) continue;
    const digits = m[1]!.length;
    c.value += Number(m[1]) / 10 ** digits;
    c.step = 10 ** -digits;
    c.end = c.numberEnd = c.numberEnd + 1 + digits;
    mark(c, "decimal-comma");
    // The cents were read as a number of their own ("93"), or dropped already ("05", a leading zero).
    const next = live[i + 1];
    if (next && !next.dropped && next.reading.start === c.numberEnd - digits) drop(next, "swallowed");
  }
}
