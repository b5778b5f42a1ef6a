import { mark, type Candidate } from "./candidate.js";
import { CHANGE_NOUNS } from "./change-after.js";
import { oneSentence, sameKind } from "./change-levels.js";

/**
 * The first three words after an earlier amount, where the noun of its change stands: "a 0.3
 * percent July rise", "a 0.8 percent gain in March", "3.1 percent annual growth".
 */
const WORDS_AFTER = /^[ \t]{1,2}([A-Za-z-]{2,15})(?:[ \t]{1,2}([A-Za-z-]{2,15}))?(?:[ \t]{1,2}([A-Za-z-]{2,15}))?/;

/**
 * "core CPI rose 0.2 percent, down from a 0.3 percent July rise", "jumped 7.1 percent from a year
 * ago, down from 7.7 percent in October": right after the amount of a change, "up/down from" names
 * the amount of an earlier change of the same kind, not the old level of this one (nothing was
 * ever at 0.3 percent). With its own change noun the figure is that earlier change's amount;
 * without one it is a figure of no change. After a level ("rose to 5%, up from 4.8%") the
 * figure stays the old level.
 */
export function earlierAmounts(text: string, live: Candidate[]): void {
  let amount: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    const change = c.change;
    if (amount && change?.role === "from" && /^(?:up|down)$/i.test(change.text) && change.at > amount.end &&
        sameKind(amount, c) && c.unit?.id === amount.unit?.id && oneSentence(text, amount.end, c.start)) {
      const words = WORDS_AFTER.exec(text.slice(c.end, c.end + 52));
      const noun = words?.slice(1).find((w) => w !== undefined && CHANGE_NOUNS.has(w.toLowerCase()));
      const direction = noun ? CHANGE_NOUNS.get(noun.toLowerCase()) : undefined;
      c.change = direction ? { direction, role: "by", text: noun!, at: c.end + words![0].indexOf(noun!) } : undefined;
      mark(c, "earlier-amount");
    }
    // Figures of no change between ("rose 3.2 per cent for the 12 months that ended in October,
    // down from") keep the amount in view; any other figure of a change ends it.
    if (c.change) amount = c.change.role === "by" ? c : undefined;
  }
}
