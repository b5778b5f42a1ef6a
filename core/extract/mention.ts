import type { Change, ClaimKind, Dimension, Qualifier, TimeOfDay } from "../model.js";

/**
 * What an extractor step finds before it becomes a Claim: a value with its span in the text,
 * not yet given an id, a subject or a modality. Offsets index the text the step was given.
 */
export interface Mention {
  kind: ClaimKind;
  start: number;
  end: number;
  /** A number, or for a date "YYYY-MM-DD" / "YYYY-MM" / "YYYY". */
  value: number | string;
  unit?: string;
  dimension?: Dimension;
  qualifier: Qualifier;
  qualifierText?: string;
  low?: number;
  high?: number;
  /** Resolution as written, in `unit` (18.6 -> 0.1). */
  step?: number;
  /** For "X unit (Y unit)": the span of X, set on Y. */
  conversionOf?: { start: number; end: number };
  /** The counted or measured noun next to the number, when the step saw one ("refugees", "strip"). */
  noun?: { start: number; end: number; text: string };
  /** Names of the rules that produced it. */
  rules: string[];
  /** Part of a change: direction, role and the other figure's span (claims turn it into an id). */
  change?: MentionChange;
  /** An order of magnitude ("thousands", "dozens"): comparable, never exact. */
  vague?: boolean;
  /** For a date: the time of day told with it (dates/time-of-day.ts). */
  time?: TimeOfDay;
}

/** `Change` with the other figure as a span, before claims have ids. */
export interface MentionChange extends Omit<Change, "pairedWith"> {
  pairedWith?: { start: number; end: number };
}

/**
 * A mention with every field present, undefined where it does not apply, always in this
 * order. Every step after the finders reads mentions of all three kinds; with one shape the
 * engine's property look-ups stay monomorphic instead of going through a dozen shapes made by
 * optional fields set in different orders.
 * @example newMention({ kind: "quantity", start: 0, end: 5, value: 30, qualifier: "exact", rules: [] })
 */
export function newMention(m: Mention): Mention {
  return {
    kind: m.kind, start: m.start, end: m.end, value: m.value, unit: m.unit, dimension: m.dimension,
    qualifier: m.qualifier, qualifierText: m.qualifierText, low: m.low, high: m.high, step: m.step,
    conversionOf: m.conversionOf, noun: m.noun, rules: m.rules, change: m.change, vague: m.vague, time: m.time,
  };
}
