import life from "./data/life-events.js";
import { slugOf } from "./frame-scope.js";
import { gazetteerPlace, organisationId, placeOfDemonym } from "./gazetteer.js";
import { buildSubject } from "./key.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { previousSentence } from "./named-thing.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { isCapitalized, wordsIn, type Word } from "./words.js";

/**
 * Dates of a person's once-only events told in the shapes person-dates.ts does not read, so
 * that two pages dating one birth, baptism or death differently are compared:
 * - words between the verb and the date: "was born to John Shakespeare and Mary Arden on 26th
 *   April 1564", "is assumed to have been born on 23rd April, 1564";
 * - the person before an aside ("William Shakespeare, a great English writer, was born"), a
 *   pronoun ("He was born on January 8, 1984" after "Kim's date of birth"), the person of the
 *   verb before "and" ("was born on April 23 and baptized on April 26"), a one-word name that
 *   opens its sentence when the article writes it mid-sentence too ("Shakespeare was born in
 *   April, 1564");
 * - an opening participle: "Officially born in 1982 (...), Kim Jong Un speaks";
 * - a noun: "the baptism of William Shakespeare from 26th April 1654";
 * - a fact box line: "Born: 6 August 1910" under a line that is a name ("Mother Teresa").
 * Phases (birth, baptism, death, burial, ...) are data (data/life-events.ts).
 */

const VERBS = new Map<string, string>(Object.entries(life.verbs));
const NOUNS = new Map<string, string>(Object.entries(life.nouns));
const LABELS = new Map<string, string>(Object.entries(life.labels));
const AUX = new Set<string>(life.aux);
const NOT_PERSON = new Set<string>(life.notPersons);
const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|bin|de|van|von|al-\p{Lu}[\p{L}-]*)){0,4}`;
const VERB = new RegExp(String.raw`\b(?:${[...VERBS.keys()].join("|")})\b`, "gi");
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|and|of|de|van|von|bin))*`;
/**
 * Between the verb and the date: a name given at birth ("born Agnes Gonxha Bojaxhiu on"), places
 * ("to John Shakespeare and Mary Arden", "in Skopje, in Macedonia,", "in Skopje (now in North
 * Macedonia),"), a time of day ("at 3 a.m."), then "on"/"in", or "at" when the date read starts
 * with its time ("born at [3 a.m. on October 21, 1940]").
 */
const COMPLEMENT = new RegExp(String.raw`^(?:\s+(?!(?:On|In|At)\s)${CAPITALISED_RUN})?`
  + String.raw`(?:,?\s+(?:to|at|in|near)\s+(?:the\s+)?${CAPITALISED_RUN}(?:,\s+${CAPITALISED_RUN}){0,2}(?:\s*\([^()]{1,40}\))?){0,3}`
  + String.raw`(?:,?\s+at\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))?,?\s+(?:on|in|dated|at)?\s*(?:the\s+)?$`, "u");
/** "the baptism of William Shakespeare from", "The assassination of Benazir Bhutto took place on". */
const NOUN_OF = new RegExp(String.raw`\b(${[...NOUNS.keys()].join("|")})\s+of\s+(${NAME})\s+(?:(?:took\s+place|happened|occurred)\s+)?(?:on|from|in|dated)\s+(?:the\s+)?$`, "u");
const LABEL = /^\s*(?:[•·*-]\s*)?([A-Z][a-z]+(?:\s+of\s+[a-z]+)?)\s*:\s*$/;
/** Institutions, not people: "the US Treasury Department". */
const INSTITUTION = /\b(?:Department|Ministry|Agency|Office|Council|Committee|University|Church|Party|Government|Court|Police|Army|News|Times|Post|Service|Commission|Bureau|Institute|Association)\b/;

/** @example lifeEventDate(input)?.subject.frame?.measure.id // "date.birth" */
export function lifeEventDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  // Most dates are about nothing of a life: one cheap test of the words before the date first.
  if (!GATE.test(text.slice(Math.max(sentence.start, mention.start - 160), mention.start))) return null;
  return fromLabel(input) ?? fromNoun(input) ?? fromVerb(input);
}

const GATE = new RegExp([...VERBS.keys(), ...NOUNS.keys(), ...LABELS.keys()].map((w) => w.slice(0, 5)).filter((w, i, all) => all.indexOf(w) === i).join("|"), "i");

/**
 * "born on April 23" with no year: the date reader dates it in the year of publication, and a
 * birth or a baptism is rarely that recent; such a date is not compared.
 */
export function withYear(input: SubjectInput, reading: SubjectReading | null): SubjectReading | null {
  const phase = reading?.subject.frame?.measure.id;
  if ((phase === "date.birth" || phase === "date.baptism") && !/\d{3,4}/.test(input.text.slice(input.mention.start, input.mention.end))) return null;
  return reading;
}

function fromVerb(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 140);
  const clause = text.slice(from, mention.start);
  let verb: RegExpExecArray | null = null;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(clause); m; m = VERB.exec(clause)) verb = m;
  if (!verb || !COMPLEMENT.test(clause.slice(verb.index + verb[0].length))) return null;
  const verbAt = from + verb.index;
  const phase = VERBS.get(verb[0].toLowerCase())!;
  const person = personBefore(input, verbAt, true) ?? openerPerson(input, verbAt);
  return person ? lifeSubject(text, person, phase, verb[0], "subject.life-date-verb") : null;
}

function fromNoun(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const m = NOUN_OF.exec(text.slice(Math.max(sentence.start, mention.start - 90), mention.start));
  if (!m || !isPerson(m[2]!.trim(), text, false)) return null;
  return lifeSubject(text, m[2]!.trim(), NOUNS.get(m[1]!.toLowerCase())!, m[1]!, "subject.life-date-noun");
}

/** "Born: 6 August 1910" under the name the page is about. */
function fromLabel(input: SubjectInput): SubjectReading | null {
  const { text, mention } = input;
  const lineStart = text.lastIndexOf("\n", mention.start - 1) + 1;
  const m = LABEL.exec(text.slice(lineStart, mention.start));
  const phase = m ? LABELS.get(m[1]!.toLowerCase()) : undefined;
  if (!phase) return null;
  // The nearest line above that is only a name: the page's title or heading.
  let end = lineStart - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (new RegExp(String.raw`^${NAME}$`, "u").test(line) && isPerson(line, text, false)) return lifeSubject(text, line, phase, m![1]!, "subject.life-date-label");
    end = start - 1;
  }
  return null;
}

/** The person a life verb is about, from the words before it in its sentence. */
function personBefore(input: SubjectInput, verbAt: number, first: boolean): string | null {
  const { text, sentence } = input;
  const words = wordsIn(text, Math.max(sentence.start, verbAt - 160), verbAt);
  let k = words.length - 1;
  while (k >= 0 && AUX.has(words[k]!.lower)) k--;
  if (k < 0) return null;
  // "was born on April 23 and baptized on April 26": the earlier verb's person.
  if (words[k]!.lower === "and") {
    if (!first) return null;
    VERB.lastIndex = 0;
    const earlier = [...text.slice(sentence.start, words[k]!.start).matchAll(VERB)].pop();
    return earlier ? personBefore(input, sentence.start + earlier.index!, false) : null;
  }
  // "His birth certificate shows that he was born": the person the sentence before is about.
  if (/^(?:he|she)$/.test(words[k]!.text) && words[k]!.start > sentence.start) return openingPersonBefore(text, sentence.start);
  // "William Shakespeare, a great English writer and poet, was born": the name before the aside.
  if (!isCapitalized(words[k]!)) {
    const upTo = words[k + 1]?.start ?? verbAt;
    const from = Math.max(sentence.start, upTo - 200);
    const aside = /(\p{L}[\p{L}’'.-]*),\s+(?:a|an|the)\s+[^,;:()]{1,70},\s*$/u.exec(text.slice(from, upTo));
    if (!aside) return null;
    const end = from + aside.index + aside[1]!.length;
    return nameEndingAt(input, words, words.findIndex((w) => w.end === end));
  }
  return nameEndingAt(input, words, k);
}

/** The name run ending at words[k], a pronoun's antecedent, or null. */
function nameEndingAt(input: SubjectInput, words: readonly Word[], k: number): string | null {
  if (k < 0) return null;
  const { text, sentence } = input;
  const run: Word[] = [];
  for (let i = k; i >= 0 && run.length < 5 && isNameWord(words[i]!); i--) run.unshift(words[i]!);
  while (run.length > 1 && NOT_PERSON.has(run[0]!.text)) run.shift();
  // "Kim Il Sung and Kim Jong Il were born in 1912 and 1942": two people, whose dates are not told apart here.
  if (run.length === 0 || words[k - run.length]?.lower === "and") return null;
  if (run.length === 1 && /^(?:He|She)$/.test(run[0]!.text)) return antecedent(text, sentence.start);
  const name = run.map((w) => w.text).join(" ").replace(/['’]s$/, "");
  const opensSentence = /^[\s"“‘'(]*$/.test(text.slice(sentence.start, run[0]!.start));
  return isPerson(name, text, opensSentence && run.length === 1) ? name : null;
}

/** "Officially born in 1982 (...), Kim Jong Un speaks": the person named after the opening participle. */
function openerPerson(input: SubjectInput, verbAt: number): string | null {
  const { text, sentence, mention } = input;
  if (!/^\s*(?:\p{Lu}\p{Ll}+ly\s+)?$/u.test(text.slice(sentence.start, verbAt))) return null;
  let rest = text.slice(mention.end, Math.min(sentence.end, mention.end + 200));
  rest = rest.replace(/^[^,(:;]*\([^)]*\)/, "");
  const m = new RegExp(String.raw`^[^,;:]{0,40},\s+(${NAME})\s+\p{Ll}`, "u").exec(rest);
  return m && isPerson(m[1]!, text, false) ? m[1]! : null;
}

/**
 * The person the sentence before opens with, possessive or not ("Pele's first document was
 * registered ..."): what a "he" inside the next sentence most often stands for. A one-word name
 * must be written capitalised twice in the article at least, so a word that only opens a
 * sentence is no one.
 */
function openingPersonBefore(text: string, sentenceStart: number): string | null {
  const previous = previousSentence(text, sentenceStart);
  if (!previous) return null;
  const m = new RegExp(String.raw`^[\s"“‘'(]*(${NAME})`, "u").exec(text.slice(previous.start, previous.end));
  if (!m) return null;
  const name = m[1]!.replace(/['’]s$/, "").trim();
  if (!isPerson(name, text, false)) return null;
  if (/\s/.test(name)) return name;
  const times = text.match(new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, "gu"))?.length ?? 0;
  return times >= 2 ? name : null;
}

/** The last person named in the few sentences before `at`: "Kim's date of birth. He was born ...". */
function antecedent(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - 400), at);
  let found: string | null = null;
  for (const m of window.matchAll(new RegExp(String.raw`(?<![.!?]\s{0,3}|^)(?<=[\s(“"])(${NAME})`, "gu"))) {
    const name = m[1]!.replace(/['’]s$/, "");
    if (isPerson(name, text, false)) found = name;
  }
  return found;
}

/**
 * Whether a capitalised run mid-sentence can name a person (not a place, a people, an institution, a month).
 * @example isPersonName("Neil Armstrong", text) // true
 */
export function isPersonName(name: string, text: string): boolean {
  return isPerson(name, text, false);
}

/** A capitalised run that can be a person: not a place, a people, an institution, a month or a sentence word. */
function isPerson(name: string, text: string, opensSentence: boolean): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_PERSON.has(w) || MONTHS_AND_DAYS.has(w.toLowerCase().replace(/[.,]$/, "")))) return false;
  if (INSTITUTION.test(name) || gazetteerPlace(name) || placeOfDemonym(name) || organisationId(name)) return false;
  // A single word opening its sentence is a name only if the article also writes it capitalised mid-sentence.
  if (opensSentence) return new RegExp(String.raw`[\p{Ll},;]\s+${words[0]}\b`, "u").test(text);
  return true;
}

function isNameWord(word: Word): boolean {
  return isCapitalized(word) || /^(?:al|el)-\p{Lu}/u.test(word.text) || /^(?:bin|ibn|de|da|van|von|der|du|dos|del|di|le|la)$/.test(word.text);
}

function lifeSubject(text: string, name: string, phase: string, verb: string, rule: string): SubjectReading {
  const id = slugOf(name);
  const subject = buildSubject({ text: `${name} ${verb}`, head: phase, measure: "date", event: id });
  subject.frame = { measure: { id: `date.${phase}`, text: verb }, scope: [{ kind: "named", id, text: name }], rules: [rule] };
  return { subject, rules: [rule] };
}

