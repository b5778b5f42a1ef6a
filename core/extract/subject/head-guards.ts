import type { Claim } from "../../model.js";
import { caseBlind } from "../case-blind.js";

/**
 * What keeps a figure out of the head match (head-figures.ts), all general and read from its own
 * words: it must be a level said as a fact (asserted or quoted; not a change, a range, an order of
 * magnitude), and not a part ("53 of them", "including"), an increment ("Eight more bodies",
 * "another 40"), an item of a list ("20, 10 and four stories"), or in a sentence that tells of
 * another event or another year than its report's. First written in session 12's experiment
 * (U, /work/notes/dev12-U), each guard on a look-alike of real text.
 */

// The patterns that open with a word boundary and read case-blind are read by caseBlind (case-blind.ts), which reads them fast.

/** Words before a figure that make it a part of another count. */
const PART = caseBlind(String.raw`\b(?:of\s+(?:them|whom|those|these|the)|including|includes|included|among(?:\s+them)?|out\s+of)\s*$`);

/** Words after a figure that make it a part: "53 of them", "six of the dead". */
const PART_AFTER = /^\s*(?:of\s+(?:them|whom|those|these|the)\b)/iu;

/** An increment, not a level: "Eight more bodies", "six additional", "another 40". */
const MORE_AFTER = /^[\s-]+(?:more|additional|further|extra|fresh|others?)\b/iu;
const MORE_BEFORE = caseBlind(String.raw`\b(?:another|an?\s+(?:additional|further|extra)|(?:additional|further|extra))\s+$`);

/** A figure in a list of figures: "20, 10 and four stories high": each item is one of several things. */
const LISTED_BEFORE = /\d[\d.,]*(?:\s*[-\p{L}]+)?\s*(?:,|\band\b|\bor\b)\s*$/u;
const LISTED_AFTER = /^\s*(?:,\s*\d|(?:and|or)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)/iu;

/** A sentence telling of another event than the story's. */
const OTHER_EVENT = caseBlind(String.raw`\b(?:another|earlier|previous|similar|separate|last\s+year|years?\s+ago|in\s+the\s+past|compared\s+(?:to|with))\b`);

/**
 * A size said of each of several things counted before it ("one million 20-foot equivalent units",
 * "two 50-metre towers"): a kind of thing by its size, not a measure of the story's one thing.
 */
const COUNTED_BEFORE = caseBlind(String.raw`(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|lakh|crore))\s+$`);

/** A year written in a sentence. */
const YEAR = /\b(1[89]\d\d|20\d\d)\b/gu;

/** A level said as a fact: asserted or quoted, not a change, range, order of magnitude or conversion. */
function level(claim: Claim): boolean {
  return (claim.modality === "asserted" || claim.modality === "quoted") && !claim.change
    && claim.qualifier !== "range" && !claim.vague && claim.conversionOf === undefined && typeof claim.value === "number";
}

/**
 * Whether a figure is kept out of the head match.
 * @example headGuarded(claimOf("Eight more bodies"), body, "2012-05-03") // true
 */
export function headGuarded(claim: Claim, body: string, published: string | undefined): boolean {
  if (!level(claim)) return true;
  const sentence = claim.sentence ?? { start: Math.max(0, claim.start - 200), end: Math.min(body.length, claim.end + 200) };
  const before = body.slice(Math.max(sentence.start, claim.start - 40), claim.start);
  const after = body.slice(claim.end, Math.min(sentence.end, claim.end + 30));
  if (PART.test(before) || PART_AFTER.test(after) || MORE_AFTER.test(after) || MORE_BEFORE.test(before)) return true;
  if (LISTED_BEFORE.test(before) || LISTED_AFTER.test(after)) return true;
  if (claim.dimension !== undefined && claim.dimension !== "count" && COUNTED_BEFORE.test(before)) return true;
  return tellsOtherStory(body, sentence.start, sentence.end, published?.slice(0, 4));
}

// The figures of one sentence are asked in a row: the last sentence's answer is kept, by where it lies.
let lastBody = "";
let lastStart = -1;
let lastEnd = -1;
let lastYear: string | undefined;
let lastOther = false;

/** Whether a sentence tells of another event, or names a year other than the report's. */
function tellsOtherStory(body: string, start: number, end: number, year: string | undefined): boolean {
  if (body === lastBody && start === lastStart && end === lastEnd && year === lastYear) return lastOther;
  const text = body.slice(start, end);
  const other = OTHER_EVENT.test(text) || [...text.matchAll(YEAR)].some((m) => m[1] !== year);
  [lastBody, lastStart, lastEnd, lastYear, lastOther] = [body, start, end, year, other];
  return other;
}

/** The figure as a measure of a named thing right after it: "102-mile Danyang-Kunshan rail bridge", "1.5 km long Flyover". */
const NAME_AFTER = /^[\s-]+(?:(?:long|high|tall|deep|wide)[\s-]+)?(\p{Lu}[\p{L}'’-]*)/u;

/**
 * The name a figure measures when the text writes it right after the figure, as a compound's first
 * word ("the longest: 102-mile Danyang-Kunshan rail bridge" is the Danyang-Kunshan bridge's length,
 * not the story's bridge's), lower case; undefined when a common word or nothing follows.
 * @example nameAfter(claimOf("102-mile Danyang-Kunshan rail bridge"), body) // "danyang-kunshan"
 */
export function nameAfter(claim: Claim, body: string): string | undefined {
  const end = claim.sentence ? Math.min(claim.sentence.end, claim.end + 60) : claim.end + 60;
  return NAME_AFTER.exec(body.slice(claim.end, end))?.[1]?.toLowerCase();
}
