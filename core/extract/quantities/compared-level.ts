import { mark, type Candidate } from "./candidate.js";
import { CHANGE_NOUNS } from "./change-after.js";
import { bare, sameKind } from "./change-levels.js";

/**
 * Between the amount of a change and the old level it is measured against: "an increase of 16.7
 * per cent over the 1.7 million", "a 14.0% drop when compared with the 4,640 purchases", "a
 * decrease of 0.8% since the 3,951 purchases". Up to three words (the change noun) may stand
 * between; "the" names a figure already known, the base.
 */
const COMPARED_WITH_THE = /^(?:[ \t]{1,2}[A-Za-z-]{1,20}){0,3}[ \t]{1,2}(?:when[ \t]{1,2})?(?:over|since|on|against|compared[ \t]{1,2}(?:with|to))[ \t]{1,2}the[ \t]{1,2}$/i;
/** The word after the figure, where a change noun makes it an earlier change's amount ("over the 10% rise"). */
const NEXT_WORD = /^[ \t]{1,2}([A-Za-z-]{2,15})/;

/**
 * The figure an amount of change is compared with, introduced by "over the", "since the",
 * "compared with the", is the old level of that change ("from"): the figure a percent grew on,
 * or the same kind of figure as the amount. A period ("over the 12 months") is no level.
 */
export function comparedLevels(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    const amount = previous?.change?.role === "by" ? previous : undefined;
    previous = c;
    if (!amount || c.change || c.kind !== "quantity" || c.unit?.dimension === "time" || amount.end > c.start) continue;
    if (!(amount.kind === "percent" || sameKind(amount, c) || bare(c))) continue;
    if (!COMPARED_WITH_THE.test(text.slice(amount.end, c.start))) continue;
    const next = NEXT_WORD.exec(text.slice(c.end, c.end + 20))?.[1];
    if (next && CHANGE_NOUNS.has(next.toLowerCase())) continue;
    c.change = { direction: amount.change!.direction, role: "from", text: amount.change!.text, at: amount.change!.at };
    mark(c, "change");
  }
}

/** A sentence's or clause's stop between two figures: ".", ";", "!", "?", a decimal point not one. */
const STOP = /[;!?]|\.(?!\d)/;

function stopBetween(text: string, from: number, to: number): boolean {
  return STOP.test(text.slice(from, to));
}

/** "and its new price is 375 rupees", "announcing the new retail price as Rs. 430": the level a change reached, named as new. */
const NEW_LEVEL = /\b(?:its|the|a|their)[ \t]{1,2}new[ \t]{1,2}(?:[a-z]{2,12}[ \t]{1,2}){0,2}(?:price|rate|level|fare|tariff|figure|total|cost|value)[ \t]{1,2}(?:is|was|will[ \t]{1,2}be|would[ \t]{1,2}be|of|as|at|stands[ \t]{1,2}at)[ \t]{1,2}$/i;

/**
 * After the amount of a change in the same sentence, a figure named as the new price, rate or
 * level ("reduced by 135 rupees and its new price is 375 rupees") is the level the change reached.
 */
export function namedNewLevels(text: string, live: Candidate[]): void {
  let amount: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    if (c.change?.role === "by") amount = c;
    if (!amount || c.change || c.kind !== "quantity" || !(sameKind(amount, c) || bare(c))) continue;
    if (c.start - amount.end > 120 || stopBetween(text, amount.end, c.start)) continue;
    if (!NEW_LEVEL.test(text.slice(Math.max(0, c.start - 60), c.start))) continue;
    c.change = { direction: amount.change!.direction, role: "to", text: amount.change!.text, at: amount.change!.at };
    mark(c, "change");
  }
}

/** "the price of Octane 92 petrol which was Rs 145 per litre will be reduced to Rs 140": the level before the change. */
const WAS_BEFORE = /\b(?:which|that)[ \t]{1,2}(?:was|were|had[ \t]{1,2}been|stood[ \t]{1,2}at)[ \t]{1,2}$/i;

/**
 * A figure in a relative clause of what something was ("which was Rs 145 per litre"), followed in
 * its sentence by the new level of a change ("will be reduced to Rs 140"), is that change's old level.
 */
export function formerLevels(text: string, live: Candidate[]): void {
  const alive = live.filter((c) => !c.dropped);
  alive.forEach((c, k) => {
    if (c.change || c.kind !== "quantity" || !WAS_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return;
    const next = alive[k + 1];
    if (!next?.change || next.change.role !== "to" || next.change.at < c.end || !(sameKind(c, next) || bare(next))) return;
    if (next.start - c.end > 60 || stopBetween(text, c.end, next.start)) return;
    c.change = { direction: next.change.direction, role: "from", text: next.change.text, at: next.change.at };
    mark(c, "change");
  });
}
