import { mark, type Candidate } from "./candidate.js";

/**
 * Between a part and the counted whole it is taken from: "five of the 130 people", "12 of its 40
 * buses", "76 of the ferry's 118 passengers", "59 out of a total of 120 passengers". An adjective
 * may sit before the whole ("of the estimated 750"). "3 out of every 10" is a rate: no determiner.
 */
const OF_THE_WHOLE = /^[ \t]{1,2}(?:out[ \t]{1,2})?of[ \t]{1,2}(?:the|those|these|its|their|all|all the|a total of|(?:the[ \t]{1,2})?[a-z]{2,15}['’]s)[ \t]{1,2}(?:[a-z]{3,12}[ \t]{1,2})?$/i;

const isBare = (c: Candidate) => c.kind === "quantity" && !c.unit && !c.countUnit && !c.noun;
const countOf = (c: Candidate) => c.countUnit ?? (c.unit?.dimension === "count" ? c.unit.id : undefined);

/**
 * A bare count right before "of the" and a count of things is a count of the same things: "only
 * five of the 130 people onboard have so far been rescued" counts five people. "One of the"
 * names one of them rather than counting, and a part larger than its whole is no part.
 * @example readPartOf("five of the 130 people", [five, people130]) // five: countUnit "person"
 */
export function readPartOf(text: string, live: Candidate[]): void {
  for (let i = 0; i + 1 < live.length; i++) {
    const part = live[i]!;
    const whole = live[i + 1]!;
    if (part.dropped || whole.dropped || !isBare(part) || part.upper !== undefined) continue;
    const counted = countOf(whole);
    if (counted === undefined || part.value <= 1 || part.value >= whole.value) continue;
    if (!OF_THE_WHOLE.test(text.slice(part.end, whole.start))) continue;
    if (whole.unit && !whole.countUnit) part.unit = whole.unit;
    else part.countUnit = counted;
    mark(part, "part-of");
  }
}
