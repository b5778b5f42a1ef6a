import { wordAlternation } from "./alternation.js";
import life from "./data/life-events.js";
import clauseWords from "./data/life-clause-words.js";
import { slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { bareName } from "./life-story-person.js";
import { EVENTS, MONTHS_AND_DAYS } from "./lexicon.js";
import { fullName, personBefore } from "./life-person.js";
import { isPerson, NAME } from "./person-name.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordsIn } from "./words.js";
import { lastMatch } from "../last-match.js";

/**
 * A person's death or birth told by the clause its date sits in, in the shapes life-dates.ts and
 * person-dates.ts do not read, so that two reports dating one death differently are compared:
 * - the verb, then where, how or by whom, then the date: "Yahya Sinwar was killed in an Israeli
 *   military operation in the southern Gaza Strip on October 16", "killed by Israeli forces on
 *   Thursday", "she passed away on September 16";
 * - an active verb and its object: "soldiers killed Yahya Sinwar in Rafah on", "On October 16,
 *   soldiers of the Southern Command killed Yahya Sinwar";
 * - a date opening its sentence, the person, an aside, the verb: "On February 15, Alexei
 *   Navalny, well-known Russian opposition leader, ..., died at a remote Arctic prison";
 * - the happening that was the death: "the assassination of Ayman al-Zawahiri — the leader of
 *   al-Qaeda — in a 30 July drone strike".
 * A transitive verb ("killed") tells its subject's death only when passive: "was killed on",
 * "Sinwar killed in an operation on"; "Smith killed ... on" is someone else's death.
 */

const VERBS = new Map<string, string>(Object.entries(life.clauseVerbs));
const TRANSITIVE = new Set<string>(life.transitive);
const VERB = new RegExp(String.raw`\b(?:${wordAlternation(VERBS.keys())})\b`, "gi");
const ACTIVE = new RegExp(String.raw`\b(${wordAlternation(TRANSITIVE)})\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)?(?:${life.roles.join("|")})\s+)?(${NAME})`, "gu");
const EVENT_NOUN = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${Object.keys(EVENTS).join("|")})\b`, "u");
const DEATH_NOUN = new RegExp(String.raw`\b(?:${life.deathNouns.join("|")})\b`, "i");
const DEATH_OF = new RegExp(String.raw`\b(?:${life.deathNouns.join("|")})\s+of\s+(${NAME})(?:\s*[—–]\s[^—–]{1,80}\s[—–]|,\s+(?:a|an|the)\s[^,;:]{1,80},)?\s+in\s+(?:a|an|the)\s*$`, "u");
/** Where, how, by whom or at what age, between a verb and its date: "in an operation in the southern Gaza Strip", "by Israeli forces", "aged 47". */
const ADJUNCTS = /^(?:\s+\p{Ll}+ly)?(?:,?\s+(?:aged|at\s+(?:the\s+)?age\s+(?:of\s+)?)\s*\d{1,3},?)?(?:\s+(?:in|at|by|during|near|inside|outside|with|from|off|aboard|under|amid|following)\s[^;:()–—]*?)?,?\s*(?:(?:on|in|at|early|late|overnight)\s+)*(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?(?:(?:the|a|an)\s+)?$/u;
/** Words that open another clause or tell when something was said, not when it happened. */
const ANOTHER_CLAUSE = new RegExp(String.raw`\b(?:${clauseWords.anotherClause.join("|")})\b`, "i");
/** Aux words between a person and the verb: "has reportedly been killed". */
const AUX = String.raw`(?:(?:${clauseWords.aux.join("|")})\s+)*`;
/** After a date opening its clause: the person, an aside, the verb ("On February 15, Alexei Navalny, <aside>, died"). */
const OPENING_SUBJECT = new RegExp(String.raw`^,?\s+(${NAME})(?:,\s+([^;:()]{1,240}?),)?\s+${AUX}(${wordAlternation(VERBS.keys())})\b(\s+\S+)?`, "u");
/** What may open a sentence or a clause before its date: "On", "that on", "On the night of". */
const OPENING = /(?:^|\bthat)\s*[\s"“‘'(]*(?:(?:on|in|early on|late on)(?:\s+the\s+(?:night|morning|evening|afternoon)\s+of)?\s+)?$/iu;

/** @example lifeClauseDate(input)?.subject.frame?.measure.id // "date.death" for "Sinwar was killed in Rafah on October 16" */
export function lifeClauseDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  // Most dates are about no one's life: one cheap look at the sentence first.
  VERB.lastIndex = 0;
  const stretch = text.slice(Math.max(sentence.start, mention.start - 200), Math.min(sentence.end, mention.end + 260));
  if (!VERB.test(stretch) && !DEATH_NOUN.test(stretch)) return null;
  return verbBefore(input) ?? objectBefore(input) ?? openingClause(input) ?? deathBy(input);
}

/** Whether the words between a verb (or its object) and the date only tell where, how or by whom. */
export function onlyAdjuncts(between: string): boolean {
  if (between.length > 110 || !ADJUNCTS.test(between) || ANOTHER_CLAUSE.test(between)) return false;
  // "in Kharp, Yamalo-Nenets": a comma only before a place's name.
  if (/,\s+(?!\p{Lu})/u.test(between)) return false;
  return !wordsIn(between, 0, between.length).some((w) => MONTHS_AND_DAYS.has(w.lower));
}

/** "X was killed in an operation in Rafah on", "a 22-year-old who passed away on", "she died in hospital on". */
function verbBefore(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 140);
  const verb = lastMatch(VERB, text.slice(from, mention.start));
  if (!verb) return null;
  const verbAt = from + verb.index;
  const between = text.slice(verbAt + verb[0].length, mention.start);
  if (!onlyAdjuncts(between)) return null;
  const word = verb[0].toLowerCase().replace(/\s+/g, " ");
  // "Sinwar killed in an operation on", "was killed on": passive, no object between.
  if (TRANSITIVE.has(word) && !/^\s*(?:(?:in|at|by|during|near|inside|outside|with|from|off|aboard|under|amid|following|on)\s|$)/.test(between)) return null;
  const person = personBefore(input, verbAt, true);
  return person ? lifeSubject(text, fullName(text, person), VERBS.get(word)!, verb[0], "subject.life-clause-verb") : null;
}

/** "soldiers killed Yahya Sinwar in Rafah on October 16": the object's death. */
function objectBefore(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 160);
  const m = lastMatch(ACTIVE, text.slice(from, mention.start));
  if (!m) return null;
  const end = from + m.index + m[0].length;
  if (!onlyAdjuncts(text.slice(end, mention.start)) || !isPerson(m[2]!, text, false)) return null;
  return lifeSubject(text, fullName(text, m[2]!), "death", m[1]!, "subject.life-clause-object");
}

/** "On February 15, Alexei Navalny, <aside>, died at", "that on October 16, 2024, after a year of pursuit, soldiers ... killed Yahya Sinwar". */
function openingClause(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const lead = text.slice(Math.max(sentence.start, mention.start - 60), mention.start);
  if (!OPENING.test(lead) || (mention.start - sentence.start > 40 && !/\bthat\s+(?:on|in)\s+$/i.test(lead))) return null;
  const rest = text.slice(mention.end, Math.min(sentence.end, mention.end + 280));
  const subject = OPENING_SUBJECT.exec(rest);
  if (subject && isPerson(subject[1]!, text, false) && !(subject[2] && (ANOTHER_CLAUSE.test(subject[2].replace(/\band\b/g, "")) || hasDateWord(subject[2])))) {
    const word = subject[3]!.toLowerCase().replace(/\s+/g, " ");
    const passive = !TRANSITIVE.has(word) || /\b(?:was|were|been|is|are)\s+$/.test(rest.slice(0, subject[0].length - (subject[4]?.length ?? 0) - subject[3]!.length)) || /^\s+(?:in|at|by|during|near|on)$/.test(subject[4] ?? "");
    if (passive) return lifeSubject(text, fullName(text, subject[1]!), VERBS.get(word)!, subject[3]!, "subject.life-clause-opening");
  }
  // "..., soldiers of the Southern Command killed Yahya Sinwar": the object of the clause's verb.
  ACTIVE.lastIndex = 0;
  const active = ACTIVE.exec(rest.slice(0, 160));
  if (!active || !isPerson(active[2]!, text, false)) return null;
  const before = rest.slice(0, active.index);
  if (/\b(?:said|says|told|announced|confirmed|reported|according|when|which|who)\b/i.test(before) || hasDateWord(before)) return null;
  return lifeSubject(text, fullName(text, active[2]!), "death", active[1]!, "subject.life-clause-opening");
}

/** "the assassination of Ayman al-Zawahiri — the leader of al-Qaeda — in a 30 July drone strike": the death's day. */
function deathBy(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!EVENT_NOUN.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 40)))) return null;
  const m = DEATH_OF.exec(text.slice(Math.max(sentence.start, mention.start - 200), mention.start));
  if (!m || !isPerson(m[1]!, text, false)) return null;
  return lifeSubject(text, fullName(text, m[1]!), "death", "killed", "subject.life-clause-means");
}

const hasDateWord = (words: string) => wordsIn(words, 0, words.length).some((w) => MONTHS_AND_DAYS.has(w.lower)) || /\b(?:1[89]|20)\d{2}\b/.test(words);

function lifeSubject(text: string, written: string, phase: string, verb: string, rule: string): SubjectReading {
  // "Former Mexican President Luis Echeverría": the name without what outlets write before it (life-story-person.ts).
  const name = bareName(written);
  const id = slugOf(name);
  const subject = buildSubject({ text: `${name} ${verb}`, head: phase, measure: "date", event: id });
  subject.frame = { measure: { id: `date.${phase}`, text: verb }, scope: [{ kind: "named", id, text: name }], rules: [rule] };
  return { subject, rules: [rule] };
}
