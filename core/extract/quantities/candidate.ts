import type { NumberReading } from "../numbers/index.js";
import { newMention, type Mention } from "../mention.js";
import type { UnitDef } from "../../units/index.js";
import type { CandidateChange } from "./change.js";

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
  /** Part of a change ("rose to 2,158 from 1,809"): see change.ts. */
  change?: CandidateChange;
  /** An order of magnitude ("thousands"), not a figure. */
  vague?: boolean;
  rules: string[];
  dropped?: string;
}

/**
 * A fresh candidate for one reading, not yet given a unit or qualifier. Every field is set
 * (most to undefined) so the steps that fill them in keep one shape (see newMention).
 */
export function candidateFor(reading: NumberReading): Candidate {
  return {
    reading, upper: undefined, start: reading.start, end: reading.end, numberEnd: reading.end,
    value: reading.value, step: reading.step, unit: undefined, countUnit: undefined, kind: "quantity",
    qualifier: "exact", qualifierText: undefined, low: undefined, high: undefined, unitAttached: undefined,
    conversionOf: undefined, signTaken: undefined, noun: undefined, change: undefined, vague: undefined, rules: ["number"],
    dropped: undefined,
  };
}

/** The finished mention: only live candidates get here. */
export function toMention(c: Candidate): Mention {
  return newMention({
    kind: c.kind, start: c.start, end: c.end, value: c.value, unit: c.unit?.id ?? c.countUnit,
    dimension: c.unit?.dimension ?? (c.countUnit ? "count" : undefined), qualifier: c.qualifier,
    qualifierText: c.qualifierText, low: c.low, high: c.high, step: c.step,
    conversionOf: c.conversionOf, noun: c.noun, rules: c.rules,
    change: c.change && { direction: c.change.direction, role: c.change.role, text: c.change.text, pairedWith: c.change.pairedWith },
    vague: c.vague,
  });
}

/** The step that made a change says so: mentions list their rules in pipeline order. */
export function mark(c: Candidate, rule: string): void {
  if (!c.rules.includes(rule)) c.rules.push(rule);
}

export function drop(c: Candidate, reason: string): void {
  c.dropped ??= reason;
}
