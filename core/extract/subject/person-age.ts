import type { ScopeEntity } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/ages.js";
import life from "./data/life-events.js";
import { placeOfDemonym } from "./gazetteer.js";
import { buildSubject } from "./key.js";
import { slugOf } from "./frame-scope.js";
import { isPerson, NAME } from "./person-name.js";
import type { SubjectStep } from "./reading.js";

/**
 * The age of a named person, as news and court reports set it beside the name: "Salman Abedi,
 * 22,", "John McCabe (39)", "Ignazio Giordano, 57 years old", "Keeley Brough, aged 28", "Mahsa
 * Amini, a 22-year-old", "23-year-old Salman Abedi". Its frame's measure is AGE and its scope the
 * person (PERSON_PREFIX and the surname), so two reports giving one person two ages meet
 * (core/check/frame/age.ts tells two people of one surname apart by their first names). An
 * unnamed "a 26-year-old man" is left to the other readers: nothing says which man it is.
 */

/** The measure of a person's or a thing's age. */
export const AGE = "age";
/** The id of a person named with an age: `person:<surname>`, so "Salman Abedi" and "Abedi" meet. */
export const PERSON_PREFIX = "person:";
/** The rule of a frame read here. */
export const PERSON_AGE = "subject.person-age";

/** Ranks and titles before a name are no part of it ("Constable Randall Kirk"). */
const NOT_NAME: ReadonlySet<string> = new Set([...life.titles, ...data.ranks]);
const SUFFIX: ReadonlySet<string> = new Set(data.suffixes);
const MODIFIED: ReadonlySet<string> = new Set(data.modifierOf);
const THING: ReadonlySet<string> = new Set(data.thingWords);
/** The oldest a person is told to be: "the 600-year-old Shuri Castle" is a thing. */
const OLDEST = 120;

/** "Salman Abedi, ", "John McCabe (", "Keeley Brough, aged ", "Mahsa Amini, a ": a name, then its age set off. */
const BEFORE = new RegExp(String.raw`(?<![\p{L}’'.-])(${NAME})\s*(?:,\s*(?:(aged)\s+|(an?)\s+)?|(\())$`, "u");
/** "23-year-old Salman Abedi": the name the age is written before. */
const AFTER = new RegExp(String.raw`^\s+(${NAME})`, "u");
/** The set-off age closes: "Abedi, 22, set off", "Giordano, 59;", "Arnold, 29, and", "McCabe (39)". */
const CLOSED = /^\s*(?:[,;.:)]|$|and\b)/u;
/** "47-year-old", "57 years old": an age written with its unit. */
const WITH_UNIT = /old$/i;

/** A named person and the words that name them. */
export interface NamedPerson {
  /** The name as the report gives it, ranks left out ("Randall Kirk", "Kirk" when no fuller name is given). */
  name: string;
  /** PERSON_PREFIX and the surname's slug ("person:kirk"); a suffix stays ("person:smith-jr"). */
  id: string;
}

/**
 * @example personAge("Salman Abedi, 22, set off", sentence, mentionOf("22"))?.id // "person:abedi"
 * @example personAge("a 26-year-old man died", sentence, mentionOf("26-year-old")) // null
 */
export function personAge(text: string, sentence: Span, m: Mention): NamedPerson | null {
  if (m.kind !== "quantity" || m.unit !== "year" || !m.rules.includes("age") || m.qualifier !== "exact" || m.low !== undefined) return null;
  if (typeof m.value !== "number" || m.value > OLDEST) return null;
  const written = text.slice(m.start, m.end);
  const before = BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 120), m.start));
  if (before) {
    const [, run, aged, article, bracket] = before;
    // "Mahsa Amini, a 22-year-old": only with the unit; "Abedi, 22," / "Giordano, 57 years old" close their aside.
    const shape = article ? WITH_UNIT.test(written) : bracket ? text[m.end] === ")" : aged !== undefined || CLOSED.test(text.slice(m.end, m.end + 12));
    if (shape) return named(text, run!.split(/\s+/), "last");
  }
  // "23-year-old Salman Abedi as the attacker": the age modifies the name after it.
  if (!WITH_UNIT.test(written) || !/-/.test(written)) return null;
  const after = AFTER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 80)));
  if (!after) return null;
  const words = after[1]!.split(/\s+/);
  // "a 67-year-old Half Moon Bay resident", "a 30-year-old Tesco worker": the run modifies a noun.
  const next = /^\s*([\p{L}]+)/u.exec(text.slice(m.end + after[0].length, m.end + after[0].length + 20))?.[1];
  if (next && MODIFIED.has(next)) return null;
  return named(text, words, "first");
}

/** A capitalised word, a particle or "al-" before a capital: a word a name can hold. */
function nameLike(word: string): boolean {
  return !placeOfDemonym(word) && !THING.has(word) && (/^\p{Lu}\p{Ll}/u.test(word) || /^(?:bin|ibn|de|da|do|dos|das|del|di|du|van|von|der|al-\p{Lu}.*)$/u.test(word));
}

/** A rank or a title written before a name ("Constable", "Former", "Mr."). */
const isRank = (word: string) => NOT_NAME.has(word.replace(/\.$/, ""));

/**
 * The person a capitalised run names: its name words next to the age (the last ones before it,
 * the first ones after it), ranks and demonyms dropped ("Former Thai Navy SEAL Saman Kunan" is
 * Saman Kunan). Ranks come before a name, so a title word after a given name is a surname ("Bebe
 * King"). A surname alone is a person when a rank comes before it or the report gives a fuller
 * name ending in it.
 */
function named(text: string, run: readonly string[], side: "first" | "last"): NamedPerson | null {
  const words = (side === "last" ? [...run].reverse() : [...run]).map((word) => word.replace(/['’]s$|(?<=\p{L}{2,})\.$/u, ""));
  let k = 0;
  // After the age, ranks come first: "27-year-old Constable Randell Kirk".
  if (side === "first") while (k < words.length && isRank(words[k]!)) k++;
  const kept: string[] = [];
  const suffix = side === "last" && SUFFIX.has(run[run.length - 1]!) ? words[k++]! : undefined;
  // Read from the surname out: before the age, a rank ends the name ("Constable Kirk"); after it, nothing but a lower-case word does.
  // A middle initial ("Daevion T. Martin", "John F. Kennedy") is a name word, never a surname.
  const fits = (word: string) => nameLike(word) || (kept.length > 0 && /^\p{Lu}\.?$/u.test(word) && (side === "last" || /^\p{Lu}/u.test(words[k + 1] ?? "")));
  for (; k < words.length && kept.length < 4 && fits(words[k]!) && (side === "first" || kept.length === 0 || !isRank(words[k]!)); k++) kept.push(words[k]!);
  const ranked = k < words.length && isRank(words[k]!);
  if (side === "last") kept.reverse();
  if (kept.length === 0 || !isPerson(kept.join(" "), text, false)) return null;
  const name = kept.length > 1 ? kept.join(" ") : fullerName(text, kept[0]!) ?? (side === "last" && ranked ? kept[0]! : null);
  if (!name) return null;
  const surname = name.split(/\s+/).pop()!;
  return { name: suffix ? `${name} ${suffix}` : name, id: `${PERSON_PREFIX}${slugOf(suffix ? `${surname} ${suffix}` : surname)}` };
}

/** "Kirk" in a report that also writes "Constable Randall Kirk": the first given names and surname it writes. */
function fullerName(text: string, surname: string): string | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const full = new RegExp(String.raw`(?<![\p{L}’'.-])(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}\p{Ll}[\p{L}’'-]*)?)\s+${escaped}(?![\p{L}’'-])`, "gu");
  for (const hit of text.matchAll(full)) {
    // "Six-year-old Bebe King" gives no given name: a given name is one capitalised word, hyphens only between capitals ("Jean-Pierre").
    const given = hit[1]!.split(/\s+/).filter((word) => nameLike(word) && !isRank(word) && /^\p{Lu}\p{Ll}+(?:[’'-]\p{Lu}\p{Ll}+)*$/u.test(word));
    if (given.length > 0 && isPerson(given.join(" "), text, false)) return `${given.join(" ")} ${surname}`;
  }
  return null;
}

/** The scope entity of a person named with an age. */
export function personEntity(person: NamedPerson): ScopeEntity {
  return { kind: "named", id: person.id, text: person.name };
}

/**
 * The step: a named person's age is decided alone, before any reading of casualties ("Rossi,
 * 67, was killed" is Rossi's age, not one of the dead).
 */
export const PERSON_AGE_STEP: SubjectStep = {
  name: PERSON_AGE,
  run: (r) => {
    const { text, sentence, mention } = r.input;
    const person = personAge(text, sentence, mention);
    if (!person) return;
    const subject = buildSubject({ text: person.name, head: AGE });
    subject.frame = { measure: { id: AGE, text: text.slice(mention.start, mention.end) }, scope: [personEntity(person)], rules: [PERSON_AGE] };
    r.result = { subject, rules: [PERSON_AGE] };
    return "stop";
  },
};
