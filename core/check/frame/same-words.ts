import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { asserts, isNumeric, sameMeasure } from "../pairs.js";
import type { SameThing } from "../same-thing.js";
import { COORDINATING_WORDS, COUNTED_HAPPENING, GENERIC_WORDS, PASSING_WORDS } from "../data/same-words.js";
import { GUESSED_TOLL, OTHER_HAPPENING } from "../data/one-story.js";
import { placesNamed } from "./placed-part.js";
import { isCountryPlace, isGazetteerPlace, placesAround } from "../../extract/subject/gazetteer.js";

/**
 * One report telling one figure twice with the same words around it and two values: "North
 * Macedonia to declare seven days of mourning" over "will announce 16 days of mourning"; "Winds 85
 * mph" over "maximum sustained winds of 90 mph"; "Dies at 100" over "died at 79"; "at a cost of
 * around Rs 980 crore" beside "at a cost of around Rs. 980 million". The subject readers leave such
 * figures without a frame, so no measure ties them; the word the figure is told with does, inside
 * one report. It is weak (a discrepancy at most), and only for two values: a third value told with
 * the same word makes a series (the winds of each hour, the heights of several towers), not one
 * figure. A sentence bringing in another happening, a guess, or a past year keeps its figure apart.
 */

const WHY = (word: string) => `the report tells both figures with the same word, “${word}”, and gives no third value with it`;

/** A clause ends at these: the word a figure is told with stands inside its own clause. */
const CLAUSE_END = /[.;:!?()[\]\n"“”,–—|]/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const REACH = 60;
const MAX_SKIPPED = 4;
const MAX_MENTIONS = 3;

/** A crude stem: "died"/"dies", "winds"/"wind", "bodies"/"body" meet. */
function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/u, "");
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith("ied")) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith("es") && !w.endsWith("ses")) return w.slice(0, -1).replace(/e$/u, "");
  if (w.length > 3 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/**
 * The first word telling what the figure is, among the words beside it in reading order away from
 * it; a coordination ends the figure's own words, and so does another figure when reading back
 * (the word before "20-tonne" in "A 30ft 20-tonne whale" is the 30ft's). Reading on, a figure
 * with a unit of its own is a modifier passed over ("30ft 20-tonne sperm whale").
 */
function firstTelling(words: string[], back: boolean): string | undefined {
  for (const [i, word] of words.entries()) {
    if (i >= MAX_SKIPPED) return undefined;
    const lower = word.toLowerCase();
    if (COORDINATING_WORDS.has(lower)) return undefined;
    if (/^\p{N}/u.test(word)) {
      if (back || !/\p{L}/u.test(word)) return undefined;
      continue;
    }
    if (PASSING_WORDS.has(lower)) continue;
    return GENERIC_WORDS.has(lower) ? undefined : lower;
  }
  return undefined;
}

/** The words a figure is told with: the first telling word after it and the first before it, in its clause. */
export function tellingWords(claim: Claim, body: string): { after?: string; before?: string } {
  const tail = body.slice(claim.end, claim.end + REACH);
  const head = body.slice(Math.max(0, claim.start - REACH), claim.start);
  const afterClause = tail.split(CLAUSE_END)[0] ?? "";
  const beforeParts = head.split(CLAUSE_END);
  const beforeClause = beforeParts[beforeParts.length - 1] ?? "";
  const after = firstTelling(afterClause.match(WORD) ?? [], false);
  const before = firstTelling((beforeClause.match(WORD) ?? []).reverse(), true);
  return { ...(after ? { after } : {}), ...(before ? { before } : {}) };
}

/** A sentence that keeps its figure apart from the report's story: another happening, a guess, a past year. */
function keptApart(claim: Claim, body: string): boolean {
  const sentence = sentenceOf(claim, body);
  if (OTHER_HAPPENING.test(sentence) || GUESSED_TOLL.test(sentence) || COUNTED_HAPPENING.test(sentence)) return true;
  const year = Number((claim.asOf ?? "").slice(0, 4));
  return Number.isInteger(year) && year > 0 && [...sentence.matchAll(/\b(1[89]\d\d|20\d\d)\b/gu)].some((m) => Number(m[1]) < year);
}

/**
 * Two values one figure could be told as by a slip: near each other (at most NEAR apart: "seven
 * days" / "16 days", "85 mph" / "90 mph"), or the same digits a power of ten apart ("Rs 980 crore"
 * / "Rs. 980 million", "1.28 million" / "128 million"). Farther apart, two things (a statue and
 * its head; a bridge and the length of its cables' wires).
 */
const NEAR = 3;

function slipApart(a: Claim, b: Claim): boolean {
  const [x, y] = [Math.abs(a.value as number), Math.abs(b.value as number)];
  if (x === 0 || y === 0) return false;
  if (Math.max(x, y) / Math.min(x, y) <= NEAR) return true;
  const digits = (n: number) => n.toExponential(6).split("e")[0];
  return digits(x) === digits(y);
}

/**
 * The report restates one of the two with the other's value ("ash 32,000 ft" over "16,000m
 * (32,000ft)"): the two are one figure and its conversion, which conversion-mismatch judges.
 */
function restatedAs(a: Claim, b: Claim, claims: readonly Claim[]): boolean {
  return claims.some((c) => (c.conversionOf === b.id && c.value === a.value && c.unit === a.unit) || (c.conversionOf === a.id && c.value === b.value && c.unit === b.unit));
}

/**
 * Each sentence names a place the other does not ("connects Tangier and Casablanca in a two-hour,
 * ten-minute trip" / "boarded the train in Tangier and alighted in Rabat, in a one-hour,
 * twenty-minute trip"): the figures are told of two places, not one thing twice.
 */
function placedApart(a: Claim, b: Claim, body: string): boolean {
  // Places the gazetteer knows, narrower than a country: a headline's country over the body's town is one place.
  const known = (claim: Claim) => [...placesNamed(sentenceOf(claim, body))].filter((place) => isGazetteerPlace(place) && !isCountryPlace(place));
  const [pa, pb] = [known(a), known(b)];
  const within = (place: string, others: string[]) => others.some((other) => other === place || placesAround(place).includes(other) || placesAround(other).includes(place));
  return pa.some((place) => !within(place, pb)) && pb.some((place) => !within(place, pa));
}

/**
 * The report's headline or lead: a line of its own with no full stop (a headline or a
 * sub-headline), or the body's first sentence. What a report leads with is its story's figure;
 * the body telling another value with the same word contradicts it, where two figures both in the
 * body are as often two things of one kind (two terms of office, two trips, two fires).
 */
const HEADLINE_WORDS = 20;

export function leads(claim: Claim, body: string): boolean {
  const sentence = claim.sentence;
  if (!sentence) return false;
  if (body.slice(0, sentence.start).trim() === "") return true;
  const text = body.slice(sentence.start, sentence.end).trim();
  const lineStart = body.slice(0, sentence.start).trimEnd();
  const ownLine = (lineStart === "" || body.slice(lineStart.length, sentence.start).includes("\n"))
    && /^\s*(?:\n|$)/u.test(body.slice(sentence.end));
  return ownLine && !/[.!?]["”’)]?$/u.test(text) && text.split(/\s+/u).length <= HEADLINE_WORDS;
}

/** The days the figures' sentences are dated by differ: two happenings ("struck on Sunday" / "struck ... on December 18"). */
function datedApart(a: Claim, b: Claim, claims: readonly Claim[]): boolean {
  const days = (claim: Claim) => new Set(claims.filter((c) => c.kind === "date" && c.sentence?.start === claim.sentence?.start && typeof c.value === "string").map((c) => c.value as string));
  const [da, db] = [days(a), days(b)];
  return da.size > 0 && db.size > 0 && ![...da].some((day) => db.has(day));
}

function sameSentence(a: Claim, b: Claim): boolean {
  return a.sentence !== undefined && b.sentence !== undefined && a.sentence.start === b.sentence.start;
}

interface Told {
  claim: Claim;
  /** The telling words, stemmed and marked by side (">mourning": after the figure). */
  words: string[];
  /** The telling words as the text has them, by side, for the explanation. */
  said: Record<string, string | undefined>;
}

/**
 * Pairs of one report's figures, one at least with no frame, told with one word on the same side
 * and of one measure, where that word tells only two values in the report.
 */
export function sameWordsPairs(claims: readonly Claim[], body: string, all: readonly Claim[] = claims): { pairs: [Claim, Claim][]; words: Map<Claim, Map<Claim, string>> } {
  const told: Told[] = claims.filter((claim) => isNumeric(claim) && asserts(claim) && claim.conversionOf === undefined).map((claim) => {
    const { after, before } = tellingWords(claim, body);
    return { claim, words: [after ? `>${stem(after)}` : "", before ? `<${stem(before)}` : ""].filter(Boolean), said: { ">": after, "<": before } };
  });
  const byWord = new Map<string, Told[]>();
  for (const entry of told) for (const word of entry.words) byWord.set(word, [...(byWord.get(word) ?? []), entry]);
  const pairs: [Claim, Claim][] = [];
  const words = new Map<Claim, Map<Claim, string>>();
  for (const [word, group] of byWord) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!.claim, group[j]!.claim];
        if (a.value === b.value || sameSentence(a, b) || !sameMeasure(a, b)) continue;
        if (!slipApart(a, b) || restatedAs(a, b, all) || !(leads(a, body) || leads(b, body)) || datedApart(a, b, all)) continue;
        // A third value of the measure told with this word, or a fourth mention: a series (one
        // figure a place or a fire), not one figure told twice.
        const told = group.filter((other) => sameMeasure(other.claim, a));
        if (new Set(told.map((other) => other.claim.value)).size > 2 || told.length > MAX_MENTIONS) continue;
        if (words.get(a)?.has(b)) continue;
        pairs.push([a, b]);
        if (!words.has(a)) words.set(a, new Map());
        words.get(a)!.set(b, group[i]!.said[word[0]!] ?? word.slice(1));
      }
    }
  }
  return { pairs, words };
}

/** The match of two figures told with one word (sameWordsPairs), weak; null when a sentence keeps one apart. */
export function sameWordsMatch(a: Claim, b: Claim, body: string, words: Map<Claim, Map<Claim, string>>): SameThing | null {
  const word = words.get(a)?.get(b) ?? words.get(b)?.get(a);
  if (word === undefined || keptApart(a, body) || keptApart(b, body) || placedApart(a, b, body)) return null;
  return { strength: "weak", why: WHY(word) };
}
