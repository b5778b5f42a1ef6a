import life from "./data/life-events.js";
import { slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { bareName } from "./life-story-person.js";
import { openerPerson, personBefore } from "./life-person.js";
import { isPerson, NAME } from "./person-name.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { lastMatch } from "../last-match.js";
import { lifeClauseDate } from "./life-clause.js";
import { cueFamily, mayHold } from "./date-cues.js";

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
 * - a fact box line: "Born: 6 August 1910" under a line that is a name ("Mother Teresa");
 * - the clause a date sits in, past where, how or by whom, an aside or an active verb (life-clause.ts).
 * Phases (birth, baptism, death, burial, ...) are data (data/life-events.ts).
 */

const VERBS = new Map<string, string>(Object.entries(life.verbs));
const NOUNS = new Map<string, string>(Object.entries(life.nouns));
const LABELS = new Map<string, string>(Object.entries(life.labels));
const VERB = new RegExp(String.raw`\b(?:${[...VERBS.keys()].join("|")})\b`, "gi");
const CAPITALISED_RUN = String.raw`\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|and|of|de|van|von|bin))*`;
/**
 * Between the verb and the date: a manner ("died peacefully at Balmoral on"), a name given at birth ("born Agnes Gonxha Bojaxhiu on"), places
 * ("to John Shakespeare and Mary Arden", "in Skopje, in Macedonia,", "in Skopje (now in North
 * Macedonia),"), a time of day ("at 3 a.m."), then "on"/"in", or "at" when the date read starts
 * with its time ("born at [3 a.m. on October 21, 1940]").
 */
const COMPLEMENT = new RegExp(String.raw`^(?:\s+\p{Ll}+ly(?=\s))?(?:\s+(?!(?:On|In|At)\s)${CAPITALISED_RUN})?`
  + String.raw`(?:,?\s+(?:to|at|in|near)\s+(?:the\s+)?${CAPITALISED_RUN}(?:,\s+${CAPITALISED_RUN}){0,2}(?:\s*\([^()]{1,40}\))?){0,3}`
  + String.raw`(?:,?\s+at\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))?,?\s+(?:on|in|dated|at)?\s*(?:the\s+)?$`, "u");
/** "the baptism of William Shakespeare from", "The assassination of Benazir Bhutto took place on". */
/** "on Easter Monday, April 22": a holiday's name the date reader leaves before the date. */
const HOLIDAY = String.raw`(?:(?:${life.holidays.join("|")})\s+)?`;
const NOUN_OF = new RegExp(String.raw`\b(${[...NOUNS.keys()].join("|")})\s+of\s+(${NAME})\s+(?:(?:took\s+place|happened|occurred)\s+)?(?:on|from|in|dated)\s+(?:the\s+)?${HOLIDAY}$`, "u");
/** "Pele's death on", "Shakespeare's baptism in": a life noun after a possessive name. */
const POSSESSIVE_NOUN = new RegExp(String.raw`(${NAME})['’]s\s+(${[...NOUNS.keys()].join("|")})\s+(?:(?:took\s+place|happened|occurred)\s+)?(?:on|in|dated)\s+(?:the\s+)?${HOLIDAY}$`, "u");
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
/** Two full dates joined by a dash: "26 August 1910 – 5 September 1997", "August 26, 1910 - September 5, 1997". */
const LIFESPAN = new RegExp(String.raw`^[^–—-]*${MONTH}[^–—-]*\d{4}\s*[–—-]\s*[^–—-]*${MONTH}[^–—-]*\d{4}$`, "u");
const NAME_BEFORE_BRACKET = new RegExp(String.raw`(${NAME})\s*\(\s*$`, "u");
const LABEL = /^\s*(?:[•·*-]\s*)?([A-Z][a-z]+(?:\s+of\s+[a-z]+)?)\s*:\s*$/;

/** @example lifeEventDate(input)?.subject.frame?.measure.id // "date.birth" */
export function lifeEventDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (text[mention.start - 1] === "(" || text[mention.start - 2] === "(") return fromLifespan(input);
  if (!mayHold(input, CUE)) return null;
  // Most dates are about nothing of a life: one cheap test of the words before the date first.
  const gated = GATE.test(text.slice(Math.max(sentence.start, mention.start - 160), mention.start));
  return (gated ? fromLabel(input) ?? fromNoun(input) ?? fromVerb(input) : null) ?? lifeClauseDate(input);
}

/** The first five letters of every verb, noun and label the three readers look for. */
const STEMS = [...VERBS.keys(), ...NOUNS.keys(), ...LABELS.keys()].map((w) => w.slice(0, 5));
const GATE = new RegExp(STEMS.filter((w, i, all) => all.indexOf(w) === i).join("|"), "i");
/** What lifeEventDate needs past a lifespan, in the date's window (date-cues.ts): a word of GATE, or a verb or death noun lifeClauseDate looks for first. */
const CUE = cueFamily(STEMS.concat(Object.keys(life.clauseVerbs), life.deathNouns));

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
  const verb = lastMatch(VERB, clause);
  if (!verb || !COMPLEMENT.test(clause.slice(verb.index + verb[0].length))) return null;
  const verbAt = from + verb.index;
  const phase = VERBS.get(verb[0].toLowerCase())!;
  const person = personBefore(input, verbAt, true) ?? openerPerson(input, verbAt);
  return person ? lifeSubject(text, person, phase, verb[0], "subject.life-date-verb") : null;
}

/**
 * "marked a year since the death of Alexei Navalny on February 16, 2025", "the anniversary of
 * Pele's death on": the date may be the remembrance's, so the noun's is not read.
 */
const REMEMBERED = new RegExp(String.raw`\b(?:${life.remembrance.join("|")}|(?:years?|months?|weeks?)\s+(?:since|after))\b`);

/**
 * Whether the words of a sentence before a date remember a happening: the date may be the
 * remembrance's, not the happening's. Read by every reader that dates a death by the words before
 * its date (here, date-head.ts).
 * @example remembered("Supporters marked a year since the death of Alexei Navalny on ") // true
 */
export function remembered(before: string): boolean {
  return REMEMBERED.test(before);
}

function fromNoun(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const before = text.slice(Math.max(sentence.start, mention.start - 90), mention.start);
  if (remembered(text.slice(sentence.start, mention.start))) return null;
  const owned = POSSESSIVE_NOUN.exec(before);
  if (owned && isPerson(owned[1]!, text, false)) return lifeSubject(text, owned[1]!, NOUNS.get(owned[2]!.toLowerCase())!, owned[2]!, "subject.life-date-noun");
  const m = NOUN_OF.exec(before);
  if (!m || !isPerson(m[2]!.trim(), text, false)) return null;
  return lifeSubject(text, m[2]!.trim(), NOUNS.get(m[1]!.toLowerCase())!, m[1]!, "subject.life-date-noun");
}

/**
 * "Mother Teresa (26 August 1910 – 5 September 1997)": a lifespan of two full dates in brackets
 * right after a name, as reference pages open, read as the birth (the range's first day). Two
 * years alone ("David Cameron (2010–2016)") may be a term of office, and are not read.
 */
function fromLifespan(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!LIFESPAN.test(text.slice(mention.start, mention.end))) return null;
  const m = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(sentence.start, mention.start - 80), mention.start));
  return m && isPerson(m[1]!, text, false) ? lifeSubject(text, m[1]!, "birth", "born", "subject.life-date-span") : null;
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

function lifeSubject(text: string, written: string, phase: string, verb: string, rule: string): SubjectReading {
  // "Former Mexican President Luis Echeverría": the name without what outlets write before it (life-story-person.ts).
  const name = bareName(written);
  const id = slugOf(name);
  const subject = buildSubject({ text: `${name} ${verb}`, head: phase, measure: "date", event: id });
  subject.frame = { measure: { id: `date.${phase}`, text: verb }, scope: [{ kind: "named", id, text: name }], rules: [rule] };
  return { subject, rules: [rule] };
}

