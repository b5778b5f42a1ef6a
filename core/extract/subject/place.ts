import type { Span } from "../span.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { demonymPlace, groupOfPlace, knownPlace, MAX_PLACE_WORDS } from "./places.js";
import { isCapitalized, lastWordsIn, possessiveOwner, wordsIn, type Word } from "./words.js";
import { lastMatch } from "../last-match.js";
import { mapPacked } from "../packed.js";

/**
 * Where a count holds, read three ways, most direct first:
 * 1. a host verb before the number: "Northern Idlib ... already hosts around 1.5 million",
 *    "a major strain on Turkey since it's already hosting 3.5 million" (the pronoun resolved to
 *    the last place named before its clause);
 * 2. a place phrase after the noun: "refugees residing in Turkey", "refugees in Lebanon",
 *    across at most a few bridging words and never across a comma or a new clause;
 * 3. a possessive place before the number: "Turkey's 3.6 million refugees".
 * A place is a gazetteer name, or a capitalized name after "in" that is not a month or a day.
 */

const DIRECTION = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower|greater|rural)$/i;
const HOST_VERB = /\b(?:hosts|hosting|hosted|host|houses|housing|shelters|sheltering|is home to|are home to|was home to|took in|taken in|takes in|accommodates|accommodating|has received|have received|received)\s+(?:(?:already|now|currently|still|nearly|almost|about|around|some|over|more than|an estimated|roughly)\s+){0,2}$/i;
/** Letters every HOST_VERB match holds. */
const HOST_WORD = /host|hous|shelter|home to|took in|taken in|takes in|accommodat|received/i;
// Case-sensitive on purpose: "as" opens a clause before its subject ("as the YPG", "as Turkey"), not in "As of".
const CLAUSE_OPENER = /[;:]|\b(?:[Ss]ince|[Bb]ecause|[Ww]hile|[Ww]hich|[Ww]here|[Ww]hen|[Aa]lthough|[Tt]hough|[Aa]fter|[Bb]efore|[Bb]ut|[Aa]nd)\b|\b[Aa]s(?=\s+(?:the|it|they|he|she|we|its|their|[A-Z]))/g;
/** A comma-separated part that opens with a preposition is an adverbial or an apposition, not the subject. */
const ADVERBIAL_PART = /^\s*(?:as of|as at|in|on|at|by|near|with|since|after|before|despite|according to|for|from|during|under|along|across)\b/i;
const PRONOUN = /^(?:it|it['’]s|its|they|they['’]re|which|that|the country|the nation|the state)$/i;
/**
 * Words allowed between a noun and its place: participles and relatives ("residing", "that are
 * currently stationed"), auxiliaries, adverbs and verbs of staying or moving ("arrive"). Not
 * articles or objects: in "the two sides discussed the state of the ceasefire in Syria" the
 * place belongs to the ceasefire, not to the sides.
 */
const BRIDGE = /^(?:who|that|are|is|were|was|have|has|had|been|be|being|now|still|already|currently|mostly|mainly|largely|live|lives|stay|stays|remain|remains|reside|resides|arrive|arrives|return|returns|settle|settled|work|works)$/i;
const PLACE_PREPOSITION = /^(?:in|inside|within|across|throughout)$/i;
/**
 * A verb of arriving whose object is where the counted now are ("1,200 migrants have reached the
 * island of Lampedusa"): read as "in", for a place the gazetteer knows only (people reach a deal,
 * a verdict or a Parliament Square, too).
 */
const REACHED = /^(?:reached|reach|reaches|reaching)$/i;

const AREA_OF = /^(?:region|province|state|city|town|district|county|island|municipality|prefecture|governorate|department)$/i;

function isBridge(word: Word): boolean {
  return BRIDGE.test(word.text) || /^\p{Ll}[\p{L}-]{2,}(?:ing|ed|ly)$/u.test(word.text);
}

export interface PlaceReading {
  place?: string;
  /** From "refugees from Syria": the group of origin. */
  origin?: string;
  /** The words read, for the subject's text. */
  span?: Span;
  rule?: string;
}

/**
 * @example hostPlace("Northern Idlib, near Turkey, already hosts around 1.5 million", { start: 0, end: 60 }, 47, "")?.place // "idlib"
 */
export function hostPlace(text: string, sentence: Span, mentionStart: number, previousSentence: string): PlaceReading | null {
  const before = text.slice(Math.max(sentence.start, mentionStart - 300), mentionStart);
  // HOST_VERB is anchored at the end but tried from every position: first a plain look for its verbs.
  if (!HOST_WORD.test(before)) return null;
  const verb = HOST_VERB.exec(before);
  if (!verb) return null;
  const verbAt = mentionStart - before.length + verb.index;
  const clauseStart = lastClauseOpening(text, sentence.start, verbAt);
  const words = subjectWords(text, clauseStart, verbAt);
  const firstPart = text.slice(words[0]?.start ?? verbAt, verbAt);
  const named = firstPlaceIn(words);
  if (named) return { place: named.place, span: { start: named.start, end: verbAt + verb[0].trimEnd().length }, rule: "subject.host-verb" };
  if (!words.some((w) => PRONOUN.test(w.text)) && !PRONOUN.test(firstPart.trim())) return null;
  const earlier = lastPlaceIn(wordsIn(text, sentence.start, clauseStart)) ?? lastPlaceIn(wordsIn(previousSentence, 0, previousSentence.length));
  return earlier ? { place: earlier.place, rule: "subject.host-pronoun" } : null;
}

/**
 * @example placeAfter("refugees residing in Turkey, as well as", 8, 40)?.place // "turkey"
 */
export function placeAfter(text: string, from: number, limit: number): PlaceReading | null {
  const window = text.slice(from, Math.min(limit, from + 90));
  const clause = /^[^,;:()–—"“”.!?]*/.exec(window)?.[0] ?? "";
  const words = wordsIn(text, from, from + clause.length);
  for (let i = 0; i < words.length && i <= 6; i++) {
    const word = words[i]!;
    const isFrom = word.lower === "from";
    const reached = REACHED.test(word.text);
    if (!PLACE_PREPOSITION.test(word.text) && !isFrom && !reached) {
      if (!isBridge(word)) return null;
      continue;
    }
    const found = placeStartingAt(words, i + 1, !isFrom && !reached);
    if (!found) continue;
    // Only "refugees from Syria": in "returned to Syria from Turkey" the "from" is the way back.
    if (isFrom && i > 0) return null;
    if (isFrom) return { origin: groupOfPlace(found.place) ?? undefined, span: { start: word.start, end: found.end }, rule: "subject.from-place" };
    const joint = jointPlace(words, found);
    return { place: joint.place, span: { start: word.start, end: joint.end }, rule: "subject.place-phrase" };
  }
  return null;
}

/**
 * "in Turkey and Syria": a count over two places is about neither alone, so the subject's place
 * names both ("syria+turkey", in a fixed order) instead of the first.
 */
function jointPlace(words: readonly Word[], first: { place: string; end: number }): { place: string; end: number } {
  const k = words.findIndex((w) => w.start >= first.end);
  if (k < 0 || !/^(?:and|or)$/i.test(words[k]!.text)) return first;
  const second = placeStartingAt(words, k + 1, false);
  if (!second || second.place === first.place) return first;
  return { place: [first.place, second.place].sort().join("+"), end: second.end };
}

/**
 * "Turkey's 3.6 million refugees": a possessive place right before the number.
 * @example possessivePlace("Turkey's 3.6 million", 9)?.place // "turkey"
 */
export function possessivePlace(text: string, mentionStart: number): PlaceReading | null {
  const last = lastWordsIn(text, Math.max(0, mentionStart - 40), mentionStart, 1)[0];
  if (!last || !/^\s*$/.test(text.slice(last.end, mentionStart))) return null;
  const owner = possessiveOwner(last);
  const place = owner ? knownPlace(owner) : null;
  return place ? { place, span: { start: last.start, end: last.end }, rule: "subject.possessive-place" } : null;
}

/**
 * A place name beginning at words[i] (after "the" and a direction word), or null.
 * @example placeStartingAt(wordsIn("in northern Syria", 0, 17), 1, false)?.place // "syria"
 */
export function placeStartingAt(words: readonly Word[], i: number, allowUnknown: boolean): { place: string; start: number; end: number } | null {
  let j = i;
  if (words[j]?.lower === "the") j++;
  if (words[j] && DIRECTION.test(words[j]!.text)) j++;
  // "the Italian Mediterranean island of Lampedusa", "the Pakistani city of Karachi": words that
  // describe an area before its word ("island of", "city of") name no place of the count.
  let area = j;
  while (area < j + 3 && words[area] && isCapitalized(words[area]!) && !AREA_OF.test(words[area]!.text)) area++;
  if (area > j && words[area] && AREA_OF.test(words[area]!.text) && words[area + 1]?.lower === "of") j = area;
  // "in the region of Valencia", "the province of Hatay": the area word names no place itself.
  if (words[j] && AREA_OF.test(words[j]!.text) && words[j + 1]?.lower === "of") j += 2;
  const first = words[j];
  if (!first || !isCapitalized(first) || MONTHS_AND_DAYS.has(first.lower.replace(/\.$/, ""))) return null;
  for (let n = Math.min(MAX_PLACE_WORDS, words.length - j); n >= 1; n--) {
    const run = words.slice(j, j + n);
    const name = mapPacked(run, (w) => possessiveOwner(w) ?? w.text).join(" ");
    const place = knownPlace(name);
    if (place) return { place, start: first.start, end: run[n - 1]!.end };
  }
  if (!allowUnknown) return null;
  const run: Word[] = [];
  let k = j;
  for (; k < words.length && run.length < MAX_PLACE_WORDS && isCapitalized(words[k]!); k++) run.push(words[k]!);
  // An unknown name is a place only when it ends its phrase: in "the Hamas-led attack" it is
  // a modifier of "attack", and "-led", "-backed" names are actors, not places.
  const next = words[k];
  if (next && !/^\p{Lu}/u.test(next.text) && !/^(?:and|or|but|on|in|at|to|from|with|since|for|as|near|after|before|by|that|which|who|where|is|are|was|were|has|have|had)$/i.test(next.text)) return null;
  if (run.some((w) => /-(?:led|backed|held|controlled|run|based|allied|linked)$/i.test(w.text))) return null;
  const slug = run.map((w) => (possessiveOwner(w) ?? w.text).toLowerCase()).join("-");
  return { place: slug, start: first.start, end: run[run.length - 1]!.end };
}

/** The words of the first comma-separated part before the verb that is not an adverbial. */
function subjectWords(text: string, from: number, to: number): Word[] {
  let start = from;
  for (const part of text.slice(from, to).split(",")) {
    const end = start + part.length;
    if (part.trim() && !ADVERBIAL_PART.test(part)) return wordsIn(text, start, end);
    start = end + 1;
  }
  return [];
}

function firstPlaceIn(words: readonly Word[]): { place: string; start: number } | null {
  for (let i = 0; i < words.length; i++) {
    const found = placeStartingAt(words, i, false);
    if (found) return found;
    const demonym = demonymPlace(words[i]!.text);
    if (demonym && isCapitalized(words[i]!)) return { place: demonym, start: words[i]!.start };
  }
  return null;
}

function lastPlaceIn(words: readonly Word[]): { place: string } | null {
  for (let i = words.length - 1; i >= 0; i--) {
    const found = placeStartingAt(words, i, false);
    if (found) return found;
  }
  return null;
}

/**
 * Where the clause of the verb at `at` begins. A relative clause set off by commas ("Jordan,
 * which borders Syria, hosts") is blanked out first: it interrupts the clause, it does not open
 * the one the verb is in.
 */
function lastClauseOpening(text: string, sentenceStart: number, at: number): number {
  const stretch = text.slice(sentenceStart, at).replace(/,\s*(?:which|who)\b[^,;]{0,120},/g, (m) => " ".repeat(m.length));
  const last = lastMatch(CLAUSE_OPENER, stretch);
  return sentenceStart + (last ? last.index + last[0].length : 0);
}
