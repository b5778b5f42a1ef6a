import { mark, type Candidate } from "./candidate.js";

/**
 * What is said of a bare count right after it, when only people can be that: "leaving millions
 * without power", "left tens of thousands marooned", "300 were evacuated". Data, lowercase.
 */
const PREDICATES = new Set(["homeless", "stranded", "marooned", "displaced", "evacuated", "injured", "wounded", "hospitalised",
  "hospitalized", "trapped", "missing", "dead", "killed", "arrested", "rescued", "fled", "died", "protested", "marched", "rallied",
  // "thousands are evacuating", "hundreds gathered": what only people do, in -ing and past forms.
  "evacuating", "fleeing", "protesting", "marching", "rallying", "demonstrated", "demonstrating", "gathered", "gathering",
  "flocked", "flocking", "queued", "queuing", "perished", "drowned", "sheltering", "sheltered", "chanting", "chanted",
  // "83,000 have been forced to seek shelter", "13.5 million flew", "2 million voted", "4,000 were detained".
  "forced", "relocated", "detained", "infected", "voted", "attended", "flew", "travelled", "traveled"]);
/** "without power", "without homes": what the people are left without. */
const WITHOUT = new Set(["power", "electricity", "heat", "heating", "home", "homes", "shelter", "food", "water"]);
/**
 * Words between the count and its predicate: auxiliaries ("300 were evacuated", "thousands remain
 * stranded"), adverbs ("Seven are still reported missing") and the verbs of a report's caution
 * ("120 are feared drowned", "were confirmed dead").
 */
const BETWEEN = new Set(["were", "are", "was", "remain", "remained", "been", "have", "had", "still", "now", "also", "reportedly",
  "reported", "feared", "believed", "confirmed", "presumed", "listed"]);

/** The lowercase word starting at `i` (letters only), or "" (no slice unless a letter is there). */
function wordAt(text: string, i: number): string {
  let end = i;
  while (end < text.length && end - i < 14) {
    const code = text.charCodeAt(end) | 32;
    if (code < 97 || code > 122) break;
    end++;
  }
  return end > i ? text.slice(i, end).toLowerCase() : "";
}

/** Whether a people predicate follows the figure ending at `end`. */
function predicateAfter(text: string, end: number): boolean {
  let at = end + 1;
  for (let k = 0; k < 4; k++) {
    if (text.charCodeAt(at - 1) !== 32) return false;
    const word = wordAt(text, at);
    if (!word) return false;
    if (PREDICATES.has(word)) return true;
    if (word === "without") return WITHOUT.has(wordAt(text, at + word.length + 1));
    if (!BETWEEN.has(word)) return false;
    at += word.length + 1;
  }
  return false;
}

/** Between a count of people and the next figure of the same list: ", including", " in Ohio and". */
const LIST_OF_PEOPLE = /^(?:[ \t]{1,2}(?:people|persons|residents|customers))?[^.;:!?\d]{0,40}?(?:,[ \t]{1,2}including|,?[ \t]and|,)[ \t]{1,2}$/i;

/** Between a count of people and a count of others, in one sentence. */
const OTHERS_AFTER_PEOPLE = /^[^.;!?\n]{0,100}$/;

const isBare = (c: Candidate) => c.kind === "quantity" && !c.unit && !c.countUnit && !c.noun;
const isPeople = (c: Candidate) => c.countUnit === "person" || c.unit?.id === "person";

/**
 * Counts with no noun that the words around make counts of people: a people predicate after the
 * figure ("millions without power"), or a list item after a count of people ("two million
 * people, including more than 400,000 in Massachusetts and 320,000 in New York").
 * @example readPeopleAfter("leaving millions without power", [millions]) // countUnit "person"
 */
export function readPeopleAfter(text: string, live: Candidate[]): void {
  let previous: Candidate | undefined;
  let people: Candidate | undefined;
  for (const c of live) {
    if (c.dropped) continue;
    // "killed more than 47 people ..., with at least 700,000 others forced to flee": others of a count of people are people.
    if (c.countUnit === "other" && people !== undefined && OTHERS_AFTER_PEOPLE.test(text.slice(people.end, c.start))) {
      c.countUnit = "person";
      mark(c, "people-after");
    }
    if (isPeople(c)) people = c;
    if (isBare(c)) {
      const predicate = predicateAfter(text, c.end);
      const listed = previous !== undefined && isPeople(previous) && previous.end <= c.start && c.start - previous.end <= 60 &&
        LIST_OF_PEOPLE.test(text.slice(previous.end, c.start));
      if (predicate || listed) {
        c.countUnit = "person";
        mark(c, "people-after");
      }
    }
    previous = c;
  }
}
