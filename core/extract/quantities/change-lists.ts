import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";
import { bare, sameKind } from "./change-levels.js";

/*
 * The next item of a list of changes, its verb left out: "fell 5% to 106.96 million TEUs and
 * 8.2% to 13.23 million TEUs", "rose 5.0 per cent in London, but a mere 1.1 per cent in Wales",
 * "raised from $13.75 to $14.25 in April 2014, then to $14.75".
 */
/** "1.94% to R18.18/€ and 1.88% to R20.78/£", "5.0 per cent in London, but a mere 1.1 per cent": the next item of a list. */
// "0.9% in 2025, 1.1% in 2026": a year may close the item's phrase.
// "gained 0.48GHp to the Euro and 0.01GHp to the CFA": "to the" names what a currency moved against.
// "up 0.6% monthly and 5.2% annually": a period adverb may close the item too.
// "by P0.50 per liter for kerosene and P0.10 per liter": a rate's denominator may close the amount.
const LIST_GAP = /^(?:\/[^\s\d]{1,3}|[ \t]{1,2}per[ \t]{1,2}[A-Za-z]{1,12})?\)?(?:[ \t]{1,2}(?:in|for|on|at|over|during|from|against|versus|to[ \t]{1,2}the)[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9' ]{0,30})?(?:[ \t]{1,2}(?:monthly|annually|yearly|quarterly|weekly|year-on-year|month-on-month|on[ \t]the[ \t](?:year|month|week|day)))?,?[ \t]{1,2}(?:and|but)(?:[ \t]{1,2}(?:a|an|only|just|mere|by|then))*[ \t]{1,2}$/i;
/** "gains of 515 percent, 205 percent and 236 percent": a comma alone between two items of one kind. */
const COMMA_GAP = /^(?:[ \t]{1,2}per[ \t]{1,2}[A-Za-z]{1,12})?(?:[ \t]{1,2}(?:in|for|on|at|against|versus|to[ \t]{1,2}the)[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9' ]{0,30})?,[ \t]{1,2}$/i;

/** "more expensive by 2.1 percent, services by 4.9 percent and housing by 5.2 percent": the verb left out, "<noun> by" alone. */
// "gone up 10.9%, and in the North by 9.2%": up to three words name the next thing.
// "reduced by Rs 2 per litre, Petrol 95 Octane by Rs 5": a grade's number may be one of the words.
const ELLIPSIS_BY = /^(?:[ \t]{1,2}per[ \t]{1,2}[A-Za-z]{1,12})?,?[ \t]{1,2}(?:and[ \t]{1,2})?(?:(?:[A-Za-z]{2,20}|\d{2,3})[ \t]{1,2}){1,4}by[ \t]{1,2}$/i;
/**
 * "beet added 53.6% to 11.7 UAH per kg, potatoes - 43% to 8.8 UAH per kg", "salo by 3% to 109.2": after a
 * level, the next item names its thing (one or two words, a dash, "by" or "at": "Guangzhou at 11.7% to
 * 9.6m teu") and restarts at the amount.
 */
const ELLIPSIS_ITEM = /^(?:[ \t]{1,2}(?:per|a|an)[ \t]{1,2}[A-Za-z]{1,12})?,[ \t]{1,2}(?:and[ \t]{1,2})?[A-Za-z]{2,20}(?:[ \t]{1,2}[A-Za-z]{2,20})?[ \t]{1,2}(?:[-\u2013\u2014][ \t]{1,2})?(?:(?:by|at)[ \t]{1,2})?$/i;

/**
 * A figure listed after a figure of a change, of the same kind, continues that change in the
 * same role: "increased by PKR 2.25 and PKR 2.08", "rose 5.0 per cent in London, but a mere
 * 1.1 per cent in Wales".
 */
export function listContinues(text: string, previous: Candidate | undefined, c: Candidate, changed: Candidate[]): CandidateChange | null {
  const change = previous?.change;
  if (!previous || !change || previous.end > c.start || c.start - previous.end > 48) return null;
  const gap = text.slice(previous.end, c.start);
  // "fell 5% to 106.96 million TEUs and 8.2% to": a count's noun closes its item, whether or not the noun reader took it for one.
  const noun = previous.kind === "quantity" && !previous.unit ? COUNTED_NOUN.exec(gap)?.[0] : undefined;
  return continues(gap, previous, change, c, changed) ?? (noun && !NOT_NOUNS.test(noun) ? continues(gap.slice(noun.length), previous, change, c, changed) : null);
}

function continues(gap: string, previous: Candidate, change: CandidateChange, c: Candidate, changed: Candidate[]): CandidateChange | null {
  if (change.role === "to" && (sameKind(previous, c) || bare(c)) && THEN_TO.test(gap)) return { ...change, pairedWith: undefined };
  // "weakened 1.94% to R18.18 and 1.88% to R20.78": the item restarts at the figure of its kind in the same change.
  // "fell by 10,000 to 1.09 million, and by 39,000 among men": "by" restarts the item at the amount.
  const byAgain = change.role !== "by" && / by[ \t]{1,2}$/i.test(gap);
  const item = byAgain ? changed.findLast((o) => o.change!.at === change.at && o.change!.role === "by" && (sameKind(o, c) || bare(c)))
    : sameKind(previous, c) ? previous : changed.findLast((o) => o.change!.at === change.at && sameKind(o, c));
  // A comma alone lists amounts only ("gains of 515%, 205%"): after a level it starts another figure ("rises to 112, 95 people missing").
  const amounts = item === previous && item?.change?.role === "by";
  const restart = item !== previous && item?.change?.role === "by" && ELLIPSIS_ITEM.test(gap);
  // "lowered its outlook by 500,000 tonnes to 36.5 million tonnes and total grain exports by 1.4 million tonnes": after a
  // level, "and <thing> by" restarts at the amount too.
  const byItem = byAgain && item !== previous && ELLIPSIS_BY.test(gap);
  if (!item?.change || !(restart || byItem || LIST_GAP.test(gap) || (amounts && (COMMA_GAP.test(gap) || ELLIPSIS_BY.test(gap))))) return null;
  return { ...item.change, pairedWith: undefined };
}

/** "to $14.25 in April 2014, then to $14.75": a later new level of the same change. */
const THEN_TO = /^(?:[ \t]{1,2}(?:in|on|at|by|for)[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9' ]{0,30})?,?[ \t]{1,2}(?:and[ \t]{1,2})?then[ \t]{1,2}to[ \t]{1,2}$/i;

/** One word right after a count with no unit: the counted noun ("TEUs", "passengers"). */
const COUNTED_NOUN = /^[ \t]{1,2}[A-Za-z][A-Za-z-]{1,20}(?=[ \t,;)])/;
/** Words that follow a count and are no noun of it: "to 6,112 on Lanai and". */
const NOT_NOUNS = /^[ \t]{1,2}(?:and|but|or|then|on|in|at|for|from|to|by|of|with|over|per|a|an|the|last|this|each|respectively)$/i;
