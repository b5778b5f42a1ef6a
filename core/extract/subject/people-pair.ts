import type { NounPhrase } from "./noun-phrase.js";
import { isPeople } from "./people-status.js";

/** "took approximately 1,200 children and adults hostage": one count of people told by two nouns; the status after the second is the count's. */
export function andPeople(text: string, phrase: NounPhrase | null, from: number): number {
  return phrase ? from + (peoplePair(text, phrase, from)?.length ?? 0) : from;
}

/**
 * ", and adults" after a counted noun of people: the second noun's words, and whether the two are
 * all the people ("children and adults", "adults and children"), so no group of them ("women and
 * children" stay a group of the dead: the men are left out).
 */
export function peoplePair(text: string, phrase: NounPhrase, from: number): { length: number; whole: boolean } | null {
  if (!isPeople(phrase.head.lower)) return null;
  const and = /^,?\s+(?:and|or)\s+([\p{L}-]+)(?=[\s,.;])/u.exec(text.slice(from, from + 30));
  const second = and?.[1]!.toLowerCase();
  if (!second || !isPeople(second) || second === phrase.head.lower) return null;
  return { length: and![0].length, whole: [phrase.head.lower, second].some((w) => WHOLE_PEOPLE.has(w)) };
}
const WHOLE_PEOPLE = new Set(["adults", "adult", "people", "others"]);
