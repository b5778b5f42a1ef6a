import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";
import { NEUTRAL } from "./change-words.js";

/** A sentence break between two figures: a change never reaches across one. */
const SENTENCE_END = /[.!?]["”’)]?[ \t]+[A-Z]|\n/;
/** How far apart two levels of one change may be written ("to RM2.53 billion for the fourth quarter ended Dec 31, 2024 (4QFY2024), from"). */
const MAX_GAP = 120;

/** Same kind of figure: both percents, both in one dimension, or both counts of one noun. */
function sameKind(a: Candidate, b: Candidate): boolean {
  return a.kind === b.kind && a.unit?.dimension === b.unit?.dimension && a.countUnit === b.countUnit;
}

/** A figure without unit or noun ("from 27.7 million"), which the other level of its change may name. */
const bare = (c: Candidate) => c.kind === "quantity" && !c.unit && !c.countUnit;

/**
 * "have fallen to 23.8 million tonnes ... from 27.7 million", "increased 66,000 to 2.88 million
 * people": the figures of one change are in one unit, often written once. The bare one takes
 * the unit or counted noun of the other (values stay as written).
 * @example sharePairedUnit(c238tonnes, c277) // c277.unit = tonnes
 */
export function sharePairedUnit(a: Candidate, b: Candidate): void {
  const named = (c: Candidate) => c.kind === "quantity" && (c.unit !== undefined || c.countUnit !== undefined);
  const [from, to] = bare(b) && named(a) ? [a, b] : bare(a) && named(b) ? [b, a] : [];
  if (!from || !to) return;
  to.unit = from.unit;
  to.countUnit = from.countUnit;
  if (!to.rules.includes("change-unit")) to.rules.push("change-unit");
}

function oneSentence(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= MAX_GAP && !SENTENCE_END.test(text.slice(from, to));
}

/**
 * ", from RM2.39 billion a year ago" after "rose 6% to RM2.53 billion for the fourth quarter
 * ended Dec 31, 2024 (4QFY2024)": a clause that opens with "from" holds the old level of the
 * change whose new level came before it in the sentence, when both are figures of one kind.
 */
export function fromClause(text: string, previous: Candidate | undefined, c: Candidate): CandidateChange | null {
  if (previous?.change?.role !== "to" || !(sameKind(previous, c) || bare(c)) || !oneSentence(text, previous.end, c.start)) return null;
  return { ...previous.change, role: "from", pairedWith: undefined };
}

/**
 * "posted a 7.5% decrease in net profit, to ¥49,891 billion": a clause that opens with "to" after
 * an amount of change, in the same sentence, holds the new level.
 */
export function toClause(text: string, previous: Candidate | undefined, c: Candidate): CandidateChange | null {
  if (previous?.change?.role !== "by" || !oneSentence(text, previous.end, c.start) || c.start - previous.end > 60) return null;
  return { ...previous.change, role: "to", pairedWith: undefined };
}

/**
 * "less than 10,000 tonnes of wheat in August down from a high of around 385,000 tonnes", "will
 * average 5.7% in the final quarter, up from the 4.5% estimated": the figure before "up/down
 * from" is the new level, even with words between (readAfter takes the adjacent ", up from").
 */
export function levelsBeforeFrom(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    const change = c.change;
    if (previous && !previous.change && change?.role === "from" && /^(?:up|down)$/i.test(change.text) &&
      previous.end <= change.at && sameKind(previous, c) && oneSentence(text, previous.end, change.at)) {
      previous.change = { direction: change.direction, role: "to", text: change.text, at: change.at };
      if (!previous.rules.includes("change")) previous.rules.push("change");
    }
    previous = c;
  }
}

/** "1.94% to R18.18/€ and 1.88% to R20.78/£", "5.0 per cent in London, but a mere 1.1 per cent": the next item of a list. */
const LIST_GAP = /^(?:\/[^\s\d]{1,3})?(?:[ \t]{1,2}(?:in|for|on|at|against|versus)[ \t]{1,2}[A-Za-z][A-Za-z' ]{0,30})?,?[ \t]{1,2}(?:and|but)(?:[ \t]{1,2}(?:a|an|only|just|mere|by|then))*[ \t]{1,2}$/i;

/**
 * A figure listed after a figure of a change, of the same kind, continues that change in the
 * same role: "increased by PKR 2.25 and PKR 2.08", "rose 5.0 per cent in London, but a mere
 * 1.1 per cent in Wales".
 */
export function listContinues(text: string, previous: Candidate | undefined, c: Candidate, changed: Candidate[]): CandidateChange | null {
  if (!previous?.change || previous.end > c.start || c.start - previous.end > 48) return null;
  // "weakened 1.94% to R18.18 and 1.88% to R20.78": the item restarts at the figure of its kind in the same change.
  const item = sameKind(previous, c) ? previous : changed.findLast((o) => o.change!.at === previous.change!.at && sameKind(o, c));
  if (!item?.change || !LIST_GAP.test(text.slice(previous.end, c.start))) return null;
  return { ...item.change, pairedWith: undefined };
}

/** Between a level and the clause of its change: ", up 0.73% from", ", which is about 8 per cent higher", " for a 12% drop". */
// The comma touches the word before it: " , up 0 . 95" is tokenised text, not a clause.
const LEVEL_THEN_UPDOWN = /^(?:[^.;:!?\n]{0,60}[^ \t.;:!?\n])?[,\u2014\u2013][ \t]{1,2}$/;
const LEVEL_THEN_AMOUNT = /^(?:[^.;:!?\n]{0,60},(?:[ \t]{1,2}which[ \t]{1,2}(?:is|was))?|[ \t]{1,2}for[ \t]{1,2}an?)[ \t]{1,2}$/i;

/**
 * "trading at Rs1,729.90 on the BSE, up 0.73% from previous close", "estimated at 10.8 trillion
 * won for the quarter, down 28.7 percent from a year earlier", "traded at 14.3775 per dollar,
 * 0.4% weaker than its close", "came to 67.4 trillion won for a 12.2% drop": a figure with no
 * change of its own, followed in its sentence by a clause giving an amount of change, is the
 * level that change reached.
 */
export function levelsBeforeAmount(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    const change = c.change;
    if (previous && !previous.change && !previous.conversionOf && change?.role === "by" && previous.end <= c.start && c.start - previous.end <= 64) {
      const upDown = /^(?:up|down)$/i.test(change.text) && change.at < c.start;
      const gap = upDown ? text.slice(previous.end, change.at) : text.slice(previous.end, c.start);
      const after = !upDown && change.at >= c.end;
      if ((upDown && LEVEL_THEN_UPDOWN.test(gap)) || (after && LEVEL_THEN_AMOUNT.test(gap))) {
        previous.change = { direction: change.direction, role: "to", text: change.text, at: change.at };
        if (!previous.rules.includes("change")) previous.rules.push("change");
      }
    }
    previous = c;
  }
}

/**
 * "grew by almost 4,000 acres overnight to 30,000 acres (47 square miles)": a conversion is the
 * same figure in another unit, so it has its original's change (not paired: the original is).
 */
export function conversionChanges(live: Candidate[]): void {
  const changed = live.filter((c) => !c.dropped && c.change);
  if (changed.length === 0) return;
  for (const c of live) {
    if (c.dropped || c.change || !c.conversionOf) continue;
    const original = changed.find((o) => o.start === c.conversionOf!.start && o.end === c.conversionOf!.end);
    if (!original?.change) continue;
    c.change = { ...original.change, pairedWith: undefined };
    if (!c.rules.includes("change")) c.rules.push("change");
  }
}

const NEUTRAL_FROM = new RegExp(`\\b(${NEUTRAL.join("|")})(?:[ \\t]{1,2}[A-Za-z]{1,12}){0,3}[ \\t]{1,2}from[ \\t]{1,2}$`, "i");
/** Between the old and the new level: " to ", " per liter to ", " on Thursday to ". */
const TO_NEXT = /^[^.;:!?\n\d]{0,30}?[ \t]to[ \t]{1,2}(?:an?[ \t]{1,2})?$/i;

/**
 * "the price has been adjusted from N539 to N617 per litre", "Chicago went from 61 degrees on
 * Thursday to 10 today": a verb of movement without a direction, then "from X to Y" — the old
 * and the new level, up or down as the numbers say (the same number twice is no change).
 */
export function neutralFromTo(text: string, live: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  let previous: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    const a = previous;
    previous = c;
    // Cheap first: the old level follows "from ".
    if (!a || a.change || c.change || text.charCodeAt(a.start - 2) !== 109) continue;
    const verb = NEUTRAL_FROM.exec(text.slice(Math.max(0, a.start - 60), a.start));
    if (!verb || !TO_NEXT.test(text.slice(a.end, c.start)) || !(sameKind(a, c) || bare(c) || bare(a)) || a.value === c.value) continue;
    const at = a.start - 60 + Math.max(0, 60 - a.start) + verb.index;
    const direction = c.value > a.value ? "up" : "down";
    const word = verb[1]!;
    a.change = { direction, role: "from", text: word, at };
    c.change = { direction, role: "to", text: word, at };
    for (const x of [a, c]) if (!x.rules.includes("change")) x.rules.push("change");
    found.push(a, c);
  }
  return found;
}
