import careers from "./data/life-careers.js";
import { placeOfDemonym } from "./gazetteer.js";
import { isPerson, TITLES } from "./person-name.js";
import { introducedAsRelative } from "./life-relatives.js";
import { literalPattern } from "../literal-pattern.js";

/**
 * Who a report about one person is about, and that person's name as compared across reports.
 * An obituary or a profile names its person in full once or twice ("Former President Mwai
 * Kibaki is dead"), then by the surname or "he"; a relative shares the surname and is introduced
 * as one ("His wife, Lucy Kibaki, died in 2016"). So "he" and the bare surname stand for the
 * report's person, and a relative's name is never that person's.
 */

const OPENERS = new Set<string>(careers.nameOpeners);
/** A name of two to four capitalised words on one line, particles inside. */
const FULL_NAME = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|bin|de|da|do|van|von|al-\p{Lu}[\p{L}-]*)){1,5}/gu;

/**
 * A name without the words outlets put before it: "Former", "Late", a title ("President"), a
 * nationality ("Mexican"): "Former Mexican President Luis Echeverría" is "Luis Echeverría".
 * @example bareName("Former President Mwai Kibaki") // "Mwai Kibaki"
 */
export function bareName(name: string): string {
  const words = name.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && notName(words[k]!)) k++;
  // A title stays when the name is a single word without it ("Pope Francis", "Queen Elizabeth II").
  const rest = words.slice(k).filter((w) => !REGNAL.test(w));
  if (rest.length === 1 && k > 0 && TITLES.has(words[k - 1]!)) k--;
  return words.slice(k).join(" ");
}

/** A regnal number: "II", "III", "IV". */
const REGNAL = /^[IVX]{1,4}$/;

/** A word written before a name that is no part of it: "Former", a title, a nationality. */
const notName = (word: string) => OPENERS.has(word) || TITLES.has(word) || placeOfDemonym(word) !== null;

/**
 * The people a report names in full (two words at least, titles dropped), in order, without
 * those it introduces as someone's relative.
 */
function fullNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FULL_NAME)) {
    const name = bareName(m[0].replace(/['’]s$/, ""));
    // "King Pele": a title and one word is the short name, not a fuller one.
    if (!/\s/.test(name) || name.split(/\s+/).some(notName) || out.includes(name) || !isPerson(name, text, false)) continue;
    if (introducedAsRelative(text.slice(Math.max(0, m.index - 50), m.index))) continue;
    out.push(name);
  }
  return out;
}

/**
 * The person a report is about: the first one it names in full whose surname it writes twice at
 * least (the headline or lead, then "Kibaki died"), or null.
 * @example storyPerson("Former President Mwai Kibaki is dead. Kibaki died on Friday. Kibaki served ...") // "Mwai Kibaki"
 */
export function storyPerson(text: string): string | null {
  for (const name of fullNames(text)) {
    const surname = name.split(/\s+/).pop()!;
    const times = text.match(new RegExp(String.raw`(?<![\p{L}])${escaped(surname)}(?![\p{L}])`, "gu"))?.length ?? 0;
    if (times >= 2) return name;
  }
  return null;
}

/**
 * A one-word name as the report names its person in full: the surname of the one person named
 * in full with it, not counting relatives ("Kibaki" is "Mwai Kibaki" in a report that also names
 * "His wife, Lucy Kibaki"); else as written.
 * @example personNamed("Mwai Kibaki died. His wife, Lucy Kibaki, died in 2016.", "Kibaki") // "Mwai Kibaki"
 */
export function personNamed(text: string, name: string): string {
  const bare = bareName(name);
  if (/\s/.test(bare)) return bare;
  const found = fullNames(text).filter((full) => full.split(/\s+/).pop() === bare);
  // "Mwai Kibaki" and "Emilio Stanley Mwai Kibaki": one person named short and long, by the short name.
  const shortest = [...found].sort((a, b) => a.length - b.length)[0];
  return shortest && found.every((full) => full.endsWith(` ${shortest}`) || full === shortest) ? shortest : bare;
}

const escaped = literalPattern;

/** A name inside a sentence or opening one: any capitalised run a person may be named by. */
const ANY_NAME = /(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}’'-]*|bin|de|da|do|van|von|al-\p{Lu}[\p{L}-]*)){0,4}/gu;

/**
 * Who "he" or "she" at `at` stands for: the report's person, unless the sentences just before
 * name another person last (a list of leaders, a successor): then no one is read.
 * @example pronounPerson("Kibaki died. His successor Uhuru Kenyatta spoke. He took office in 2013.", 52) // null
 */
export function pronounPerson(text: string, at: number): string | null {
  const person = storyPerson(text);
  if (!person) return null;
  const surname = person.split(/\s+/).pop()!;
  let last: string | null = null;
  for (const m of text.slice(Math.max(0, at - 300), at).matchAll(ANY_NAME)) {
    const name = bareName(m[0].replace(/['’]s$/, ""));
    // "Prime Minister", "Republic": an office or a one-word name tells no other person.
    if ((/\s/.test(name) && !name.split(/\s+/).some(notName) && isPerson(name, text, false)) || name === surname) last = name;
  }
  return last === null || last.split(/\s+/).pop() === surname ? person : null;
}
