import { subjectContext, type SubjectContext } from "./context.js";
import { FRAME_STEPS } from "./frame-steps.js";
import { runSteps, type Reading, type SubjectInput, type SubjectReading } from "./reading.js";
import { QUANTITY_STEPS } from "./steps.js";
import { oneValueEach, reportSubject, UNREAD_STOPS } from "./report-subject.js";
import { dateSubject, durationSubject } from "./time-subject.js";
import { mapPacked } from "../packed.js";

export type { SubjectInput, SubjectReading } from "./reading.js";
export { subjectContext } from "./context.js";

/**
 * What a number is about: a Subject (head, facets, key, for display and old stored items)
 * and its frame (measure class, scope, event; see model.ts). Quantities and percents go
 * through the named steps of steps.ts, then those of frame-steps.ts; dates and durations
 * through time-subject.ts. Every step that contributed is named in the reading's rules.
 */

/**
 * @example findSubject({ text, sentence, previousSentence: "", mention })?.subject.key // "refugee|syrian|turkey"
 */
export function findSubject(input: SubjectInput): SubjectReading | null {
  const withContext = input.context ? input : { ...input, context: fallbackContext(input.text) };
  const { mention } = withContext;
  if (mention.kind === "date") return dateSubject(withContext);
  if (mention.kind === "duration") return durationSubject(withContext);
  return quantitySubject(withContext);
}

/**
 * The subjects of an article's mentions, in their order: what findSubject gives each, read faster.
 * Every quantity and percent goes through the quantity steps one step at a time (all of them
 * through a step before the next), so a step's readers and patterns are still in the processor's
 * caches for the next figure: read figure by figure, each of the steps' many readers ran once
 * between all the others, at two to four times its cost in a loop of its own (session 13, H).
 * Those steps read only the figure's own text, sentence and mention and the article's
 * structure, read once from its text, so when they run changes nothing. The frame steps and the
 * date and duration readers read and write what the article's other figures found (places
 * remembered, events read): they still run mention by mention, in text order, as before.
 * @example findSubjects(inputs).map((r) => r?.subject.key) // one reading per input, each as findSubject gives it
 */
export function findSubjects(inputs: readonly SubjectInput[]): (SubjectReading | null)[] {
  const withContexts = mapPacked(inputs, (input) => (input.context ? input : { ...input, context: fallbackContext(input.text) }));
  const readings = mapPacked(withContexts, (input) => (input.mention.kind === "date" || input.mention.kind === "duration" ? undefined : newReading(input)));
  const going = mapPacked(readings, (reading) => reading !== undefined);
  for (const step of QUANTITY_STEPS) {
    for (let i = 0; i < readings.length; i++) {
      if (!going[i] || step.run(readings[i]!) !== "stop") continue;
      going[i] = false;
      readings[i]!.stoppedAt = step.name;
    }
  }
  return oneValueEach(withContexts, mapPacked(withContexts, (input, i) => {
    const reading = readings[i];
    if (reading) return framed(reading);
    return input.mention.kind === "date" ? dateSubject(input) : durationSubject(input);
  }));
}

function newReading(input: SubjectInput): Reading {
  return { input, phrase: null, rules: [], frame: { scope: [], rules: [] } };
}

function quantitySubject(input: SubjectInput): SubjectReading | null {
  const reading = newReading(input);
  runSteps(reading, QUANTITY_STEPS);
  return framed(reading);
}

/** The subject of a reading the quantity steps have been through: the frame steps, then the subject with its frame. */
function framed(reading: Reading): SubjectReading | null {
  // A figure the steps could read nothing for may still be about what its report is about (report-subject.ts).
  if (reading.result === null && UNREAD_STOPS.has(reading.stoppedAt ?? "")) return reportSubject(reading);
  if (reading.result !== undefined) return reading.result;
  runSteps(reading, FRAME_STEPS);
  if (reading.result === null) return null;
  const { measure, scope, event, rules } = reading.frame;
  const subject = reading.subject!;
  const all = [...reading.rules, ...rules];
  // Written out, not as a spread of `{ event }` or `{}`: the same keys in the same order, without an object made and copied per figure.
  subject.frame = event ? { measure: measure!, scope, event, rules: all } : { measure: measure!, scope, rules: all };
  return { subject, rules: reading.rules };
}

/**
 * Without a context from the pipeline, one built from the text alone (no dates), kept for the
 * next number of the same text: the structure and event readings are per article.
 */
let lastContext: SubjectContext | undefined;
function fallbackContext(text: string): SubjectContext {
  if (lastContext?.text !== text) lastContext = subjectContext(text, [], undefined, []);
  return lastContext;
}
