import type { EventFrame, FramePart, ScopeEntity, Subject } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import type { Casualty } from "./casualty.js";
import type { SubjectContext } from "./context.js";
import type { EventReading } from "./event.js";
import type { EventMeasure } from "./event-measure.js";
import type { CountedPhrase } from "./label.js";
import type { NamedMeasure } from "./named-measure.js";
import type { NounPhrase } from "./noun-phrase.js";
import type { PlaceReading } from "./place.js";

/**
 * What the subject steps pass along for one number: each step reads the input and what the
 * steps before it found, and adds its part. Steps are listed in steps.ts and frame-steps.ts.
 */

export interface SubjectInput {
  text: string;
  sentence: Span;
  /** The text of the sentence before, for "it" in "since it's already hosting". */
  previousSentence: string;
  mention: Mention;
  /** The article around the number, built once per article (context.ts); optional. */
  context?: SubjectContext;
}

export interface SubjectReading {
  subject: Subject;
  rules: string[];
}

export interface Reading {
  input: SubjectInput;
  /** The noun phrase right after the number, read once. */
  phrase: NounPhrase | null;
  head?: string;
  group?: string;
  /** A place read from the words of the head ("Syrian territory", "Turkey's population"). */
  demonymAsPlace?: string;
  casualty?: Casualty;
  event?: EventReading | null;
  /** Words read before the number ("The M4 highway"), for the subject's text. */
  headSpan?: Span;
  /** Words of a "the number of X" or "X now number N" phrase, for the frame's measure. */
  countedSpan?: CountedPhrase;
  place?: PlaceReading | null;
  measure?: string;
  /** A measure of an event itself (event-measure.ts): a quake's magnitude, a storm's winds. */
  eventMeasure?: EventMeasure | null;
  /** A standing measure of a named thing (named-measure.ts): its class and the thing. */
  named?: NamedMeasure | null;
  subject?: Subject;
  /** Set by a step that decides alone (a direction, a definite reference): the result, or null for none. */
  result?: SubjectReading | null;
  /** The name of the step that decided the reading, when one stopped it. */
  stoppedAt?: string;
  rules: string[];
  frame: { measure?: FramePart; scope: ScopeEntity[]; event?: EventFrame; rules: string[] };
}

/**
 * One named step. `run` returns "stop" when the reading is decided (see `result`), and
 * nothing to go on to the next step.
 */
export interface SubjectStep {
  name: string;
  run(reading: Reading): "stop" | void;
}

/** Runs steps in order until one stops. */
export function runSteps(reading: Reading, steps: readonly SubjectStep[]): Reading {
  for (const step of steps) {
    if (step.run(reading) !== "stop") continue;
    reading.stoppedAt = step.name;
    break;
  }
  return reading;
}

/**
 * A figure read as a measure of a named thing or a class of sums: the thing's name (or the class)
 * is the subject's head, not the phrase after the figure ("Dali lost power").
 */
export function takeNamed(reading: Reading, named: NamedMeasure, head: string, rule: string): void {
  reading.named = named;
  reading.phrase = null;
  reading.head = head;
  reading.headSpan = named.span;
  reading.rules.push(rule);
}

