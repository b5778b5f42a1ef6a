import type { Frame, ScopeEntity } from "../../model.js";
import named from "./data/named-measures.js";
import { buildSubject } from "./key.js";
import { bareName, NAME, thingOf } from "./named-thing.js";
import { foldedId } from "./thing-phase.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import type { SubjectInput, SubjectReading } from "./reading.js";

/**
 * The frame of a date read by its clause's head (date-head.ts): the phase as its measure
 * (date.<phase>, or date.occurred with the happening's class, as data/date-phases.ts writes it),
 * and as its scope the names the clause gives ("Breach Candy Hospital", "Le Joola") and the
 * story's distinctive names (story-names.ts). A clause's name ties two reports' dates firmly; the
 * story's names only as one story (core/check/frame/date-strength.ts weighs them by storyMatch).
 * A clause that gives no name in a story that has none is nothing to compare.
 */

/** The mark of a frame read by a date's head. */
export const DATE_HEAD = "frame.date-head";

const NOT_NAMES = new Set(named.notNames);
const NAMES = new RegExp(NAME, "gu");
const AGE_BEFORE = /\b(?:new|old|former|original|second|first|another|other)\s+$/i;

/** @example headReading(input, "was admitted", "admission", at).subject.frame?.measure.id // "date.admission" */
export function headReading(input: SubjectInput, words: string, phase: string, headAt: number): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  const from = clauseFrom(text, sentence.start, Math.min(headAt, mention.start));
  const to = clauseTo(text, sentence.end, Math.max(headAt + words.length, mention.end));
  const own = clauseNames(text, from, to, sentence.start, mention);
  const story = context ? storyNames(context).filter((n) => n.id.startsWith(STORY_NAME) && !own.some((e) => e.id === n.id.slice(STORY_NAME.length))) : [];
  if (own.length === 0 && story.length === 0) return null;
  const happening = phase.startsWith("occurred:") ? phase.slice("occurred:".length) : undefined;
  const frame: Frame = { measure: { id: happening ? "date.occurred" : `date.${phase}`, text: words }, scope: [...own, ...story], rules: [DATE_HEAD] };
  if (happening) frame.event = { id: happening, text: happening };
  const subject = buildSubject({ text: words, head: happening ?? phase, measure: "date", ...(own[0] ? { event: own[0].id } : {}) });
  subject.frame = frame;
  return { subject, rules: [DATE_HEAD] };
}

/**
 * What ends a clause around a date and its head: a stop of the sentence, a dash, a comma, or a
 * word that joins another clause ("The foundation stone of the Atal Tunnel was laid on June 3,
 * 2000, with the foundation stone laid for the access road on May 26, 2002": the road's clause
 * names no tunnel).
 */
const BREAK = /[;:–—]|,\s|\s-\s|\s(?:and|but|while|whereas|with|after|before|when|as|which|who)\s/giu;

/** The mark of another reader's date frame given its story's names (`withStory`). */
export const DATE_STORY = "frame.date-story";

/**
 * Another date reader's frame ("The construction of the Dhola-Sadiya bridge began in 2011") with
 * its story's names added, as the head's frames carry them: two reports of one story that date
 * one phase apart meet by the story match whichever reader read each. A frame that has them
 * already (a lead's day, story-day.ts) is left as it is, and so is a happening's: the lead's day
 * reader alone gives one its story, since other readings of a happening's noun are often of
 * another day's act ("carry a body at the site of the landslide ... on Thursday").
 * @example withStory(input, worksReading)?.subject.frame?.rules // [..., "frame.date-story"]
 */
export function withStory(input: SubjectInput, reading: SubjectReading | null): SubjectReading | null {
  const frame = reading?.subject.frame;
  // A happening (date.occurred) is the lead's day reader's (story-day.ts): its other readings are of other days too ("the site of the landslide ... on Thursday").
  if (!frame || !input.context || !frame.measure.id.startsWith("date.") || frame.measure.id === "date.occurred" || frame.rules?.includes(DATE_HEAD)) return reading;
  if (frame.scope.some((e) => e.id.startsWith(STORY_NAME))) return reading;
  const names = storyNames(input.context).filter((n) => n.id.startsWith(STORY_NAME) && !frame.scope.some((e) => e.id === n.id.slice(STORY_NAME.length)));
  if (names.length === 0) return reading;
  frame.scope.push(...names);
  frame.rules = [...(frame.rules ?? []), DATE_STORY];
  return reading;
}

/** Where the clause holding `at` starts: after the last break before it. */
function clauseFrom(text: string, sentenceStart: number, at: number): number {
  let from = sentenceStart;
  for (const m of text.slice(sentenceStart, at).matchAll(BREAK)) from = sentenceStart + m.index + m[0].length;
  return from;
}

/** Where the clause holding `at` ends: at the next break, at most 80 characters on. */
function clauseTo(text: string, sentenceEnd: number, at: number): number {
  const after = text.slice(at, Math.min(sentenceEnd, at + 80));
  BREAK.lastIndex = 0;
  const cut = BREAK.exec(after);
  return at + (cut ? cut.index : after.length);
}

/**
 * The names a clause gives, outside the date's own words: a capitalised run not opening the
 * sentence alone ("He", "The"), nor a month or weekday, as a named thing or a known place.
 */
function clauseNames(text: string, from: number, to: number, sentenceStart: number, mention: { start: number; end: number }): ScopeEntity[] {
  const out: ScopeEntity[] = [];
  const stretch = text.slice(from, to);
  for (const m of stretch.matchAll(NAMES)) {
    const at = from + m.index;
    if (at >= mention.start && at < mention.end) continue;
    // "The new Forth Bridge was officially opened": a new or old one of a name is another thing than the name.
    if (AGE_BEFORE.test(text.slice(Math.max(from, at - 12), at))) continue;
    let words = bareName(m[0]).replace(/[’']s$/, "").replace(/[.,]+$/, "");
    // The first word may be a capitalised common word ("The", "On") opening the run.
    while (words && NOT_NAMES.has(words.split(/\s+/)[0]!)) words = words.split(/\s+/).slice(1).join(" ");
    if (!words || /^\d+$/.test(words) || (at === sentenceStart && !/\s/.test(words) && words === m[0])) continue;
    if (!/\p{Lu}/u.test(words) || words.length < 3) continue;
    const thing = thingOf(words);
    if (!thing) continue;
    const entity = thing.kind === "named" ? { ...thing, id: foldedId(thing.id) } : thing;
    if (!out.some((e) => e.id === entity.id)) out.push(entity);
  }
  return out;
}
