import { unitByNormalName } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** "13.1125 per dollar", "28.766 to the greenback", "0.92 against the euro": a price in another currency. */
const PER_CURRENCY = /^[ \t]{1,2}(?:per|to[ \t]{1,2}the|against[ \t]{1,2}the|a)[ \t]{1,2}(?:U\.?S\.?[ \t]{1,2})?(dollar|greenback|buck|euro|pound|sterling|yen|yuan)s?(?![A-Za-z])/i;
/** "the rand", "the lira": the currency whose price the sentence quotes. */
const THE_CURRENCY = /\bthe[ \t]{1,2}([a-z]{3,12})\b/gi;
const SENTENCE_END = /[.!?][ \t]+[A-Z]|\n/g;

/**
 * An exchange rate written as a bare number: "the rand had weakened 0.65% to 13.1125 per
 * dollar", "the lira was trading at 28.766 to the greenback". The number is a price in the
 * currency the sentence is about ("the rand"), per unit of the one after it; without such a
 * subject it stays a bare number.
 * @example exchangeRate("the rand traded at 14.3775 per dollar", live) // 14.3775 ZAR
 */
export function exchangeRate(text: string, live: Candidate[]): void {
  for (const c of live) {
    if (c.dropped || c.unit || c.countUnit || c.kind !== "quantity") continue;
    // Cheap first: one of the four ways of writing "per" follows.
    if (!(text.startsWith(" per ", c.end) || text.startsWith(" to the ", c.end) || text.startsWith(" a ", c.end) || text.startsWith(" against the ", c.end))) continue;
    const per = PER_CURRENCY.exec(text.slice(c.end, c.end + 32));
    if (!per) continue;
    const subject = currencyBefore(text, c.start, per[1]!.toLowerCase());
    if (!subject) continue;
    c.unit = subject;
    mark(c, "exchange-rate");
  }
}

/** The last "the <currency>" in the sentence before `at`, other than the one priced against. */
function currencyBefore(text: string, at: number, against: string) {
  const from = Math.max(0, at - 200);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + (m.index ?? 0) + 1;
  let found: ReturnType<typeof unitByNormalName>;
  for (const m of text.slice(start, at).matchAll(THE_CURRENCY)) {
    const word = m[1]!.toLowerCase();
    if (word === against) continue;
    const unit = unitByNormalName(word);
    if (unit?.dimension === "money") found = unit;
  }
  return found;
}
