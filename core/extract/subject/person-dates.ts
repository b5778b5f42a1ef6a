import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { slugOf } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import { EVENTS, MONTHS_AND_DAYS } from "./lexicon.js";
import { objectOfAnother } from "./life-person.js";
import { TITLES } from "./person-name.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { isCapitalized, wordsIn, type Word } from "./words.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * Dates of a person's birth or death, with the person as the date's anchor, so two articles
 * dating one death differently give a date conflict. Shapes:
 * - "Smith was born on 4 July 1950", "Jane Doe, who died in 2001": the verb right before the date;
 * - "Fidel Castro died at age 90 this Friday, November 25": an age between verb and date;
 * - "Castro was born on August 13, 1926, in Birán and died on November 26, 2016": the second
 *   verb's subject is the sentence's;
 * - "On May 2, 2011, Osama bin Laden is killed by ...": the date opens the sentence.
 * A name is two words at least, or one that does not open its sentence: "He" and "Officially"
 * are no one.
 */

const VERBS = "born|died|killed|assassinated|executed|buried|shot dead|passed away";
/** The verbs both shapes need, as cue words of the date's window (date-cues.ts). */
const CUE = cueFamily([...VERBS.split("|"), "dies"]);
/** "died in a helicopter crash on", "was killed in a car bomb attack in Kabul on": the event of the death, between the verb and its date. */
const IN_EVENT = String.raw`(?:\s+(?:in|during)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${Object.keys(EVENTS).join("|")})(?:\s+(?:in|at|near)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})?)?`;
const LIFE_BEFORE = new RegExp(String.raw`(?:^|\s)((?:(?:was|were|has|have)\s+)?(?:been\s+)?(?:shot\s+and\s+)?(?:${VERBS})(?:\s+at\s+(?:the\s+)?age\s+(?:of\s+)?\d+)?${IN_EVENT}\s+(?:on|in)?\s*)$`, "iu");
/** ", Osama bin Laden is killed", ", the leader of the Cuban revolution, Fidel Castro, died": who, and the verb. */
const LIFE_AFTER = new RegExp(String.raw`^(?:,|\s+[-–—])\s+(?:(?:the|a|an)\s+[^,;.]{1,60},\s+|(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Lu}{2,5}\s+)?(?:player|star|singer|actor|actress|leader|president|author|writer|legend|icon|founder)\s+)?((?:[\p{Lu}][\p{L}’'.-]*|bin|ibn|al|de|van|von)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|bin|ibn|al-\p{Lu}[\p{L}-]*|de|van|von)){0,4}),?\s+(?:(?:is|was|were|has\s+been)\s+(?:shot\s+and\s+)?(${VERBS})|(?:has\s+)?(died|dies|passed\s+away))\b`, "u");
/** A preposition of place right before a run of names: the names are where, not who. */
const PLACE_BEFORE = /\b(?:in|at|near|outside|from|to|into|of|inside|across)\s+$/i;
const PRONOUNS = /^(?:he|she|they|it|his|her|officially|reportedly|born|the|a|an|this|that|in|on)$/i;

/** "Smith was born on 4 July 1950", "Jane Doe, who died in 2001": a person's birth or death. */
export function lifeDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, CUE)) return null;
  const lead = text.slice(Math.max(sentence.start, mention.start - 50), mention.start);
  if (!/born|died|killed|assassinated|executed|buried|shot dead|passed away/i.test(lead)) return null;
  const m = LIFE_BEFORE.exec(lead);
  if (!m) return null;
  const verbAt = mention.start - m[1]!.length;
  const before = wordsIn(text, Math.max(sentence.start, verbAt - 60), verbAt);
  // "… in Birán and died on": the person is the one the sentence opened with.
  if (before.length && before[before.length - 1]!.lower === "and") return sentencePerson(input, m[1]!, verbAt);
  const words = before.filter((w) => !/^(?:who|was|were|,)$/i.test(w.lower));
  const run: Word[] = [];
  // "According to Kenyatta on Friday, Kibaki died": a weekday or a month is no part of a name.
  for (let k = words.length - 1; k >= 0 && run.length < 5 && isNameWord(words[k]!) && !MONTHS_AND_DAYS.has(words[k]!.lower); k--) run.unshift(words[k]!);
  while (run.length && !isCapitalized(run[0]!)) run.shift();
  if (run.length === 0 || !/^[\s,]*(?:who\s+)?(?:was\s+|were\s+)?$/i.test(text.slice(run[run.length - 1]!.end, verbAt))) return null;
  if (objectOfAnother(wordsIn(text, Math.max(sentence.start, run[0]!.start - 40), run[0]!.start))) return null;
  // "pilgrims travelling ... to a church in Moria outside Polokwane, South Africa died": names after a place's preposition are a place, not who died.
  if (PLACE_BEFORE.test(text.slice(Math.max(sentence.start, run[0]!.start - 12), run[0]!.start))) return null;
  return personSubject(text, sentence, run, m[1]!, verbAt, "");
}

/** "On May 2, 2011, Osama bin Laden is killed by a U.S. commando", "Eleven years ago today on May 1, 2011, …". */
export function personDate(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  if (!mayHold(input, CUE)) return null;
  const lead = text.slice(sentence.start, mention.start);
  if (lead.length > 40 || !/^\s*$|(?:^|\s)(?:on|in)\s+$/i.test(lead)) return null;
  const m = LIFE_AFTER.exec(text.slice(mention.end, Math.min(sentence.end, mention.end + 130)));
  if (!m) return null;
  const from = mention.end + m[0].indexOf(m[1]!, m[0].length - m[1]!.length - (m[2] ?? m[3])!.length - 30);
  const run = wordsIn(text, from, from + m[1]!.length);
  const verb = (m[2] ?? m[3])!;
  const verbAt = mention.end + m[0].length - verb.length;
  return personSubject(text, sentence, run, verb, verbAt, "subject.life-date-opening");
}

function sentencePerson(input: SubjectInput, verb: string, verbAt: number): SubjectReading | null {
  const { text, sentence } = input;
  const words = wordsIn(text, sentence.start, Math.min(verbAt, sentence.start + 80));
  const run: Word[] = [];
  for (const word of words) {
    if (!isNameWord(word)) break;
    run.push(word);
    if (run.length === 5) break;
  }
  const after = run.length ? text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 12) : "";
  if (!/^\s+(?:was|were|is)\s/i.test(after)) return null;
  return personSubject(text, sentence, run, verb, verbAt, "subject.life-date-sentence");
}

function personSubject(text: string, sentence: Span, run: readonly Word[], verb: string, verbAt: number, rule: string): SubjectReading | null {
  const said = run.filter((w) => !PRONOUNS.test(w.text));
  if (said.length !== run.length || said.length === 0) return null;
  if (said.length === 1 && said[0]!.start - sentence.start <= 1) return null;
  const names = nameOnly(text, said);
  const name = names.map((w) => w.text).join(" ");
  const phase = /born/i.test(verb) ? "birth" : "death";
  const person: ScopeEntity = { kind: "named", id: slugOf(name), text: name };
  const subject = buildSubject({ text: text.slice(names[0]!.start, verbAt + verb.trimEnd().length), head: phase, measure: "date", event: person.id });
  const named = rule || `subject.${phase}-date`;
  subject.frame = { measure: { id: `date.${phase}`, text: verb.trim() }, scope: [person], rules: [named] };
  return { subject, rules: [named] };
}

/**
 * The person's name in a run of capitalised words, without what outlets write around it: an
 * aside after a comma that gives the office ("Idriss Deby Itno, Chad's President has died"), and
 * a title before the name ("President Idriss Deby passed away"), so that two reports of one
 * death name one person (core/check/frame/scope.ts sameName: the words of one name all among
 * the other's). A title stays when the name is a single word without it ("Pope Francis").
 * @example nameOnly(text, wordsOf("President Idriss Deby")) // the words "Idriss Deby"
 */
export function nameOnly(text: string, run: readonly Word[]): readonly Word[] {
  let words = run;
  const comma = words.findIndex((w, k) => k > 0 && /,/.test(text.slice(words[k - 1]!.end, w.start)));
  if (comma > 0 && words.slice(comma).some((w) => TITLES.has(w.text) || /['’]s$/.test(w.text))) words = words.slice(0, comma);
  let title = 0;
  while (title < words.length - 2 && TITLES.has(words[title]!.text)) title++;
  return words.slice(title);
}

/** A word of a person's name: capitalised, or a particle ("al-Baghdadi", "bin", "van"). */
function isNameWord(word: Word): boolean {
  return isCapitalized(word) || /^(?:al|el|ad|as|ash|at)-\p{Lu}/u.test(word.text) || /^(?:bin|ibn|de|da|van|von|der|du|dos|del|di|le|la)$/.test(word.text);
}
