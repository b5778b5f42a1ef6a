import life from "./data/life-events.js";
import institutions from "./data/life-institutions.js";
import { gazetteerPlace, organisationId, placeOfDemonym } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { isCapitalized, type Word } from "./words.js";

/**
 * Whether a capitalised run can name a person whose life a date tells: not a place, a people, an
 * institution, a month or a word that only opens a sentence. Shared by the readers of dates of a
 * life (life-person.ts, life-clause.ts, life-term.ts, person-dates.ts, ...).
 */

/** Capitalised words that open a sentence and are no one ("He", "Officials"). */
export const NOT_PERSON: ReadonlySet<string> = new Set<string>(life.notPersons);
/** A name of up to five words; a particle only before a capitalised word ("Edson Arantes do Nascimento", "Ludwig van Beethoven"). */
export const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:(?:\s+(?:bin|ibn|de|da|do|dos|das|del|di|du|van|von|der))?\s+(?:\p{Lu}[\p{L}’'.-]*|al-\p{Lu}[\p{L}-]*)){0,4}`;
/** Institutions and buildings, not people: "the US Treasury Department", "Nairobi Hospital". */
const INSTITUTION = new RegExp(String.raw`\b(?:${institutions.institutions.join("|")})\b`);
/** "King", "President", "Pope": an office written before a name, no part of it. */
export const TITLES: ReadonlySet<string> = new Set<string>(life.titles);

/**
 * Whether a capitalised run mid-sentence can name a person (not a place, a people, an institution, a month).
 * @example isPersonName("Neil Armstrong", text) // true
 */
export function isPersonName(name: string, text: string): boolean {
  return isPerson(name, text, false);
}

/** A capitalised run that can be a person: not a place, a people, an institution, a month or a sentence word. */
export function isPerson(name: string, text: string, opensSentence: boolean): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_PERSON.has(w) || MONTHS_AND_DAYS.has(w.toLowerCase().replace(/[.,]$/, "")))) return false;
  if (INSTITUTION.test(name) || gazetteerPlace(name) || placeOfDemonym(name) || organisationId(name)) return false;
  // "The Queen died", "the President said": a title alone names no one in particular.
  if (words.length === 1 && TITLES.has(words[0]!)) return false;
  // A single word opening its sentence is a name only if the article also writes it capitalised mid-sentence.
  // "Zawahiri was killed" in a story naming "Ayman al-Zawahiri": the particle joined by a hyphen counts.
  if (opensSentence) return new RegExp(String.raw`[\p{Ll},;]\s+(?:(?:al|el)-)?${words[0]}\b`, "u").test(text);
  return true;
}

/** A word of a name: capitalised, "al-"/"el-" before a capital, or a particle ("bin", "van", "da"). */
export function isNameWord(word: Word): boolean {
  return isCapitalized(word) || /^(?:al|el)-\p{Lu}/u.test(word.text) || /^(?:bin|ibn|de|da|do|das|van|von|der|du|dos|del|di|le|la)$/.test(word.text);
}
