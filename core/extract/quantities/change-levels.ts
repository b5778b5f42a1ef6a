import { times } from "../numbers/index.js";
import type { Candidate } from "./candidate.js";
import type { CandidateChange } from "./change.js";

/** A sentence break between two figures: a change never reaches across one. */
const SENTENCE_END = /[.!?]["”’)]?[ \t]+[A-Z]|\n/;
/** How far apart two levels of one change may be written ("to RM2.53 billion for the fourth quarter ended Dec 31, 2024 (4QFY2024), from"). */
const MAX_GAP = 120;

/** Same kind of figure: both percents, both in one dimension, or both counts of one noun. */
export function sameKind(a: Candidate, b: Candidate): boolean {
  return a.kind === b.kind && a.unit?.dimension === b.unit?.dimension && a.countUnit === b.countUnit;
}

/** A figure without unit or noun ("from 27.7 million"), which the other level of its change may name. */
export const bare = (c: Candidate) => c.kind === "quantity" && !c.unit && !c.countUnit;

/**
 * "have fallen to 23.8 million tonnes ... from 27.7 million", "increased 66,000 to 2.88 million
 * people": the figures of one change are in one unit, often written once. The bare one takes
 * the unit or counted noun of the other (values stay as written).
 * @example sharePairedUnit(c238tonnes, c277) // c277.unit = tonnes
 */
export function sharePairedUnit(a: Candidate, b: Candidate, levels = false, text = ""): void {
  if (text && !millionsOfCount(text, a, b)) millionsOfCount(text, b, a);
  // Two levels of one change share a percent too ("rose to 8 per cent in December from 7.9"); an
  // amount and a level do not ("rose 14% to 230").
  const named = (c: Candidate) => (c.kind === "quantity" && (c.unit !== undefined || c.countUnit !== undefined)) || (levels && c.kind === "percent" && c.unit !== undefined);
  const [from, to] = bare(b) && named(a) ? [a, b] : bare(a) && named(b) ? [b, a] : [];
  if (!from || !to) return;
  to.unit = from.unit;
  to.countUnit = from.countUnit;
  to.kind = from.kind;
  if (!to.rules.includes("change-unit")) to.rules.push("change-unit");
}

/**
 * "fell by 7,000 to 1.7m": a glued "m" on the other figure of a change whose first figure counts
 * people or things is millions of them, not metres (scale-letters.ts reads it as millions only
 * before a counted noun). Returns whether it re-read `m`.
 */
function millionsOfCount(text: string, count: Candidate, m: Candidate): boolean {
  if (m.unit?.id !== "m" || !m.unitAttached || m.reading.scaled || count.unit || count.countUnit === undefined) return false;
  if (m.end !== m.numberEnd + 1 || text[m.numberEnd] !== "m") return false;
  m.value = times(m.value, 1e6);
  m.step = times(m.step, 1e6);
  m.unit = undefined;
  m.countUnit = count.countUnit;
  if (!m.rules.includes("scale-letter")) m.rules.push("scale-letter");
  return true;
}

export function oneSentence(text: string, from: number, to: number): boolean {
  return to >= from && to - from <= MAX_GAP && !SENTENCE_END.test(text.slice(from, to));
}

/**
 * ", from RM2.39 billion a year ago" after "rose 6% to RM2.53 billion for the fourth quarter
 * ended Dec 31, 2024 (4QFY2024)": a clause that opens with "from" holds the old level of the
 * change whose new level came before it in the sentence, when both are figures of one kind.
 */
export function fromClause(text: string, previous: Candidate | undefined, c: Candidate): CandidateChange | null {
  // "fell by 0.26 million hectares (ha) from 10.45 million ha": after the amount too, of the same kind.
  const role = previous?.change?.role;
  // "declined 0.7 per cent, or just 40 properties, from 5,725 to 5,685": bare levels after a counted amount.
  const counted = bare(c) && previous?.countUnit !== undefined;
  if (!previous || !(role === "to" || (role === "by" && (sameKind(previous, c) || counted))) || !(sameKind(previous, c) || bare(c)) || !oneSentence(text, previous.end, c.start)) return null;
  return { ...previous.change!, role: "from", pairedWith: undefined };
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
      previous.end <= change.at && (sameKind(previous, c) || (bare(c) && previous.kind === "quantity" && !previous.unit)) && oneSentence(text, previous.end, change.at)) {
      // "EUR 42m ($58m), up from EUR 22m": the level is the figure the bracketed conversion restates.
      const level = previous.conversionOf ? live.find((o) => o.start === previous!.conversionOf!.start && !o.dropped && !o.change) ?? previous : previous;
      level.change = { direction: change.direction, role: "to", text: change.text, at: change.at };
      if (!level.rules.includes("change")) level.rules.push("change");
    }
    // A bracketed conversion is no figure of its own: the level before it is still the one looked at.
    if (!(c.conversionOf && previous && !c.change && previous.start === c.conversionOf.start)) previous = c;
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
