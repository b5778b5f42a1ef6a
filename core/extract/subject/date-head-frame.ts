import type { Frame, ScopeEntity } from "../../model.js";
import named from "./data/named-measures.js";
import { objectOfRelative } from "./life-person.js";
import { TITLES } from "./person-name.js";
import { wordsIn } from "./words.js";
import { buildSubject } from "./key.js";
import { bareName, NAME, thingOf } from "./named-thing.js";
import { foldedId } from "./thing-phase.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { literalPattern } from "../literal-pattern.js";
import { titledPerson } from "./life-title-person.js";

/** Phases of a life that happen once: told of an office alone, they are the report's person's. */
const ONCE_IN_A_LIFE = new Set(["death", "birth"]);

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

/** The mark (in `within`) of a name a head's clause gives after its verb: where the phase happened, not whose it is. */
export const WHERE = "clause:where";

const NOT_NAMES = new Set(named.notNames);
const NAMES = new RegExp(NAME, "gu");
const AGE_BEFORE = /\b(?:new|old|former|original|second|first|another|other)\s+$/i;
/** "The construction of the old bridge started": a subject told as another one of its kind is not the story's thing. */
const OTHER_ONE = /\b(?:(?:the|an?|its|their)\s+(?:old|former|original|previous|other)|another)\s+\p{Ll}/u;
/** "Construction of 4 km of the Silkyara Tunnel was completed": a part of the thing, measured or named as a part: its building is not the thing's. */
const PART_OF = /\bof\s+(?:about\s+|some\s+|over\s+|nearly\s+)?\d[\d.,]*\s*[\p{L}-]*\s+of\b|\b(?:part|parts|section|stretch|portion|half|phase)\s+of\b/iu;

/**
 * The names of a head's subject: before a verb ("Lata Mangeshkar was admitted", "On DATE, Prime
 * Minister Narender Modi laid"), not after it, where a clause names where the phase happened
 * ("admitted to Breach Candy Hospital", "left the port of Manila ... to Cebu City"): many
 * patients enter one hospital and many ferries leave one port: those names are kept marked WHERE,
 * and tie two reports only weakly, within the week of one story (core/check/frame/date-strength.ts).
 * A noun's subject follows it too ("the sinking of the Sewol on").
 * @example headReading(input, "was admitted", "admission", at, false).subject.frame?.measure.id // "date.admission"
 */
export function headReading(input: SubjectInput, words: string, phase: string, headAt: number, noun: boolean): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  const from = clauseFrom(text, sentence.start, Math.min(headAt, mention.start));
  const end = clauseTo(text, sentence.end, Math.max(headAt + words.length, mention.end));
  const subjectWords = text.slice(from, noun ? end : headAt);
  // A part's building is not the thing's; a part's collapse is ("a 200-metre section of the Morandi bridge gave way").
  if (OTHER_ONE.test(subjectWords) || (!phase.startsWith("occurred:") && PART_OF.test(subjectWords))) return null;
  // "The man who killed Shinzo Abe died on": the name is a relative clause's object; the verb's subject is someone the clause does not name.
  if (!noun && relativeObject(text, from, headAt, sentence.start)) return null;
  const named = clauseNames(text, from, noun ? end : headAt, sentence.start, mention);
  // "The former head of state died": an office alone stands for the report's person (life-title-person.ts).
  const titled = !noun && named.length === 0 && ONCE_IN_A_LIFE.has(phase) ? titledPerson(text, subjectWords) : null;
  const subjects = titled ? [titled] : named;
  const where = noun ? [] : clauseNames(text, headAt, end, sentence.start, mention)
    .filter((e) => !subjects.some((s) => s.id === e.id)).map((e) => ({ ...e, within: [...(e.within ?? []), WHERE] }));
  const own = [...subjects, ...where];
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
 * What ends a clause around a date and its head: a stop of the sentence, a dash, or a word that
 * joins another clause (not a comma: "Sridevi, breathed her last", "Princess of the Stars,
 * flagship of the Sulpicio Lines fleet, left" set off the subject's aside). "The foundation stone
 * of the Atal Tunnel was laid on June 3, 2000, with the foundation stone laid for the access road
 * on May 26, 2002": the road's clause names no tunnel.
 */
const BREAK = /[;:–—]|\s-\s|\s(?:and|but|while|whereas|with|after|before|when|as|which|who)\s/giu;

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

/** A word that opens a noun, not a verb: "I inform you that the Pope Emeritus ... passed away" is no relative clause. */
const DETERMINER = /^(?:the|a|an|his|her|its|their|this|that|these|those)$/;

/** Whether a name between `from` and `to` follows a relative pronoun and its verb. */
function relativeObject(text: string, from: number, to: number, sentenceStart: number): boolean {
  for (const m of text.slice(from, to).matchAll(NAMES)) {
    const at = from + m.index;
    const before = wordsIn(text, Math.max(sentenceStart, at - 40), at);
    if (objectOfRelative(before) && !DETERMINER.test(before[before.length - 1]!.lower)) return true;
  }
  return false;
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
    if (!words || /^\d+$/.test(words) || (at === sentenceStart && !/\s/.test(words) && words === m[0] && !namedElsewhere(text, words))) continue;
    // "The Queen died", "the President was admitted": a title alone names no one in particular.
    if (!/\p{Lu}/u.test(words) || words.length < 3 || TITLES.has(words)) continue;
    // "the President of the Republic of Namibia": an office, held by the person the clause names, not another one.
    if (TITLES.has(words.split(/\s+/)[0]!) && /\sof\s/.test(words)) continue;
    const thing = thingOf(words);
    if (!thing) continue;
    const entity = thing.kind === "named" ? { ...thing, id: foldedId(thing.id) } : thing;
    if (!out.some((e) => e.id === entity.id)) out.push(entity);
  }
  return out;
}

/**
 * Whether the article writes a word capitalised inside a sentence too ("Hage Geingob ... Geingob, 82,
 * died"): then the word opening a sentence is the name, not a capitalised common word ("He", "The").
 */
function namedElsewhere(text: string, word: string): boolean {
  return new RegExp(String.raw`[\p{Ll},]\s+${literalPattern(word)}(?![\p{L}])`, "u").test(text);
}
