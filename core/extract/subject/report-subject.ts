import type { FramePart } from "../../model.js";
import type { Span } from "../span.js";
import { buildSubject } from "./key.js";
import { dimensionOf } from "./named-subject.js";
import { distanceFromPlace } from "./distance-from.js";
import { placeAfter } from "./place.js";
import { PLACE_BEFORE } from "./place-before.js";
import type { Reading, SubjectInput, SubjectReading } from "./reading.js";
import { recalledEvent } from "./recalled-event.js";
import { PART_CUE, tellsOtherEvent } from "./story-names-step.js";
import { QUAL } from "./named-class.js";
import { FIGURE_WORDS } from "./data/report-subject-words.js";
import { reportScope, THING_KINDS } from "./report-subject-scope.js";
import dimensions from "./data/thing-dimensions.js";

/**
 * A figure the subject steps leave without a frame still says what it is about (issue 15,
 * session 16): its measure from its own unit (a length, an area, a weight, a sum) and the words
 * next to it, its scope from what the report itself is about (report-subject-scope.ts): the
 * thing its clause names, the report's main named thing, the thing its headline names, else the
 * story's distinctive names. Such a frame is marked
 * `frame.story-figure`: nothing of its own sentence tied it to that scope, so the comparison may
 * tie two of them weakly at most (a discrepancy).
 *
 * The guard is what makes two figures two things, read from the figure's own sentence: a part
 * ("of which", "including", "another"), a place of its own ("260 kilometers in Kyrgyzstan"), a
 * change or a comparison ("by", "to", "than", "from"), a rate ("a year", "per day"), another event
 * or time ("last year", "in 2010"), a distance away (named-subject.ts dimensionOf).
 */

export const STORY_FIGURE = "frame.story-figure";

/** The subject steps whose stop means "nothing read", not "read as no thing": a figure they end may still be framed here. */
export const UNREAD_STOPS: ReadonlySet<string> = new Set(["subject.counted-noun", "subject.generic"]);

const PHYSICAL = new Set(["length", "area", "volume", "mass"]);

const COST = new RegExp(String.raw`\b(?:${FIGURE_WORDS.cost.join("|")})\b[^,;:.]{0,40}$`, "iu");
const RATE_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{0,40}\)\s*)?(?:${FIGURE_WORDS.rate.join("|")})\b`, "iu");
const CHANGE_BEFORE = new RegExp(String.raw`\b(?:${FIGURE_WORDS.change.join("|")})\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");
/** "1.25 meters wide and 230 meters long", "measures 1.25 m wide and spans 233 m": two dimensions of one thing joined, no comparison. */
const DIMENSIONS_JOINED = new RegExp(String.raw`\b(?:${Object.keys(dimensions.after).join("|")})\s+and\s+(?:[\p{L}-]+\s+)?$`, "iu");
const PART_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:${FIGURE_WORDS.partAfter.join("|")})\b`, "iu");
/** A clause opening with a pointer to a thing: "It", "The bridge", "This tower". */
const POINTER_SUBJECT = new RegExp(String.raw`^\s*(?:It|Its|(?:The|This|That|These|Those)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${THING_KINDS.join("|")})s?)(?![\p{L}])`, "u");

/** "more than", "up to", "about" before a figure: its qualifier, no comparison with another figure. */
const TRAILING_QUALIFIER = new RegExp(String.raw`(?:${QUAL})$`, "iu");
const OTHER_TIME = new RegExp(String.raw`\b(?:${FIGURE_WORDS.otherTime.join("|")})\b`, "iu");

/**
 * The frame of a figure no step framed, or null when its words give no measure or its sentence
 * makes it some other thing than the report's.
 * @example reportSubject(readingOf("The skyscraper dubbed “Mohammed VI Tower” will reach 984 feet"))?.subject.frame?.measure.id // "extent"
 */
export function reportSubject(r: Reading): SubjectReading | null {
  const { text, mention } = r.input;
  if (mention.kind !== "quantity" || typeof mention.value !== "number") return null;
  if (convertedFigure(text, mention)) return null;
  const measure = measureOf(r);
  if (!measure) return null;
  if (guarded(r)) return null;
  const scope = reportScope(r, measure.id);
  if (scope.length === 0) return null;
  const subject = buildSubject({ text: text.slice(mention.start, mention.end), head: measure.id });
  const rules = [...r.rules, STORY_FIGURE];
  subject.frame = { measure, scope, rules };
  return { subject, rules };
}

/** A bare length ("the 948-foot Dali": `extent`) may be a length or a height: a report's values of either are its rivals. */
const RIVALS: Readonly<Record<string, readonly string[]>> = { extent: ["extent", "length", "height"], length: ["length", "extent"], height: ["height", "extent"] };

/** A figure in brackets right after another: a conversion, which holds what the figure before it holds. */
const CONVERTED = /\(\s*(?:about|around|approximately|approx\.?|some|roughly|nearly|over|more\s+than|up\s+to)?\s*$/iu;

function convertedFigure(text: string, mention: Span): boolean {
  return CONVERTED.test(text.slice(Math.max(0, mention.start - 16), mention.start));
}

/**
 * The readings of one report, a figure framed here left without a frame when the report gives
 * another value of its measure (in any frame, conversions aside): two heights or two costs in one
 * report are two things (a phase and the whole, the old and the new), and which of them the
 * report's subject is, its words do not say (the head match's rule, head-figures.ts MAX_VALUES).
 * @example oneValueEach(inputs, readings) // the readings, "10 feet" and "22 feet" of one river unframed
 */
export function oneValueEach(inputs: readonly SubjectInput[], readings: (SubjectReading | null)[]): (SubjectReading | null)[] {
  const values = new Map<string, Set<string>>();
  readings.forEach((reading, i) => {
    const frame = reading?.subject.frame;
    const { mention, text } = inputs[i]!;
    if (!frame || convertedFigure(text, mention)) return;
    const key = frame.measure.id;
    values.set(key, (values.get(key) ?? new Set()).add(`${String(mention.value)} ${mention.unit ?? ""}`));
  });
  const told = (measure: string) => new Set((RIVALS[measure] ?? [measure]).flatMap((m) => [...(values.get(m) ?? [])])).size;
  return readings.map((reading) => {
    const frame = reading?.subject.frame;
    return frame?.rules?.includes(STORY_FIGURE) && told(frame.measure.id) > 1 ? null : reading;
  });
}

/**
 * What the figure measures: its dimension for a physical unit (named-subject.ts dimensionOf), or its
 * distance from the place named after it (distance-from.ts), a cost for a sum a cost word introduces.
 */
function measureOf(r: Reading): FramePart | null {
  const { text, sentence, mention } = r.input;
  if (mention.dimension && PHYSICAL.has(mention.dimension)) {
    const dimension = dimensionOf(text, sentence, mention);
    if (dimension) return { id: dimension.cls, text: dimension.words };
    // "just 150km from Kabul": a distance from a named place, of the place the story tells of; not
    // of a thing a pointer stands for ("The bridge is located 540 km from Dispur"), which
    // distance-from.ts reads or leaves unread on purpose.
    const from = POINTER_SUBJECT.test(text.slice(sentence.start, mention.start)) ? null : distanceFromPlace(text, sentence, mention);
    return from ? { id: from, text: text.slice(mention.end, Math.min(sentence.end, mention.end + 40)).trim() } : null;
  }
  if (mention.dimension === "money") {
    const cost = COST.exec(text.slice(Math.max(sentence.start, mention.start - 60), mention.start));
    return cost ? { id: "cost", text: cost[0].trim() } : null;
  }
  return null;
}

/** Whether the figure's own sentence makes it a part, a change, a rate, another place, event or time. */
function guarded(r: Reading): boolean {
  const { text, sentence, mention, context } = r.input;
  const before = text.slice(Math.max(sentence.start, mention.start - 60), mention.start).replace(TRAILING_QUALIFIER, "");
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 60));
  const whole = text.slice(sentence.start, sentence.end);
  if (PART_CUE.test(before) || PART_AFTER.test(after) || (CHANGE_BEFORE.test(before) && !DIMENSIONS_JOINED.test(before)) || RATE_AFTER.test(after)) return true;
  if (OTHER_TIME.test(whole) || tellsOtherEvent(whole) || earlierYear(whole, context?.published)) return true;
  if (context && recalledEvent(context, text, sentence, mention)) return true;
  // "260 kilometers in Kyrgyzstan", "In China, 213 kilometers": a place of its own is that place's part.
  return ownPlace(text, mention, sentence) || PLACE_BEFORE.test(before);
}

/** "The construction began in 2011 at a project cost of ₹950 crore": a year before the report's puts the figure at that time. */
function earlierYear(sentence: string, published: string | undefined): boolean {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isFinite(year)) return false;
  return [...sentence.matchAll(YEAR)].some((m) => Number(m[1]) < year);
}

const YEAR = /(?<![\d.,])((?:19|20)\d\d)(?![\d.,]|\s*(?:km|m|kilomet|met|feet|ft|tonnes|tons|people|crore|million|billion))/gu;

/** A place phrase right after the figure and its noun ("260 kilometers in Kyrgyzstan"), not one a later clause of the sentence names ("and will be the tallest in Africa"). */
function ownPlace(text: string, mention: Span, sentence: Span): boolean {
  const place = placeAfter(text, mention.end, sentence.end);
  if (!place?.place || !place.span) return false;
  const between = text.slice(mention.end, place.span.start);
  return NEAR.test(between) && !CLAUSE_WORD.test(between);
}

/** At most three words between a figure and its place phrase. */
const NEAR = /^\s*(?:\([^()]{0,40}\)\s*)?(?:[\p{L}-]+\s+){0,3}$/u;
/** Words that open another clause between a figure and a place. */
const CLAUSE_WORD = /\b(?:and|or|but|will|would|is|was|are|were|be|been|has|have|had|which|that)\b/i;

