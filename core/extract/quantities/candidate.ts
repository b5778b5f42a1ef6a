import type { NumberReading } from "../numbers/index.js";
import type { Mention } from "../mention.js";
import type { UnitDef } from "../../units/index.js";

/**
 * A number on its way to becoming a quantity mention: each pipeline step widens the span,
 * sets a unit or qualifier, or drops it with a reason (kept so tests can ask why).
 */
export interface Candidate {
  reading: NumberReading;
  /** The second number of a range ("15" in "12-15"). */
  upper?: NumberReading;
  start: number;
  end: number;
  /** Where the number part ends (before any unit), for steps that look right after it. */
  numberEnd: number;
  value: number;
  step: number;
  unit?: UnitDef;
  /** A counted noun as unit when it is not in the table ("rocket"). */
  countUnit?: string;
  kind: "quantity" | "percent";
  qualifier: Mention["qualifier"];
  qualifierText?: string;
  low?: number;
  high?: number;
  /** The unit was glued or hyphenated to the number ("30-mile", "15,200km"). */
  unitAttached?: boolean;
  conversionOf?: { start: number; end: number };
  /** The currency sign right after this number was taken by the next one ("2019 TL 500"). */
  signTaken?: boolean;
  noun?: { start: number; end: number; text: string };
  rules: string[];
  dropped?: string;
}

/** A fresh candidate for one reading, not yet given a unit or qualifier. */
export function candidateFor(reading: NumberReading): Candidate {
  return {
    reading, start: reading.start, end: reading.end, numberEnd: reading.end,
    value: reading.value, step: reading.step, kind: "quantity", qualifier: "exact", rules: ["number"],
  };
}

/** The finished mention: only live candidates get here. */
export function toMention(c: Candidate): Mention {
  const unit = c.unit?.id ?? c.countUnit;
  const dimension = c.unit?.dimension ?? (c.countUnit ? "count" : undefined);
  const m: Mention = { kind: c.kind, start: c.start, end: c.end, value: c.value, qualifier: c.qualifier, step: c.step, rules: c.rules };
  if (unit !== undefined) m.unit = unit;
  if (dimension !== undefined) m.dimension = dimension;
  if (c.qualifierText !== undefined) m.qualifierText = c.qualifierText;
  if (c.low !== undefined) m.low = c.low;
  if (c.high !== undefined) m.high = c.high;
  if (c.conversionOf) m.conversionOf = c.conversionOf;
  if (c.noun) m.noun = c.noun;
  return m;
}

/** The step that made a change says so: mentions list their rules in pipeline order. */
export function mark(c: Candidate, rule: string): void {
  if (!c.rules.includes(rule)) c.rules.push(rule);
}

export function drop(c: Candidate, reason: string): void {
  c.dropped ??= reason;
}
