import nounSynonyms from "./data/noun-synonyms.js";
import { PEOPLE } from "./lexicon.js";
import { ANY_PEOPLE, KIND_ALIASES, NOT_COUNTED, SINGULAR, SLOT_ANY_KIND, SLOT_WORDS } from "./data/counted-slots.js";

/**
 * The kind of people (or of things) a figure counts, from the noun phrase right after it, for its
 * slot (figure-slot.ts): "9 children" child, "three cops" / "two police officers" police, "20
 * people" any. Synonyms are one class (data/noun-synonyms.ts, WordNet), and kinds written two ways
 * by two outlets one kind (data/counted-slots.ts KIND_ALIASES).
 */

/** The kind of people a counted noun names ("children": child; "police officers": policeman), or "" for people of any kind. */
export function kindOf(noun: string | undefined, next?: string): string {
  if (noun === undefined || SLOT_WORDS[noun] !== undefined || ANY_PEOPLE.has(noun) || NOT_COUNTED.has(noun) || /^\d/u.test(noun)) return "";
  const one = SINGULAR[noun] ?? noun.replace(/ies$/u, "y").replace(/(?<=[^s])s$/u, "");
  const two = next === undefined ? undefined : `${one} ${SINGULAR[next] ?? next.replace(/s$/u, "")}`;
  const pair = two === undefined ? undefined : synonymOf(two);
  if (pair !== undefined) return alias(pair);
  // Two words ("football fans"): the second is the counted noun.
  if (next !== undefined) return kindOf(next);
  return alias(synonymOf(one) ?? one);
}

/** The class of a noun; a word every object inherits ("constructor") is none. */
const synonymOf = (noun: string): string | undefined => (Object.hasOwn(nounSynonyms, noun) ? nounSynonyms[noun] : undefined);

const alias = (kind: string): string => KIND_ALIASES[kind] ?? kind;

/** A slot and a kind of its people: "dead:child"; a kind that is all of the slot's people ("suspects" arrested) adds nothing. */
export const withKind = (slot: string, kind: string): string => (kind === "" || SLOT_ANY_KIND[slot]?.includes(kind) ? slot : `${slot}:${kind}`);

/** Whether a word reads as a counted noun: a plural, or a noun of people or of the counted nouns' classes. */
function countedNoun(word: string): boolean {
  const one = SINGULAR[word] ?? word.replace(/s$/u, "");
  return PEOPLE.has(one) || synonymOf(one) !== undefined || (/[^s]s$/u.test(word) && !/(?:ed|ing)$/u.test(word));
}

/** The kind of people the noun phrase right after a figure names: its last word before a verb or a word that names nothing ("9 children", "football fans"). */
export function countedAfter(ahead: readonly string[], verb = ahead.length): string {
  const phrase: string[] = [];
  for (const w of ahead.slice(0, Math.min(verb, 2))) {
    if (NOT_COUNTED.has(w) || SLOT_WORDS[w] !== undefined || /^\d/u.test(w)) break;
    phrase.push(w);
  }
  const [first, second] = phrase;
  if (first === undefined) return "";
  // "football fans", "police officers": a second word that names what is counted; not a verb ("bombs exploded").
  return second !== undefined && countedNoun(second) && !countedNoun(first) ? kindOf(first, second) : kindOf(first);
}
