import phases from "./data/date-phases.js";
import beforeNoun from "./data/before-noun.js";
import { datesBetween } from "./context.js";
import { wordAlternation } from "./alternation.js";
import { planned, OPENER } from "./thing-phase.js";
import { OTHER_EVENT_WORDS, tellsOtherEvent } from "./story-names-step.js";
import { RETROSPECT } from "./occurrence-date.js";
import { cueFamily, mayHold } from "./date-cues.js";
import { headReading } from "./date-head-frame.js";
import { remembered } from "./life-dates.js";
import { pastVerbBetween } from "./date-head-verb.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { storyIncidentDate } from "./occurrence-story.js";
import { letterFirst } from "../letter-first.js";
import { wordTrie } from "../word-trie.js";

/**
 * The head of a date's clause: what the clause says happened on that day, when no reader before
 * found a named thing, a person or an event noun for it. "He was admitted to Breach Candy
 * Hospital on January 11" dates an admission, "the ferry Le Joola set sail ... On September 25,
 * 2002" a departure, "Prime Minister Narender Modi laid the foundation stone" on "December 20th"
 * a stone-laying. The head is a verb or noun of the phase data (data/date-phases.ts 'heads', the
 * 'works' and 'foundation' words); the frame (date-head-frame.ts) is the phase of the clause's
 * names and of its story's, so that two reports of one story dating one phase apart meet.
 * Not a head: a day something was said ("officials said on Monday" — a saying word between the
 * head and the date ends the clause), a bound or a range ("by", "until", "from ... to"), a plan
 * ("will be inaugurated on"), another happening ("another", "last year's", an anniversary), the
 * report's own day told as "today".
 */

const HEADS = phases.heads;
/** The phase verbs that tell a happening to a thing ("burst", "collapsed", "caught fire") are heads too, of whatever the clause names. */
const HAPPENINGS = Object.entries(phases.verbs).filter(([, phase]) => phase.startsWith("occurred:"));
const VERBS = new Map<string, string>([...HAPPENINGS, ...Object.entries(HEADS.verbs), ...Object.entries(phases.works.verbs)]);
const NOUNS = new Map(Object.entries(HEADS.nouns));
const WORKS_VERBS = new Set(Object.keys(phases.works.verbs));
const LAID = new Set(HEADS.laid);
/** "found her dead in the bathtub": the finding of a body, told with its object between, dates the death. */
const FOUND_DEAD = String.raw`found\s+(?:[\p{L}'’-]+\s+){1,3}?dead`;
// Read before and after every date: the words as a trie (word-trie.ts: the same match at each place, longest
// first, one character deciding each branch), the letter before checked by hand (letter-first.ts).
const HEAD = letterFirst(String.raw`(?<![\p{L}-])(?:${wordTrie([...VERBS.keys(), ...NOUNS.keys(), ...LAID], { space: String.raw`\s+` })}|${FOUND_DEAD})(?![\p{L}-])`, "giu");
/** A saying verb between a head and its date; read letter first as HEAD is (it is asked of the words after every head). */
const SAYING = letterFirst(String.raw`(?<![\p{L}])(?:${wordAlternation(HEADS.saying)})(?![\p{L}])`, "iu");
/** A works noun that names building ("construction work"), not any work ("rescue work began"). */
const WORKS_NOUN = new RegExp(String.raw`\b(?:${wordAlternation(phases.works.nouns.filter((n) => !/^works?$/.test(n)))})\b`, "i");
const FOUNDATION = new RegExp(String.raw`\b(?:${wordAlternation(phases.foundation)})\b`, "i");
/** A saying verb before a head noun in its clause: "announced his death on", "reported the sinking on". */
const SAID_BEFORE = letterFirst(String.raw`(?<![\p{L}])(?:${wordAlternation(HEADS.saying)})(?![\p{L}])[^,;:.]*$`, "iu");
/** Words between a head and its date that make the date another clause's. */
const ANOTHER_CLAUSE = /[;:()–—\n]|\b(?:after|before|since|until|till|when|while|which|who|whom|and|but|because|ago|then|later|following|as)\b/i;
/** A bound, a start or a deadline right before the date: not the day it happened. */
const BOUND = /\b(?:by|until|till|since|from|before|after|through|between|as\s+of)\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of)\s+)?$/i;
/** "from October 16 to 30", "27-28 September": a stretch of days, not one. */
const RANGE = /\d\s*(?:-|–|to|and)\s*\d|\bto\b/i;
/** "two days earlier", "a week later": counted from another moment of the story, not from the report's day the date reader counts from. */
const COUNTED_FROM_ANOTHER = /\b(?:earlier|later|before|after|previously)$/i;
/** The report's own day told as today. */
const OWN_DAY = /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i;
/** Words of an earlier happening recalled: "last year's", "a year ago", "marked the anniversary". */
const RECALLED = new RegExp(String.raw`\b(?:last\s+(?:year|month|week)['’]s|years?\s+ago|previous|earlier\s+(?:sinking|disaster)|(?:${wordAlternation(["anniversary", "anniversaries", "commemorate", "commemorated", "commemorating", "remembrance", "memorial"])}))\b`, "i");

/** What every head needs in the date's window (date-cues.ts). */
const CUE = cueFamily([...VERBS.keys(), ...NOUNS.keys(), ...LAID, "found dead"]);
/**
 * What tellsOtherEvent, RECALLED or RETROSPECT needs to refuse a clause, as cue words of the
 * window: most windows hold none, and the three patterns read the whole sentence of every date.
 */
const ELSEWHERE_CUE = cueFamily([
  ...OTHER_EVENT_WORDS, "anniversaries", "year ago", "commemorate", "commemorated", "commemorating", "remembrance", "memorial", "victims", "families", "survivors", "memory",
  "commemoration", "aftermath",
]);

/** How far before the date a head may stand, and after a date opening its sentence. */
const REACH = 140;

interface Head {
  start: number;
  end: number;
  words: string;
  phase: string;
}

/**
 * The head's reading, or, when the clause has no head, the day of the report's incident its clause
 * tells (occurrence-story.ts): the last reader of a date.
 * @example headDate(inputOf("He was admitted to Breach Candy Hospital on January 11.", "January 11"))?.subject.frame?.measure.id // "date.admission"
 */
export function headDate(input: SubjectInput): SubjectReading | null {
  const head = clauseHeadDate(input);
  // "45 pilgrims ... died in a bus accident on Thursday": the deaths of an incident's people are dated by the incident.
  if (head && head.subject.frame?.measure.id === "date.death") return storyIncidentDate(input) ?? head;
  return head ?? storyIncidentDate(input);
}

function clauseHeadDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  if (typeof mention.value !== "string" || !context || !mayHold(input, CUE)) return null;
  const said = text.slice(mention.start, mention.end).trim();
  if (OWN_DAY.test(said) || RANGE.test(said) || COUNTED_FROM_ANOTHER.test(said)) return null;
  const words = text.slice(sentence.start, sentence.end);
  if (mayHold(input, ELSEWHERE_CUE) && (tellsOtherEvent(words) || RECALLED.test(words) || RETROSPECT.test(text.slice(sentence.start, mention.start)))) return null;
  if (BOUND.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) return null;
  const head = headBefore(input) ?? headAfter(input);
  if (!head || planned(text, sentence.start, head.start)) return null;
  const noun = NOUNS.has(norm(head.words)) && !VERBS.has(norm(head.words));
  // "marked a year since the death of Alexei Navalny on": a noun's date may be the remembrance's (a verb's clause dates itself: "20 years after its foundation stone was laid in 2002").
  if (noun && remembered(text.slice(sentence.start, mention.start))) return null;
  return headReading(input, head.words, head.phase, head.start, noun);
}

/** The nearest head before the date in its clause: "was admitted to Breach Candy Hospital on". */
function headBefore(input: SubjectInput): Head | null {
  const { text, sentence, mention, context } = input;
  const from = Math.max(sentence.start, mention.start - REACH);
  const stretch = text.slice(from, mention.start);
  let best: Head | null = null;
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(stretch); m; m = HEAD.exec(stretch)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const between = text.slice(end, mention.start);
    const bare = plain(between);
    if (ANOTHER_CLAUSE.test(bare) || pastVerbBetween(bare) || SAYING.test(between.replace(TOLL_TOO, " "))) continue;
    // "breathed her last today, on February 25, 2018": a day told twice is one day.
    if (datesBetween(context!, end, mention.start).some((d) => d.value !== mention.value)) continue;
    const noun = NOUNS.get(norm(m[0]));
    // "the rubble of the collapsed building in Victoria Street on Wednesday": a verb's form after a determiner qualifies a noun; it tells no happening.
    if (!noun && QUALIFIES.test(text.slice(Math.max(sentence.start, start - 12), start))) continue;
    // A noun dates only what follows it straight: "her death on", "the sinking of the ferry on".
    if (noun && !VERBS.has(norm(m[0])) && !/^\s+(?:of\s+(?:the\s+)?[\p{L}\s'’-]{1,40}?\s+)?(?:on|in|at)\s+(?:the\s+)?$/u.test(between)) continue;
    // "announced Kim Jong-il's death on 19 December": the noun is what was said, the day the saying's.
    if (noun && !VERBS.has(norm(m[0])) && SAID_BEFORE.test(text.slice(Math.max(sentence.start, start - 50), start))) continue;
    const phase = phaseOf(text, sentence.start, start, end, mention.start, m[0]);
    if (phase) best = { start, end, words: m[0], phase };
  }
  return best;
}

/** "On 6 July 2013, a train ... derailed", "On December 20th, Prime Minister Narender Modi laid the foundation stone": the first head of the clause after a date opening its sentence. */
function headAfter(input: SubjectInput): Head | null {
  const { text, sentence, mention } = input;
  // "Ferry capsizes – On September 25, 2002, the ferry set sail": a headline run into the sentence ends at its dash.
  const lead = text.slice(sentence.start, mention.start);
  const dash = /[–—]|\s-\s/g;
  let from = sentence.start;
  for (const m of lead.matchAll(dash)) from = sentence.start + m.index + m[0].length;
  if (mention.start - from > 40 || !OPENER.test(text.slice(from, mention.start)) || !/^\s*,/.test(text.slice(mention.end))) return null;
  const clause = /^[^;:.!?\n]*/.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + REACH)))![0];
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(clause); m; m = HEAD.exec(clause)) {
    const start = mention.end + m.index;
    const before = clause.slice(0, m.index);
    if (SAYING.test(before) || ANOTHER_CLAUSE.test(plain(before.replace(/^\s*,/, "")))) return null;
    if (NOUNS.has(norm(m[0])) && !VERBS.has(norm(m[0]))) continue;
    const end = start + m[0].length;
    const phase = phaseOf(text, sentence.start, start, end, Math.min(sentence.end, mention.end + clause.length), m[0]);
    if (phase) return { start, end, words: m[0], phase };
  }
  return null;
}

/**
 * The phase a head tells: its own, or for "laid" the foundation stone named by it, for a works
 * verb ("commenced", "began") the building a works noun before it names ("The construction work
 * on the project commenced in May 2015").
 */
function phaseOf(text: string, sentenceStart: number, start: number, end: number, clauseEnd: number, words: string): string | null {
  const key = norm(words);
  if (/^found\s.*\sdead$/.test(key)) return "death";
  if (LAID.has(key)) return FOUNDATION.test(text.slice(Math.max(sentenceStart, start - 50), Math.min(clauseEnd, end + 40))) ? "foundation-stone" : null;
  if (WORKS_VERBS.has(key) && !HEADS.verbs[key]) {
    const before = text.slice(Math.max(sentenceStart, start - 80), start);
    return WORKS_NOUN.test(before) || WORKS_NOUN.test(text.slice(end, Math.min(clauseEnd, end + 25))) ? VERBS.get(key)! : null;
  }
  return VERBS.get(key) ?? NOUNS.get(key) ?? null;
}

/**
 * The words between a head and its date without what joins no clause: a short aside in
 * parentheses ("in Nakuru county (Kenya) on"), a time of day ("sank before dawn Saturday"), a
 * list of names ("off Cavite and Batangas on"), the toll it took ("and claimed more than 100 lives").
 */
function plain(between: string): string {
  return between.replace(/\([^()]{0,40}\)/g, " ").replace(TOLL_TOO, " ").replace(/\b(?:before|after)\s+(?:dawn|daybreak|sunrise|sunset|midnight|noon|midday)\b/gi, " ")
    .replace(/(\p{Lu}[\p{L}'’-]*)\s+and\s+(?=\p{Lu})/gu, "$1 ");
}

/** "capsized at Warrah and claimed more than 100 lives on": the toll the happening took joins no other clause. */
const TOLL_TOO = /\band\s+(?:killed|claimed|left)\s+(?=(?:the\s+lives\s+of\s+)?(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?\d)/giu;

/** A determiner or a preposition right before a word: a past form after one qualifies a noun ("the collapsed building"). */
const QUALIFIES = new RegExp(String.raw`\b(?:${wordAlternation(beforeNoun.determiners)})\s+$`, "i");

const norm = (words: string) => words.toLowerCase().replace(/\s+/g, " ");
