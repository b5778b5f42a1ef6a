import { UNITS, unitByName } from "../../units/index.js";

/** Currency names of one word ("dollars", "rupees"): a counted noun that is money after all. */
const MONEY_NAMES = new Set(UNITS.filter((u) => u.dimension === "money").flatMap((u) => u.names).filter((n) => !n.includes(" ")).map((n) => n.toLowerCase()));
import { mark, type Candidate } from "./candidate.js";
import { MEASURE_ADJECTIVES, MEASURED, MODIFIERS, NOT_PLURAL, PEOPLE, STOP } from "./noun-words.js";

/** A word, or a dotted abbreviation ("U.S.", "U.N.") that modifies the noun after it. */
const WORD = /[ \t\u00a0]{0,2}(?:[)\]][ \t]{0,2})?-?(?:\([^()\n]{1,40}\)[ \t]{0,2})?(?:or so[ \t]{1,2})?((?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]{0,30})/y;

interface Span { start: number; end: number; text: string }

/**
 * The word at `at` (stopping at punctuation; a bracketed conversion is stepped over), WORD's
 * lastIndex left where the next one is read: the head noun reads words one at a time as it
 * needs them, since most phrases settle on their first word or two.
 */
function wordAt(text: string, at: number): Span | undefined {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m || !m[1]) return undefined;
  const last = m[1].charCodeAt(m[1].length - 1);
  const word = last === 46 || !(last === 45 || last === 39 || last === 0x2019) ? m[1] : m[1].replace(/[-'’]+$/, "");
  const start = WORD.lastIndex - m[1].length;
  return { start, end: start + word.length, text: word };
}

function isPlural(word: string): boolean {
  return word.length > 3 && /[^su'’]s$/i.test(word) && !NOT_PLURAL.has(word.toLowerCase());
}

/** "refugees" -> "refugee", "casualties" -> "casualty": counted nouns as units are singular. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith("s") ? w.slice(0, -1) : w;
}

/**
 * The head of the noun phrase right after a number: for counts the last people word or plural
 * before the phrase ends ("Syrian refugees residing" -> refugees); for measures a known measured
 * noun, else the first plain word ("30-foot-tall statue of" -> statue).
 */
function headNoun(text: string, from: number, limit: number, measured: boolean): Span | undefined {
  let head: Span | undefined;
  let plain: Span | undefined;
  let place: Span | undefined;
  let compound: Span | undefined;
  let compounds = 0;
  let at = from;
  for (let k = 0; k < limit; k++) {
    const w = wordAt(text, at);
    if (!w) break;
    at = WORD.lastIndex;
    const lower = w.text.toLowerCase();
    if (STOP.has(lower) || /ing$/.test(lower)) break;
    // "14.15 km-long two-lane bi-directional single tube tunnel": hyphened words before a measured
    // noun are mostly its adjectives; one is the head only when no other word is, and they do not
    // use up the phrase's length.
    if (measured && !place && compounds < 4 && w.text.includes("-") && !MEASURED.has(lower)) {
      compound ??= w;
      compounds++;
      k--;
      continue;
    }
    // "border wall", "security strip objective": the last measured noun of the run heads it.
    if (measured && MEASURED.has(lower)) {
      place = w;
      continue;
    }
    if (place) break;
    if (PEOPLE.has(lower) || isPlural(w.text)) head = w;
    else if (head) break;
    else if (!plain && !MEASURE_ADJECTIVES.has(lower) && !MODIFIERS.has(lower) && !/^[A-Z]/.test(w.text) && !/ed$/.test(lower)) plain = w;
  }
  return place ?? head ?? (measured ? plain ?? compound : undefined);
}

/** Whether the word right after a number is a plural: only a plural is counted by a fraction. */
function pluralAfter(text: string, at: number): boolean {
  const w = wordAt(text, at);
  return w !== undefined && (isPlural(w.text) || PEOPLE.has(w.text.toLowerCase()));
}

/**
 * The counted or measured noun: "six people" (unit person), "300 rockets" (unit rocket),
 * "a 30-km strip" (noun strip, unit stays km).
 */
export function readNoun(text: string, c: Candidate): void {
  // "the 20-country euro zone": a compound named its noun already.
  if (c.kind === "percent" || c.unit?.dimension === "money" || c.noun) return;
  const measured = c.unit !== undefined;
  // "a magnitude 7.4 earthquake struck Japan": a fraction before a singular noun counts no things ("118.55 points" does).
  if (!measured && !Number.isInteger(c.value) && !c.reading.scaled && !pluralAfter(text, c.end)) return;
  // "hundreds of thousands of people", "2,000 km of border wall": the noun comes after "of".
  const of = (c.reading.vague || measured) && /^[ \t]of[ \t]/i.test(text.slice(c.end, c.end + 4)) ? 3 : 0;
  const head = headNoun(text, c.end + of, 4, measured);
  if (!head) return;
  c.noun = { start: head.start, end: head.end, text: head.text };
  mark(c, "noun");
  if (measured) return;
  // "5 U.S. dollars": a currency named after a modifier is still the unit.
  const money = MONEY_NAMES.has(head.text.toLowerCase()) ? unitByName(head.text) : undefined;
  if (money?.dimension === "money") {
    c.unit = money;
    c.noun = undefined;
    c.end = head.end;
    mark(c, "money");
    return;
  }
  c.countUnit = PEOPLE.has(head.text.toLowerCase()) ? "person" : singular(head.text);
}
