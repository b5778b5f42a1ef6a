import type { Mention } from "./mention.js";
import type { Draft } from "./draft.js";
import type { Span } from "./span.js";
import { spanIndexAt } from "./span.js";
import { splitSentences } from "./sentences.js";
import { resolveOverlaps } from "./overlaps.js";
import { datesAfterRaceTimes } from "./durations/race-time.js";
import { dropFurniture } from "./furniture.js";
import { findSubjects, subjectContext, type SubjectInput } from "./subject/index.js";
import type { SubjectContext } from "./subject/context.js";
import { attributiveFigure } from "./attributive.js";
import { modalityOf } from "./modality.js";
import { quotedRegions } from "./quotes.js";
import { asOfFor } from "./as-of.js";
import { isNewsFigure } from "./figures.js";
import { dropRateDurations } from "./quantities/rates.js";
import { mapPacked } from "./packed.js";

/**
 * Extraction as an ordered list of small named steps, in the manner of chrono-node's
 * configuration: finders first (each reads the whole text on its own terms), then refiners
 * that see all mentions together. Each step's comment says why it sits where it does.
 */

/**
 * The most claims one article yields, the first in text order: real stories have hundreds at
 * most (the five example articles 5 to 37).
 */
export const MAX_CLAIMS_PER_ARTICLE = 2000;

/** The number finders the pipeline runs. Injected so each can be tested and replaced alone. */
export interface Finders {
  quantities(text: string): Mention[];
  dates(text: string, published?: string): Mention[];
  durations(text: string): Mention[];
}

/** What the steps pass along. */
export interface Extraction {
  text: string;
  published?: string;
  sentences: Span[];
  quotes: Span[];
  mentions: Mention[];
  drafts: Draft[];
  /**
   * The article context the subject step read (its dates and sentences, and what its readers
   * filled in: the story's names among them), kept so that what runs after extraction reads
   * the same article without building it again.
   */
  context?: SubjectContext;
}

export interface Step {
  name: string;
  run(state: Extraction, finders: Finders): Extraction;
}

export const STEPS: readonly Step[] = [
  // First, because every refiner after the finders reads inside one sentence, and quotes may
  // run across sentences of one paragraph, so both are computed once over the whole text.
  { name: "sentences", run: (s) => ({ ...s, sentences: splitSentences(s.text), quotes: quotedRegions(s.text) }) },
  // The three finders are independent and may read the same words ("Nov. 13" is a date and a
  // 13); they all run before anything decides between them.
  { name: "quantities", run: (s, f) => ({ ...s, mentions: [...s.mentions, ...f.quantities(s.text)] }) },
  { name: "dates", run: (s, f) => ({ ...s, mentions: [...s.mentions, ...f.dates(s.text, s.published)] }) },
  { name: "durations", run: (s, f) => ({ ...s, mentions: [...s.mentions, ...f.durations(s.text)] }) },
  // Before overlaps: a span outside the text, or a number no story prints, must not win an
  // overlap against a good reading.
  { name: "valid-spans", run: (s) => ({ ...s, mentions: s.mentions.filter((m) => validSpan(m, s.text.length) && figuresOf(m).every(isNewsFigure)) }) },
  // Before overlaps: "188 miles an hour" is a speed, and the "an hour" inside it, or the "a
  // year" after "$50,000", is what the rate is per, not a one-hour or one-year duration.
  { name: "rates", run: (s) => ({ ...s, mentions: dropRateDurations(s.text, s.mentions) }) },
  // Before overlaps: "won in 2:09 on Monday" is a finishing time and a day, not Monday at 2:09.
  { name: "race-times", run: (s) => ({ ...s, mentions: datesAfterRaceTimes(s.text, s.mentions) }) },
  // After all finders, so the date can beat the bare number it contains.
  { name: "overlaps", run: (s) => ({ ...s, mentions: resolveOverlaps(s.mentions) }) },
  // After overlaps, so a furniture line drops whichever reading won, and before subjects,
  // which are the expensive part.
  { name: "furniture", run: (s) => ({ ...s, mentions: dropFurniture(s.text, s.mentions) }) },
  // Before subjects, the per-claim cost: a "story" with thousands of figures is a table or a
  // data dump, and reading each one's subject would keep a request busy for a minute.
  { name: "claim-limit", run: (s) => ({ ...s, mentions: firstInText(s.mentions, MAX_CLAIMS_PER_ARTICLE) }) },
  // Subjects before modality: both read the sentence, but conversions copy the subject of
  // their original, which needs all subjects first.
  { name: "subjects", run: (s) => {
    // Built once per article: the dates and document structure every subject step may read.
    const context = subjectContext(s.text, s.mentions, s.published, s.sentences);
    return { ...s, context, drafts: withSubjects(s, context) };
  } },
  { name: "modality", run: (s) => ({ ...s, drafts: mapPacked(s.drafts, (d) => withModality(s, d)) }) },
  // Last: asOf needs the final set of dates (after overlaps and furniture) to tie numbers to.
  { name: "asOf", run: (s) => ({ ...s, drafts: withAsOf(s) }) },
];

/**
 * Runs every step in order over one text.
 * @example runPipeline("a 30-km strip", "2024-08-06", finders).drafts[0].mention.unit // "km"
 */
export function runPipeline(text: string, published: string | undefined, finders: Finders, steps: readonly Step[] = STEPS): Extraction {
  let state: Extraction = { text, published, sentences: [], quotes: [], mentions: [], drafts: [], context: undefined };
  for (const step of steps) state = step.run(state, finders);
  return state;
}

function firstInText(mentions: Mention[], limit: number): Mention[] {
  return mentions.length <= limit ? mentions : [...mentions].sort((a, b) => a.start - b.start).slice(0, limit);
}

function figuresOf(m: Mention): number[] {
  return [m.value, m.low, m.high, m.step].filter((n): n is number => typeof n === "number");
}

function validSpan(m: Mention, length: number): boolean {
  return Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= length && m.start < m.end;
}

function sentenceOf(state: Extraction, mention: Mention): { sentence: Span; index: number } {
  const index = spanIndexAt(state.sentences, mention.start);
  const sentence = state.sentences[index];
  if (!sentence) return { sentence: { start: mention.start, end: mention.end }, index: -1 };
  // A mention that runs past its sentence's end keeps its whole span inside the sentence it reads.
  return { sentence: { start: sentence.start, end: Math.max(sentence.end, mention.end) }, index };
}

function withSubjects(state: Extraction, context: SubjectContext): Draft[] {
  const sentences = mapPacked(state.mentions, (mention) => sentenceOf(state, mention));
  const inputs = mapPacked(state.mentions, (mention, i): SubjectInput => {
    const { sentence, index } = sentences[i]!;
    const previous = index > 0 ? state.sentences[index - 1]! : null;
    const previousSentence = previous ? state.text.slice(Math.max(previous.start, previous.end - READING_REACH), previous.end) : "";
    return { text: state.text, sentence: readingWindow(sentence, mention), previousSentence, mention, context };
  });
  // All at once: the subject readers read the article's figures step by step (subject/index.ts).
  const readings = findSubjects(inputs);
  const drafts = mapPacked(inputs, ({ mention, sentence: window }, i): Draft => {
    const reading = readings[i];
    return { mention, sentence: sentences[i]!.sentence, window, subject: reading?.subject, modality: "asserted", asOf: undefined, rules: reading ? [...reading.rules] : [] };
  });
  // Most articles have no conversion: the span index is built only for those that do.
  if (!drafts.some((d) => d.mention.conversionOf)) return drafts;
  const bySpan = new Map(drafts.map((d) => [`${d.mention.start}:${d.mention.end}`, d]));
  for (const draft of drafts) {
    const of = draft.mention.conversionOf;
    const original = of ? bySpan.get(`${of.start}:${of.end}`) : undefined;
    if (original?.subject) {
      draft.subject = original.subject;
      draft.rules = [...draft.rules.filter((r) => !r.startsWith("subject.")), "subject.conversion"];
    }
  }
  return drafts;
}

/** How far refiners read around a mention: far more than any clause they look for. */
const READING_REACH = 400;

function readingWindow(sentence: Span, mention: Mention): Span {
  return { start: Math.max(sentence.start, mention.start - READING_REACH), end: Math.min(sentence.end, mention.end + READING_REACH) };
}

/** Subject readings of a date written as its event noun's own ("the Nov. 13 attack", "the collapse on Saturday"). */
const EVENT_NOUN_DATES = new Set(["subject.event-date", "subject.event-on-date", "subject.event-possessive"]);

function withModality(state: Extraction, draft: Draft): Draft {
  const presupposed = draft.mention.kind === "date" ? draft.rules.some((rule) => EVENT_NOUN_DATES.has(rule)) : attributiveFigure(state.text, draft.mention);
  const reading = modalityOf({ text: state.text, sentence: draft.window, mention: draft.mention, quotes: state.quotes, presupposed });
  return redraft(draft, { modality: reading.modality, asOf: draft.asOf, rules: reading.rule ? [...draft.rules, reading.rule] : draft.rules });
}

function withAsOf(state: Extraction): Draft[] {
  const dates: Mention[] = [];
  for (const d of state.drafts) if (d.mention.kind === "date") dates.push(d.mention);
  return mapPacked(state.drafts, (draft) => {
    const near = datesWithin(dates, draft.window);
    const reading = asOfFor({ text: state.text, sentence: draft.window, mention: draft.mention, dates: near, published: state.published });
    return redraft(draft, { modality: draft.modality, asOf: reading.asOf, rules: reading.rule === "asOf.stated-date" ? [...draft.rules, reading.rule] : draft.rules });
  });
}

/**
 * A copy of a draft with what a later step decided. Every draft is built with every field in
 * one order (withSubjects too), so drafts share one shape and copying them stays cheap: a
 * spread that adds a field ({ ...draft, asOf }) made a new shape, and a slow copy, per draft.
 */
function redraft(d: Draft, change: Pick<Draft, "modality" | "asOf" | "rules">): Draft {
  return { mention: d.mention, sentence: d.sentence, window: d.window, subject: d.subject, modality: change.modality, asOf: change.asOf, rules: change.rules };
}

/** Dates (sorted by start) inside a window, found by binary search so many mentions stay cheap. */
function datesWithin(dates: readonly Mention[], window: Span): Mention[] {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dates[mid]!.start < window.start) low = mid + 1;
    else high = mid;
  }
  const found: Mention[] = [];
  for (let i = low; i < dates.length && dates[i]!.start < window.end; i++) found.push(dates[i]!);
  return found;
}
