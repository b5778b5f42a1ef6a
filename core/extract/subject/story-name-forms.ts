/**
 * How a capitalised word of a name is written, and the id each word gives a story name
 * (sentence-names.ts): a possessive is no part of it ("Maria's"), nor a lowercase word hyphened to
 * it ("Rajkot-based"), nor its accents ("Lac-Mégantic" is "Lac-Megantic").
 */

/**
 * A word of a name's id: lower case, no apostrophe, no accent ("Lac-Mégantic" and "Lac-Megantic",
 * "Nazaré" and "Nazare" are one place, as outlets write it with or without).
 * @example slugWord("Mégantic") // "megantic"
 */
export function slugWord(word: string): string {
  // Asked once per word across stories: story-name-word.ts wordFacts keeps the answer.
  const lower = word.toLowerCase().replace(/[’']/g, "");
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(/\p{M}/gu, "") : lower;
}

/** A letter outside ASCII: only such a word can carry an accent. */
const NON_ASCII = /[^\p{ASCII}]/u;

/** "Maria's" -> "Maria", "Jones’" -> "Jones": a word less its possessive ending (as /[’']s?$/ cuts it). */
export function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  if (last === "’" || last === "'") return word.slice(0, -1);
  const before = word[word.length - 2];
  return last === "s" && (before === "’" || before === "'") ? word.slice(0, -2) : word;
}

/**
 * "Rajkot-based" -> "Rajkot", "Kerala-bound" -> "Kerala", "Taliban-led" -> "Taliban": a name less a
 * lowercase word of three letters or more hyphened to its end, which says what is of the place, not
 * the place. Short joining words inside a name stay ("Pul-e-Alam", "Dar-es-Salaam", "Port-au-Prince").
 * @example withoutTail("Rajkot-based") // "Rajkot"
 */
export function withoutTail(word: string): string {
  if (!word.includes("-")) return word;
  const m = TAIL.exec(word);
  return m ? word.slice(0, m.index) : word;
}

/** A hyphen, then three lowercase letters or more to the end of the word. */
const TAIL = /-\p{Ll}{3,}$/u;
