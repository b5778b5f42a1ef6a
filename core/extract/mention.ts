import type { ClaimKind, Dimension, Qualifier } from "../model.js";

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
}
