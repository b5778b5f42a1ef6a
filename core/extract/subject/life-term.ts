import careers from "./data/life-careers.js";
import { wordAlternation } from "./alternation.js";
import { termKind } from "./life-term-kind.js";
import { slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { gazetteerPlace } from "./gazetteer.js";
import { isPerson, NAME } from "./person-name.js";
import { personNamed, pronounPerson } from "./life-story-person.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * A term of the top office as a span of years: "Kibaki served as the third president of the
 * Republic of Kenya from 2002 to 2013", "ruled Nigeria as a military head of state from 1983 to
 * 1985". The span is a claim about when the
 * person took office (its first year, the date's value) and left it (its last): measure
 * "date.office-start", so that "seized power in 1984" (life-career.ts) and "from 1983 to 1985"
 * meet, and two spans of one term with different ends are compared (core/check reads the end).
 * The person: a name in the clause before the office word, else the report's person
 * (life-story-person.ts). Not read: an office of something that is no country ("president of the
 * football federation"), a span with no office word before it in its clause.
 */

const TERM = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(careers.termWords)})(?![\p{L}])`, "iu");
const CUE = cueFamily(careers.termWords);
const TOP_OFFICE = new RegExp(String.raw`\b(?:${wordAlternation(careers.offices)})\b`, "i");
/** What ends a clause between the office word and the span. */
const BREAK = /[;:.!?]|\b(?:said|says|told|when|which|while|but|after|before|since|until|later|then|and)\b/i;
/** "president of the Football Federation": the office of the words after "of", a country or none. */
const OFFICE_OF = /\b(?:president|presidency|prime\s+minister|premier|head\s+of\s+state|leader|ruler|chancellor)\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s*(?:of\s+)?){1,4})/u;

/** @example termDate(inputOf("Kibaki was president from 2002 to 2013.", "from 2002 to 2013"))?.subject.frame?.measure.id // "date.office-start" */
export function termDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (mention.qualifier !== "range" || typeof mention.low !== "number" || typeof mention.high !== "number" || mention.low < 1000) return null;
  // "throughout most of the 1980s": a decade is when something went on, no term.
  if (/\d0['’]?s\b/.test(text.slice(mention.start, mention.end))) return null;
  if (!mayHold(input, CUE)) return null;
  const before = text.slice(Math.max(sentence.start, mention.start - 110), mention.start);
  // "Prime Minister David Cameron (2010–2016)": years in brackets after a name may be a term or a life; not read.
  // After the office itself ("Kenya's third president (from 2003 to 2013)") they are its term.
  if (/\(\s*$/.test(before) && !new RegExp(String.raw`(?:${TERM.source})\s*\(\s*$`, "iu").test(before)) return null;
  const clause = before.slice(lastBreak(before));
  const office = lastOffice(clause);
  if (office < 0) return null;
  const offices = clause.slice(office);
  const of = OFFICE_OF.exec(offices);
  // "president of the Republic of Kenya": a country; "president of the Kenya Football Federation": no.
  if (of && !countryNamed(of[1]!)) return null;
  // "served as the First Secretary of the Communist Party": a verb's office named, and not the top one.
  const as = /\bas\s+(?:the\s+|a\s+|an\s+)?([^,;]{1,60})$/i.exec(offices);
  if (as && !TOP_OFFICE.test(as[1]!)) return null;
  const at = mention.start - (clause.length - office);
  const person = clausePerson(input, mention.start - clause.length, at) ?? pronounPerson(text, mention.start);
  return person ? termSubject(personNamed(text, person), clause.slice(office).trim(), termKind(clause)) : null;
}

function lastBreak(words: string): number {
  let end = 0;
  for (const m of words.matchAll(new RegExp(BREAK.source, "gi"))) end = m.index + m[0].length;
  return end;
}

/** Where the last office or term word of a clause starts, or -1. */
function lastOffice(clause: string): number {
  let found = -1;
  for (const m of clause.matchAll(new RegExp(TERM.source, "giu"))) found = m.index;
  return found;
}

/** Whether the capitalised words after "president of" name a country or a place, not an institution ("the Football Federation"). */
function countryNamed(words: string): boolean {
  const parts = words.trim().split(/\s+(?:of\s+)?/).filter((w) => /^\p{Lu}/u.test(w));
  return parts.some((w) => gazetteerPlace(w) !== null) && !INSTITUTION.test(words);
}

/**
 * The clause's subject before the office word: its first person named ("Kibaki served as",
 * "Goodluck Jonathan, president from"); not a name after "the" ("governed the Republic of Cuba").
 */
function clausePerson(input: SubjectInput, clauseStart: number, officeAt: number): string | null {
  const { text, sentence } = input;
  for (const m of text.slice(clauseStart, officeAt).matchAll(NAMES)) {
    const at = clauseStart + m.index;
    const name = m[0].replace(/['’]s$/, "");
    if (/\bthe\s+(?:[\p{Ll}-]+\s+){0,3}$/iu.test(text.slice(Math.max(sentence.start, at - 30), at))) continue;
    const opens = /^[\s"“‘'(]*$/u.test(text.slice(sentence.start, at)) && !/\s/.test(name);
    if (isPerson(name, text, opens)) return name;
  }
  return null;
}

const INSTITUTION = new RegExp(String.raw`\b(?:${careers.institutionWords.join("|")})\b`);

const NAMES = new RegExp(NAME, "gu");

function termSubject(name: string, said: string, kind: string): SubjectReading {
  const id = slugOf(name);
  const rule = "subject.life-term";
  const subject = buildSubject({ text: `${name} ${said}`, head: "office-start", measure: "date", event: id });
  subject.frame = { measure: { id: "date.office-start", text: said }, scope: [{ kind: "named", id, text: name }], event: { id: kind, text: kind.replace("-", " ") }, rules: [rule] };
  return { subject, rules: [rule] };
}
