import careers from "./data/life-careers.js";
import { wordAlternation } from "./alternation.js";
import { termKind } from "./life-term-kind.js";
import { slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { personBefore } from "./life-person.js";
import { isPerson, NAME } from "./person-name.js";
import { remembered } from "./life-dates.js";
import { personNamed, pronounPerson } from "./life-story-person.js";
import { introducedAsRelative } from "./life-relatives.js";
import { planned } from "./thing-phase.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordsIn } from "./words.js";
import { lastMatch } from "../last-match.js";
import { letterFirst } from "../letter-first.js";
import { cueFamily, mayHold } from "./date-cues.js";
import { wordTrie } from "../word-trie.js";

/**
 * Dates of a public life's happenings other than birth and death: taking and leaving office,
 * an election, a sentence, a diagnosis (data/life-careers.ts). "In 2007, he was sentenced to 25
 * years" and "In 2009, he was convicted ... and sentenced to 25 years" date one sentence of one
 * person two ways; "seized power in 1984" and "ruled from 1983 to 1985" one taking of power.
 * The frame's measure is "date.<class>", its scope the person: the clause's subject, or for
 * "he"/"she" the report's person (life-story-person.ts). A happening a life holds several of
 * (elections, sentences, diagnoses) is read only with its object (which office, how long, what
 * illness), carried as the frame's event so that two of them are never compared.
 * Not read: a plan ("will take office"), a remembrance, another person's happening (an active
 * verb with its object: "the court sentenced him"; a relative), another clause between verb and
 * date ("said", "when", "after", a second date), a second happening of a class ("re-elected" is
 * its own class; "a second term", "again" are not read).
 */

const VERBS = new Map<string, string>(Object.entries(careers.verbs));
// The verbs as a trie (word-trie.ts: the same match at each place, longest first, one character deciding each branch).
const VERB = new RegExp(String.raw`(?<![\p{L}-])${wordTrie(VERBS.keys(), { space: String.raw`\s+` })}(?![\p{L}-])`, "giu");
const VERB_ONCE = letterFirst(VERB.source, "iu");
/** VERB with the letter before checked by hand (letter-first.ts): read around every date of a life. */
const VERB_LAST = letterFirst(VERB.source, "giu");
const CUE = cueFamily([...VERBS.keys()]);
const TRANSITIVE = new Set<string>(careers.transitive);
const OFFICE = new RegExp(String.raw`\b(?:${wordAlternation(careers.offices)})\b`, "i");
const ILLNESS = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(Object.keys(careers.illnesses))})(?![\p{L}])`, "iu");
const REPEATED = new RegExp(String.raw`\b(?:${wordAlternation(careers.repeated)})\b`, "i");
/** Words between a happening's verb and its date that open another clause or tell a saying. */
const ANOTHER_CLAUSE = new RegExp(String.raw`[;:()–—]|\b(?:${careers.clauseOpeners.join("|")})\b`, "i");
/** A bound or a start right before the date: not the day it happened. */
const BOUND = /\b(?:by|until|till|since|from|before|after|through|between)\s+(?:the\s+)?(?:(?:early|late|mid|end\s+of)\s+)?$/i;
/** Passive or reduced: the subject's own happening ("was sentenced", "Fujimori, sentenced in"). */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|first|later)\s+$/i;
/** An active transitive verb's object right after it: someone else's happening. */
const OBJECT_AFTER = new RegExp(String.raw`^\s+(?:him|her|them|me|us|${NAME})`, "u");
/** What may open a sentence before its date: "In", "On", "In early". */
const OPENING = /^[\s"“‘'(]*(?:(?:in|on|during)\s+(?:(?:early|late|mid)\s+)?)?$/i;
const PRONOUN = /^(?:he|she)$/i;
/** Words between the subject and its verb: "he was first", "Mujica publicly". */
const AUX = new RegExp(String.raw`^(?:${careers.auxiliaries.join("|")})$`, "i");

/** @example careerDate(inputOf("In 2007, he was sentenced to 25 years in prison.", "2007"))?.subject.frame?.measure.id // "date.sentenced" */
export function careerDate(input: SubjectInput): SubjectReading | null {
  const { text, mention } = input;
  if (typeof input.mention.value !== "string" || !mayHold(input, CUE)) return null;
  if (/^\s*(?:by|until|till|since|before|after|from|between)\b/i.test(text.slice(mention.start, mention.end))) return null;
  return verbBefore(input) ?? verbAfterOpening(input);
}

/** "seized power in 1984", "he was first diagnosed with cancer in April 2024": the verb before the date in its clause. */
function verbBefore(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 120);
  const verb = lastMatch(VERB_LAST, text.slice(from, mention.start));
  if (!verb) return null;
  const verbAt = from + verb.index;
  const verbEnd = verbAt + verb[0].length;
  const between = text.slice(verbEnd, mention.start);
  if (between.length > 100 || ANOTHER_CLAUSE.test(between) || hasDate(between) || BOUND.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) return null;
  return reading(input, verb[0], verbAt, verbEnd, mention.end);
}

/** "In 2007, he was sentenced", "In April 2024, Mujica publicly disclosed his diagnosis": a date opening its sentence, then the subject and the verb. */
function verbAfterOpening(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!OPENING.test(text.slice(sentence.start, mention.start))) return null;
  const rest = text.slice(mention.end, Math.min(sentence.end, mention.end + 90));
  const verb = VERB_ONCE.exec(rest);
  // Between the date and the verb only the subject and its auxiliaries: ", he was", ", Mujica publicly".
  if (!verb || !/^,\s+[^,;:]{1,60}?\s+$/u.test(rest.slice(0, verb.index))) return null;
  const verbAt = mention.end + verb.index;
  return reading(input, verb[0], verbAt, verbAt + verb[0].length, Math.min(sentence.end, verbAt + verb[0].length + 120));
}

/** The frame of a happening told by `verb` at `verbAt`, whose object is read up to `objectEnd`. */
function reading(input: SubjectInput, verb: string, verbAt: number, verbEnd: number, objectEnd: number): SubjectReading | null {
  const { text, sentence } = input;
  const word = verb.toLowerCase().replace(/\s+/g, " ");
  const kind = VERBS.get(word);
  if (!kind) return null;
  const clause = text.slice(sentence.start, Math.min(sentence.end, objectEnd));
  if (planned(text, sentence.start, verbAt) || remembered(text.slice(sentence.start, verbAt)) || (kind !== "re-elected" && REPEATED.test(clause))) return null;
  // "the court sentenced him in 2009": an active verb with its object tells the object's happening.
  if (TRANSITIVE.has(word) && !PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, verbAt - 12), verbAt)) && OBJECT_AFTER.test(text.slice(verbEnd, verbEnd + 40))) return null;
  const object = objectOf(kind, text.slice(Math.max(sentence.start, verbAt - 60), objectEnd), verb, text.slice(verbEnd, objectEnd));
  if (object === null) return null;
  const person = subjectOf(input, verbAt);
  if (!person) return null;
  return careerSubject(person, kind, verb, object);
}

/**
 * What tells one happening of a class from another in one life: the office of an election
 * ("" for the top office, the only one read), the length of a sentence, the illness of a
 * diagnosis; null when the clause does not say (or names another office).
 */
function objectOf(kind: string, around: string, verb: string, after: string): string | null {
  const of = careers.ofObject[kind];
  if (of === "sentence") {
    const m = /\bsentenced\s+to\s+(?:(\d+|life|death)(?:\s+years?)?|(\w+)\s+years?)/i.exec(around);
    return m ? `sentence-${(m[1] ?? m[2])!.toLowerCase()}` : null;
  }
  if (of === "illnesses") {
    const m = ILLNESS.exec(around);
    return m ? `diagnosis-${careers.illnesses[m[0].toLowerCase()]}` : null;
  }
  // The office a verb names is its own object ("sworn in as president"), not an office the sentence names before it.
  if (kind === "office-start" || kind === "office-end") return termKind(`${verb}${after}`);
  // "elected to parliament", "sworn in as interior minister": another office than the top one is not read.
  const as = /^\s+(?:as|to)\s+(?:the\s+)?([^,;.]{1,40})/i.exec(after);
  if (as && !OFFICE.test(as[1]!)) return null;
  return "";
}

/**
 * The happening's person: the name before the verb; for "he"/"she", or "his cancer, first
 * diagnosed in", the report's person (not when the clause names a relative).
 */
function subjectOf(input: SubjectInput, verbAt: number): string | null {
  const { text, sentence } = input;
  const words = wordsIn(text, Math.max(sentence.start, verbAt - 80), verbAt);
  let k = words.length - 1;
  while (k >= 0 && AUX.test(words[k]!.text)) k--;
  const said = words[k];
  if (!said) return null;
  const clause = text.slice(Math.max(sentence.start, verbAt - 80), verbAt);
  // "He won the elections ... and served two terms, leaving office in 2001": a participle's subject opens the sentence.
  if (/ing$/i.test(verbWord(text, verbAt)) && /,\s*$/.test(clause)) return OPENS_WITH_PRONOUN.test(text.slice(sentence.start, verbAt)) ? pronounPerson(text, verbAt) : null;
  if (PRONOUN.test(said.text) || (/\b(?:his|her)\s+[\p{Ll}\s-]{1,40},?\s*$/u.test(clause) && !RELATIVE.test(clause))) return pronounPerson(text, verbAt);
  // "Morsi, who was visited by Hillary Clinton in July 2012, became": past an aside; "Mujica publicly disclosed": past an adverb.
  const name = personBefore(input, verbAt, true) ?? personBefore(input, said.end, true);
  if (!name || !isPerson(name, text, false)) return null;
  const at = text.lastIndexOf(name, verbAt);
  // "the now outlawed Muslim Brotherhood, was elected": a name after "the" is a group's or a thing's, not a person's.
  if (at >= 0 && (introducedAsRelative(text.slice(Math.max(0, at - 50), at)) || ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 40), at)))) return null;
  return personNamed(text, name);
}

const OPENS_WITH_PRONOUN = /^[\s"“‘'(]*(?:He|She)\s/u;
/** The first word at `at`. */
const verbWord = (text: string, at: number) => /^[\p{L}-]+/u.exec(text.slice(at))?.[0] ?? "";
const ARTICLE_BEFORE = /\bthe\s+(?:[\p{Ll}-]+\s+){0,3}$/iu;
const RELATIVE = new RegExp(String.raw`\b(?:${careers.relations.join("|")})\b`, "i");

const hasDate = (words: string) => wordsIn(words, 0, words.length).some((w) => MONTHS_AND_DAYS.has(w.lower)) || /\b(?:1[89]|20)\d{2}\b/.test(words);

function careerSubject(name: string, kind: string, verb: string, object: string): SubjectReading {
  const id = slugOf(name);
  const rule = "subject.life-career";
  const subject = buildSubject({ text: `${name} ${verb}`, head: kind, measure: "date", event: id });
  subject.frame = { measure: { id: `date.${kind}`, text: verb }, scope: [{ kind: "named", id, text: name }], rules: [rule] };
  if (object) subject.frame.event = { id: object, text: object.replace(/-/g, " ") };
  return { subject, rules: [rule] };
}
