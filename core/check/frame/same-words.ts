import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { sameMeasure } from "../pairs.js";
import { statedFigures } from "./stated-figures.js";
import type { SameThing } from "../same-thing.js";
import { COUNTED_HAPPENING } from "../data/same-words.js";
import { leads } from "./report-lead.js";
import { storyFigure } from "./story-figure.js";
import { DIMENSION_MARK, stem, tellingWords } from "./telling-words.js";
import { toldApart } from "./one-story-toll.js";
import { placesNamed } from "./placed-part.js";
import { isCountryPlace, isGazetteerPlace, placesAround } from "../../extract/subject/gazetteer.js";

/**
 * One report telling one figure twice with the same word beside it and two values, one of them in
 * its headline or lead (report-lead.ts): "North Macedonia to declare seven days of mourning" over
 * "will announce 16 days of mourning"; "Dies at 100" over "died at 79"; "Trapped 45ft sperm whale"
 * over "A 30ft 20-tonne sperm whale". The subject readers leave such figures without a frame, or
 * with one read from the story, so no measure ties them; the word the figure is told with does,
 * inside one report. It is weak (a discrepancy at most), and only for two values near each other:
 * a third value or a fourth mention told with the word makes a series (each fire's containment),
 * and a sentence bringing in another happening, a guess, a past year, another day or other places
 * keeps its figure apart.
 */

const MAX_MENTIONS = 3;

const WHY = (word: string) => `the report tells both figures with the same word, “${word}”, and gives no third value with it`;

/** A sentence that keeps its figure apart from the report's story: another happening (one-story-toll.ts toldApart, or one counted: "the second quake"), a guess, a past year. */
function keptApart(claim: Claim, body: string): boolean {
  return toldApart(claim, body) || COUNTED_HAPPENING.test(sentenceOf(claim, body));
}

/**
 * Two values one figure could be told as by a slip: near each other (at most NEAR apart: "seven
 * days" / "16 days", "85 mph" / "90 mph"), or the same digits a power of ten apart ("Rs 980 crore"
 * / "Rs. 980 million", "1.28 million" / "128 million"). Farther apart, two things (a statue and
 * its head; a bridge and the length of its cables' wires).
 */
const NEAR = 3;

/** The same significant digits, two or more, a power of ten apart: "980 crore" (9.8 billion) and "980 million". */
function sameDigits(x: number, y: number): boolean {
  const digits = (n: number) => n.toExponential(6).split("e")[0]!.replace(".", "").replace(/0+$/u, "");
  return x !== y && digits(x) === digits(y) && digits(x).length >= 2;
}

function slipApart(a: Claim, b: Claim): boolean {
  const [x, y] = [Math.abs(a.value as number), Math.abs(b.value as number)];
  if (x === 0 || y === 0) return false;
  return Math.max(x, y) / Math.min(x, y) <= NEAR || sameDigits(x, y);
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

/** The days the figures' sentences are dated by differ: two happenings ("struck on Sunday" / "struck ... on December 18"). */
function datedApart(a: Claim, b: Claim, claims: readonly Claim[]): boolean {
  const days = (claim: Claim) => new Set(claims.filter((c) => c.kind === "date" && c.sentence?.start === claim.sentence?.start && typeof c.value === "string").map((c) => c.value as string));
  const [da, db] = [days(a), days(b)];
  return da.size > 0 && db.size > 0 && ![...da].some((day) => db.has(day));
}

/** What a figure measures, coarsely: its unit's dimension, else its unit (figures of one measure share it). */
function measureKey(claim: Claim): string {
  return claim.dimension ?? claim.unit ?? "";
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
  const told: Told[] = statedFigures(claims).map((claim) => {
    const { after, before } = tellingWords(claim, body);
    return { claim, words: [after ? `>${stem(after)}` : "", before ? `<${stem(before)}` : ""].filter(Boolean), said: { ">": after, "<": before } };
  });
  // Figures told with one word, by what they measure: a word telling more than MAX_MENTIONS
  // figures of one measure tells a series, and is passed over whole (a table of camps and their
  // distances never costs more than one pass).
  const byWord = new Map<string, Told[]>();
  for (const entry of told) {
    for (const word of entry.words) {
      const key = `${word}\u0000${measureKey(entry.claim)}`;
      const group = byWord.get(key);
      if (group) group.push(entry);
      else byWord.set(key, [entry]);
    }
  }
  const pairs: [Claim, Claim][] = [];
  const words = new Map<Claim, Map<Claim, string>>();
  for (const [key, group] of byWord) {
    if (group.length < 2 || group.length > MAX_MENTIONS) continue;
    const word = key.slice(0, key.indexOf("\u0000"));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!.claim, group[j]!.claim];
        if (a.value === b.value || sameSentence(a, b) || !sameMeasure(a, b)) continue;
        if (!slipApart(a, b) || restatedAs(a, b, all) || datedApart(a, b, all)) continue;
        // A slip of scale needs no lead, and may be told with a word of its dimension ("at a cost of").
        const scale = sameDigits(Math.abs(a.value as number), Math.abs(b.value as number));
        if (!scale && (word.includes(DIMENSION_MARK) || !(leads(a, body) || leads(b, body)))) continue;
        // A third value of the measure told with this word: a series (one figure a place or a fire), not one figure told twice.
        if (new Set(group.filter((other) => sameMeasure(other.claim, a)).map((other) => other.claim.value)).size > 2) continue;
        if (words.get(a)?.has(b)) continue;
        pairs.push([a, b]);
        if (!words.has(a)) words.set(a, new Map());
        words.get(a)!.set(b, (group[i]!.said[word[0]!] ?? word.slice(1)).replace(DIMENSION_MARK, ""));
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

/** Where same-thing.ts stops that no telling word gets past: units, an addition, a change, a figure not asserted. */
const NEVER_TOLD_ALIKE = new Set(["not-asserted", "addition", "units", "change"]);

/**
 * Whether two figures no frame ties may be tied by the words a report tells them with: when
 * nothing anchors their frames, or when one frame is read from the story, not from its own
 * sentence (story-figure.ts), so its measure and scope say less than the words beside it.
 */
export function toldAlike(a: Claim, b: Claim, stop: string | undefined): boolean {
  if (stop === undefined || NEVER_TOLD_ALIKE.has(stop)) return false;
  if (stop === "subject-words" || stop === "no-anchor") return true;
  return [a, b].some((claim) => claim.subject?.frame !== undefined && storyFigure(claim.subject.frame));
}
