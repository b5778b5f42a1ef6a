import phases from "./data/date-phases.js";
import { tollRoseAfter } from "./occurrence-date.js";
import { thingSubject } from "./date-thing-name.js";
import { describedThing, itThing, onlyThingIn, phraseThing, previousThing } from "./date-thing-phrase.js";
import { objectAfter, objectBefore, participleOpener } from "./thing-acts.js";
import { WORKS_CUES, workDate } from "./thing-works.js";
import { norm, OPENER, phaseReading, planned, TO_DATE } from "./thing-phase.js";
import { bareName, NAME, THINGS, thingOf } from "./named-thing.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordAlternation } from "./alternation.js";
import { wordTrie } from "../word-trie.js";
import { storyDayOf } from "./story-day.js";
import { lastMatch } from "../last-match.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * Dates of a named thing's phases: WHAT happened to it (opened, opened to traffic, was
 * inaugurated, completed, launched, collapsed, sank), ABOUT WHICH thing (by name, or "the
 * bridge" when the article names one bridge), and the date as written (a weekday is resolved
 * against publication by the date reader). Shapes:
 * - "X was opened to traffic on DATE", "X collapsed early Tuesday", "X, inaugurated in June 2016,";
 * - "On DATE, X collapsed", "On DATE the X building in Savar, close to Dhaka, collapsed";
 * - "the opening of X on DATE", "the X collapse on DATE", "the DATE opening of X".
 * A plan ("will be opened", "is expected to be completed in") and a bound ("by 2020") are not
 * when it happened. The measure is date.<phase> (phases are data: data/date-phases.ts); a
 * happening is date.occurred with its event class, so it meets the same event told by a noun.
 */

const VERBS = new Map(Object.entries(phases.verbs));
const NOUNS = new Map(Object.entries(phases.nouns));
/**
 * A phase verb, case-blind (a headline writes "Opened"), not inside a longer word: the word
 * alone here, as a trie; the character before it is checked by hand (nextVerb), since a
 * lookbehind `(?<![\p{L}-])` first ran at every position of every stretch read.
 */
const VERB_TAIL = new RegExp(String.raw`(?:${wordTrie(VERBS.keys(), { space: String.raw`\s+` })})(?![\p{L}-])`, "giu");
const LETTER_OR_HYPHEN = /[\p{L}-]/u;

/**
 * The next phase verb in `s` from VERB_TAIL.lastIndex, as `(?<![\p{L}-])` + VERB_TAIL would find it (set
 * VERB_TAIL.lastIndex = 0 before the first call).
 */
function nextVerb(s: string): RegExpExecArray | null {
  for (let m = VERB_TAIL.exec(s); m; m = VERB_TAIL.exec(s)) {
    const i = m.index;
    if (i === 0) return m;
    // The code point before: a surrogate pair counts as one, as the u flag reads it.
    const c = s.charCodeAt(i - 1);
    const pair = c >= 0xdc00 && c <= 0xdfff && i > 1 && s.charCodeAt(i - 2) >= 0xd800 && s.charCodeAt(i - 2) <= 0xdbff;
    if (!LETTER_OR_HYPHEN.test(pair ? s.slice(i - 2, i) : s[i - 1]!)) return m;
    VERB_TAIL.lastIndex = i + 1;
  }
  return null;
}
const TIME_OF_DAY = /^\s*,?\s*(?:at\s+)?(?:approximately\s+|about\s+|around\s+|shortly\s+(?:after|before)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?(?:\s+(?:local\s+time|[A-Z]{2,4}))?\s*,/u;
const CLAUSE_START = /(?:[;:]|\b(?:when|after|as|and|but|while|because|before|until|since|where|that|which)\b)\s*(?=[^;:]*$)/gu;
const NOUN = wordAlternation([...NOUNS.keys()]);
const THING_WORDS = wordAlternation(THINGS);
/** "the opening of the Holland Tunnel (took place) on", "the X collapse on": a phase noun and its thing before the date. */
const NOUN_OF = new RegExp(String.raw`\b(?:the\s+)?(?:official\s+)?(${NOUN})\s+of\s+(?:the\s+)?(${NAME})((?:\s+(?:${THING_WORDS}))?)(?:\s+(?:took\s+place|happened|occurred|was))?\s+(?:on|in)\s+(?:the\s+)?$`, "u");
const NAME_NOUN = new RegExp(String.raw`(?:^|[^\p{L}’'])(?:[Tt]he\s+)?(${NAME})((?:\s+(?:${THING_WORDS}))?)\s+(${NOUN})(?:\s+(?:took\s+place|happened|occurred|was))?\s+(?:on|in)\s+(?:the\s+)?$`, "u");
/**
 * "Its dedication took place on", "on its completion in", "ahead of its grand opening to the public
 * on": a phase noun of the thing "its" points at, with what it opens to (which makes an opening
 * the first traffic, as "opened to the public" does).
 */
const ITS_NOUN = new RegExp(String.raw`\b[Ii]ts\s+(${NOUN})(\s+(?:to|for)\s+(?:the\s+)?(?:public|traffic|visitors|passengers|vehicles|commuters|shipping))?(?:\s+(?:took\s+place|happened|occurred|was))?\s+(?:on|in)\s+(?:the\s+)?$`, "u");
/** "the June 1 opening of the Gotthard Base Tunnel", "the 2016 inauguration of X". */
const DATE_NOUN_OF = new RegExp(String.raw`^(?:,\s*)?\s+(${NOUN})\s+of\s+(?:the\s+)?(${NAME})`, "u");
/** What NOUN_OF and NAME_NOUN need, cheap to test: the end ("on", "in", "the"), the noun before "of", the noun last. */
const ON_OR_IN_END = /\s(?:on|in)\s+(?:the\s+)?$/u;
const NOUN_OF_GATE = new RegExp(String.raw`(?:${NOUN})\s+of\s`, "u");
const NOUN_LAST_GATE = new RegExp(String.raw`(?:${NOUN})(?:\s+(?:took\s+place|happened|occurred|was))?\s+(?:on|in)\s+(?:the\s+)?$`, "u");

/**
 * What every shape below needs in the date's window (date-cues.ts): a phase verb (the verb shapes,
 * the participle and the acts of thing-acts.ts read the phase data's verbs), a phase noun, or a
 * word of building or a ceremony (thing-works.ts's first test).
 */
const CUE = cueFamily([...VERBS.keys(), ...NOUNS.keys(), ...WORKS_CUES]);
/** Each shape's own words, asked before its patterns: a window that holds a word of one shape seldom holds another's. */
const VERB_CUE = cueFamily(VERBS.keys());
const NOUN_CUE = cueFamily(NOUNS.keys());

/** @example thingDate(input)?.subject.frame?.measure.id // "date.service" for "The Holland Tunnel was opened to traffic on November 13, 1927" */
export function thingDate(input: SubjectInput): SubjectReading | null {
  if (!mayHold(input, CUE)) return null;
  const reading = verbBefore(input) ?? verbAfter(input) ?? nounShape(input) ?? participleOpener(input) ?? objectAfter(input) ?? objectBefore(input) ?? workDate(input);
  if (reading?.rules.includes("subject.thing-date-noun") && tollRoseAfter(input)) return null;
  return reading && yearGuessed(input) ? null : storyDayOf(input, reading);
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
/** A full date written before: "On 23 April 2013", "on April 23, 2013". */
const FULL_DATE = new RegExp(String.raw`\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+(\d{4})\b`, "gu");

/**
 * "On 23 April 2013, cracks were found ... On 24 April, the building collapsed" in a page of 2024:
 * a day and month with no year, after a full date of another year in its paragraph, is in that
 * year; the date reader dated it in the year of publication, so the phase is left unread.
 */
function yearGuessed(input: SubjectInput): boolean {
  const { text, mention } = input;
  if (/\d{4}/.test(text.slice(mention.start, mention.end)) || typeof mention.value !== "string") return false;
  const from = Math.max(0, text.lastIndexOf("\n", mention.start - 1), mention.start - 400);
  let year: string | undefined;
  for (const m of text.slice(from, mention.start).matchAll(FULL_DATE)) year = m[1];
  return year !== undefined && !mention.value.startsWith(year);
}

/** "X was opened to traffic on DATE", "X, inaugurated in June 2016,", "the bridge collapsed early Tuesday". */
function verbBefore(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, VERB_CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 220);
  const stretch = text.slice(from, mention.start);
  let verb: RegExpExecArray | null = null;
  VERB_TAIL.lastIndex = 0;
  for (let m = nextVerb(stretch); m; m = nextVerb(stretch)) if (TO_DATE.test(stretch.slice(m.index + m[0].length))) verb = m;
  if (!verb) return null;
  const verbAt = from + verb.index;
  // "it was not completed until 1935": completed then, as "not ... until" says.
  const until = /^until\b/i.test(text.slice(mention.start, mention.end));
  if (planned(text, sentence.start, verbAt, until)) return null;
  const clauseFrom = clauseStart(text, sentence.start, verbAt);
  // "It opened to the public on April 11, 2017", "It is completed in September 2009": the made thing the sentence before opens with.
  const it = (until ? IT_NOT : IT).test(text.slice(clauseFrom, verbAt));
  // "The construction of the tunnel started in 2016, and it was inaugurated in 2021": "it" after "and" is the one thing the clause before names.
  const and = it && clauseFrom > sentence.start && /,?\s*and\s*$/.test(text.slice(sentence.start, clauseFrom));
  // "They started building it in 1931 and it was not completed until 1935": a clause before naming nothing points back as "it" does.
  const joined = and ? onlyThingIn(text, sentence.start, clauseFrom) ?? (NAMES_NOTHING.test(text.slice(sentence.start, clauseFrom)) ? itThing(text, sentence.start) : null) : null;
  const thing = joined ?? (it ? (clauseFrom === sentence.start ? itThing(text, sentence.start) : null) : thingSubject(text, clauseFrom, verbAt, sentence.start));
  return thing ? phaseReading(thing, verb[0], VERBS.get(norm(verb[0]))!, "subject.thing-date-verb") : null;
}

/** "It", "It is", "it was", "It has been" before a phase verb. */
const IT = /^\s*[Ii]t(?:\s+(?:is|was|has\s+been|had\s+been))?\s*$/;
/** The same with "not", before an "until" date. */
const IT_NOT = /^\s*[Ii]t(?:\s+(?:is|was|has|had))?(?:\s+not|n[’']t)?(?:\s+been)?\s*$/;
/** A clause of pronouns and lowercase words only ("They started building it in 1931"): no thing of its own. */
const NAMES_NOTHING = /^\s*\p{Lu}[^\p{Lu}]*$/u;

/** "On DATE, X collapsed", "On April 23, 2013 the Rana Plaza building in Savar ... collapsed". */
function verbAfter(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (mention.start - sentence.start > 40 || !mayHold(input, VERB_CUE) || !OPENER.test(text.slice(sentence.start, mention.start))) return null;
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 200));
  // The clause ends at a stop, not at the dots of "a.m." or "U.S.".
  const clause = /^(?:[^;:.]|(?<=(?:^|[^\p{L}])\p{L})\.|(?<=\d)[:.](?=\d))*/u.exec(after)![0];
  VERB_TAIL.lastIndex = 0;
  const verb = nextVerb(clause);
  if (!verb) return null;
  // "On June 24, 2021, at approximately 1:22 a.m. EDT, X partially collapsed": the time of day is no subject.
  const subjectFrom = mention.end + (TIME_OF_DAY.exec(clause)?.[0].length ?? /^\s*,/.exec(clause)?.[0].length ?? 0);
  const verbAt = mention.end + verb.index;
  if (planned(text, subjectFrom, verbAt)) return null;
  const thing = thingSubject(text, subjectFrom, verbAt, sentence.start);
  return thing ? phaseReading(thing, verb[0], VERBS.get(norm(verb[0]))!, "subject.thing-date-opening") : null;
}

/** "the opening of X on DATE", "the Rana Plaza collapse on DATE", "the DATE opening of X". */
function nounShape(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, NOUN_CUE)) return null;
  const before = text.slice(Math.max(sentence.start, mention.start - 140), mention.start);
  const its = ITS_NOUN.exec(before);
  if (its) {
    // "Its dedication took place on": the thing the sentence before opens with; "the dam ..., and on its completion in": the sentence's own.
    const opensWithIts = text.slice(sentence.start, Math.max(sentence.start, mention.start - before.length + its.index)).trim() === "";
    const thing = opensWithIts ? previousThing(text, sentence.start) : phraseThing(text, sentence.start)?.thing ?? describedThing(text, sentence.start);
    // "its grand opening to the public": the phase "opened to the public" names, whatever the noun's ceremony words.
    const opensTo = its[2] && /opening$/i.test(its[1]!) ? VERBS.get(norm(`opened ${its[2]}`)) : undefined;
    const phase = opensTo ?? NOUNS.get(norm(its[1]!));
    return thing && phase ? phaseReading(thing, `${its[1]!}${its[2] ?? ""}`, phase, "subject.thing-date-its") : null;
  }
  // Both shapes before the date end in "on" or "in" (and "the"), and name a phase noun: tested
  // first, since the full patterns try every position of the 140 characters with a name.
  if (ON_OR_IN_END.test(before)) {
    const of = NOUN_OF_GATE.test(before) ? NOUN_OF.exec(before) : null;
    if (of) return nounReading(of[2]!, of[3] ?? "", of[1]!);
    const own = NOUN_LAST_GATE.test(before) ? NAME_NOUN.exec(before) : null;
    if (own) return nounReading(own[1]!, own[2] ?? "", own[3]!);
  }
  if (!/(?:^|\s)the\s*$/i.test(text.slice(Math.max(sentence.start, mention.start - 6), mention.start))) return null;
  const ahead = DATE_NOUN_OF.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 120)));
  return ahead ? nounReading(ahead[2]!, "", ahead[1]!) : null;
}

function nounReading(name: string, kind: string, noun: string): SubjectReading | null {
  const bare = bareName(name);
  const thing = /\s/.test(bare) || kind ? thingOf(bare) : null;
  if (!thing || thing.kind !== "named") return null;
  const phase = NOUNS.get(norm(noun));
  return phase ? phaseReading({ ...thing, text: `${bare}${kind}`.trim() }, noun, phase, "subject.thing-date-noun") : null;
}

/** The clause the verb is in: after the last ";", ":" or subordinating word before it. */
function clauseStart(text: string, sentenceStart: number, verbAt: number): number {
  const stretch = text.slice(sentenceStart, verbAt);
  const last = lastMatch(CLAUSE_START, stretch);
  return sentenceStart + (last ? last.index + last[0].length : 0);
}
