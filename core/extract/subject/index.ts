import { subjectContext, type SubjectContext } from "./context.js";
import { FRAME_STEPS } from "./frame-steps.js";
import { runSteps, type Reading, type SubjectInput, type SubjectReading } from "./reading.js";
import { QUANTITY_STEPS } from "./steps.js";
import { dateSubject, durationSubject } from "./time-subject.js";

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

function quantitySubject(input: SubjectInput): SubjectReading | null {
  const reading: Reading = { input, phrase: null, rules: [], frame: { scope: [], rules: [] } };
  runSteps(reading, QUANTITY_STEPS);
  if (reading.result !== undefined) return reading.result;
  runSteps(reading, FRAME_STEPS);
  if (reading.result === null) return null;
  const { measure, scope, event, rules } = reading.frame;
  const subject = reading.subject!;
  subject.frame = { measure: measure!, scope, ...(event ? { event } : {}), rules: [...reading.rules, ...rules] };
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
