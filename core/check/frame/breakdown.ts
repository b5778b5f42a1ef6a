import type { Claim } from "../../model.js";
import { sentenceOf } from "../context.js";
import { headOf } from "../pairs.js";
import { PART_OPENERS } from "../data/toll-words.js";
import { PART_WORDS } from "../data/part-words.js";
import { DRAWN_FROM, LIST_ITEMS, SMALL_NUMBERS } from "../data/told-as-part.js";
import { distanceFrom } from "./distance-from.js";

/**
 * A sentence giving three or more figures of one measure is a breakdown ("about 330,000 Syrians
 * have fled to Lebanon, 320,000 to Jordan, more than 185,000 to Turkey"): each figure is a part,
 * scoped by words the reader may not attach, so none of them is compared with a figure of
 * another sentence as if it were the same thing.
 */
const BREAKDOWN_SIZE = 3;

function sentenceKey(claim: Claim): string | null {
  const s = claim.sentence;
  return s && Number.isInteger(s.start) ? `${claim.articleId}\u0000${s.start}` : null;
}

/**
 * A figure followed by where it belongs: "320,000 to Jordan", "41 in al-Shaab", "8 from Iraq",
 * "six people at the Marriott" (small counts are often written in words).
 * A figure starts only where no digit, comma or point comes before it, so a run like "1,1,1,…"
 * is tried once, not from every position (that made a 32 KiB body take minutes).
 */
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const NUMBER_WORD = NUMBER_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]).join("|");
const PLACED_FIGURE = new RegExp(
  String.raw`(?:(?<![\d,.])\d[\d,.]*|(?<![\p{L}])(?:${NUMBER_WORD}))(?:\s+(?:million|thousand))?\s+(?:[\p{L}-]+\s+){0,3}?(?:to|in|from|for|at)\s+(?:the\s+)?\p{Lu}`,
  "gu",
);

/**
 * Figures listed by place are parts from two on: "killed six people at the Marriott and two at
 * the Ritz-Carlton" splits a toll in two as surely as three places split it in three.
 */
const PLACED_LIST_SIZE = 2;

/** Whether a sentence lists figures by place: two or more "<figure> to/in/at <Name>". */
function listsByPlace(sentence: string): boolean {
  return (sentence.match(PLACED_FIGURE)?.length ?? 0) >= PLACED_LIST_SIZE;
}

/**
 * The claims of an article that sit in a breakdown sentence: three or more different figures of
 * one measure, or figures listed by place.
 * @example inBreakdowns(claims, body).has(claimOf("about 330,000")) // true
 */
export function inBreakdowns(claims: readonly Claim[], body: string): Set<Claim> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const sentence = sentenceKey(claim);
    const measure = headOf(claim);
    if (sentence === null || measure === null) continue;
    const key = `${sentence}\u0000${measure}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  // One reading per sentence, however many figures it holds.
  const listing = new Map<string, boolean>();
  const listed = (claim: Claim): boolean => {
    const key = sentenceKey(claim);
    if (key === null) return false;
    let answer = listing.get(key);
    if (answer === undefined) listing.set(key, (answer = listsByPlace(sentenceOf(claim, body))));
    return answer;
  };
  // A distance from a place ("about 52 km from Caracas") locates the story; it is no count listed by place.
  const parts = new Set<Claim>(claims.filter((claim) => listed(claim) && distanceFrom(claim, body).size === 0));
  for (const group of groups.values()) {
    const values = new Set(group.map((claim) => claim.value));
    if (values.size >= BREAKDOWN_SIZE || addsUpElsewhere(group, claims)) for (const claim of group) parts.add(claim);
  }
  return parts;
}

/**
 * Two figures of one measure in one sentence that add up to a figure the report gives elsewhere
 * are its parts: "68 males and three females are known to have died" of "71 people had died"
 * (Sidama, 2024); the sum is the proof, so two are enough.
 */
function addsUpElsewhere(group: readonly Claim[], claims: readonly Claim[]): boolean {
  const values = [...new Set(group.map((claim) => claim.value))];
  if (values.length !== 2 || !values.every((value) => typeof value === "number" && value > 0)) return false;
  const sum = (values[0] as number) + (values[1] as number);
  const sentence = sentenceKey(group[0]!);
  const measure = headOf(group[0]!);
  return claims.some((claim) => claim.value === sum && headOf(claim) === measure && sentenceKey(claim) !== sentence);
}

/** A sentence's opening that sets what follows inside the count before ("Of those, ", "Among them, about "). */
const OPENS_WITH_PART = new RegExp(String.raw`^[\s"“‘']*(?:${PART_OPENERS.join("|")})\s*(?:about|some|around|nearly|at\s+least|only|just)?\s*$`, "iu");

/**
 * A clause opening with the whole counted, then its part: "– of the 38 confirmed dead, 36 were killed
 * inside that apartment complex" (Tainan, 2016), "Among those 717 dead pilgrims, two were Indians",
 * at a sentence's start or after a dash or a colon.
 */
const WHOLE_OPENER = String.raw`(?:^|[–—;:]\s*)[\s"“‘']*(?:of|among)\s+(?:the|those|these)\s+`;
const OPENS_WITH_WHOLE = new RegExp(String.raw`${WHOLE_OPENER}\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*,\s*(?:(?:about|some|around|nearly|at\s+least|only|just)\s+)?$`, "iu");
/** The same opening right before the whole's own figure. */
const BEFORE_WHOLE = new RegExp(`${WHOLE_OPENER}$`, "iu");

/**
 * "Among those 717 dead pilgrims, two were Indians": the figure right after "those" is the count
 * told before, said again as the whole its clause takes a part of, not a part itself.
 */
function restatesWhole(opening: string, after: string): boolean {
  return /\b(?:those|these)\s*$/iu.test(opening) && WHOLE_PHRASE.test(after);
}

/** The noun phrase of a whole said again, up to the comma its part's clause opens after. */
const WHOLE_PHRASE = /^(?:\s+[\p{L}-]+){1,3}\s*,/u;

/**
 * A figure its clause opens with as the whole it takes a part of ("Of the 38 confirmed dead, 36",
 * "Among those 717 dead pilgrims, two"): never an item of a list with that part.
 * @example opensAsWhole(claimOf("717"), body) // true
 */
export function opensAsWhole(claim: Claim, body: string): boolean {
  const from = claim.sentence?.start;
  if (from === undefined || claim.start < from) return false;
  return BEFORE_WHOLE.test(body.slice(from, claim.start)) && WHOLE_PHRASE.test(body.slice(claim.end, claim.end + 60));
}

/**
 * The claims of an article that a sentence opens as a part of the count told before it ("Ecuador's
 * toll rose to 272 ... In Manabi province, 180 people were killed. Of those, 120 died in
 * Pedernales"; "pulled out five more construction workers. Of them, three had died"): a share of
 * that count, never a rival of it.
 * @example partsOfThose(claims, body).has(claimOf("120")) // true
 */
export function partsOfThose(claims: readonly Claim[], body: string): Set<Claim> {
  return new Set(claims.filter((claim) => {
    const sentence = claim.sentence;
    if (!sentence || !Number.isInteger(sentence.start) || !Number.isFinite(claim.start) || claim.start < sentence.start) return false;
    const opening = body.slice(sentence.start, claim.start);
    return (OPENS_WITH_PART.test(opening) && !restatesWhole(opening, body.slice(claim.end, claim.end + 60))) || OPENS_WITH_WHOLE.test(opening);
  }));
}

/**
 * A part word, then up to a few words of one phrase (no figure, no comma), right before a figure:
 * "comprises of the Sonamarg main tunnel of 6.4 km", "including 10 children"; not "including two
 * children, and some 30 people injured", where the comma ends the part.
 */
const PART_BEFORE = new RegExp(String.raw`\b(?:${PART_WORDS.join("|")})\b[^\d.;,]{0,60}$`, "iu");

/** A part word and the words after it up to a figure, in one clause, to read a list of parts from. */
const PART_WORD = new RegExp(String.raw`\b(?:${PART_WORDS.join("|")})\b[^\d.;,]{0,60}?(?=\s*(?:\d|${SMALL_NUMBERS})\b)`, "giu");

/**
 * Whether the words before a figure open a list of parts it is an item of: its first item named
 * as a part, the rest items like it, the figure bare and its own item no clause ("including two
 * children, and some 30 people injured" gives the injured a count of their own).
 */
function listedPart(claim: Claim, before: string, after: string): boolean {
  if (PART_BEFORE.test(before)) return true;
  const opened = [...before.matchAll(PART_WORD)].pop();
  if (opened === undefined || !LIST_ITEMS.test(before.slice(opened.index + opened[0].length))) return false;
  const item = after.split(/[,.;:!?]|\band\b/u)[0] ?? "";
  return /^\p{N}|^\p{L}+$/u.test(claim.text) && !/\b\p{L}+ed\b/u.test(item);
}

/** How far before a figure (and after it) the words that name it a part are read. */
const NEAR_BEFORE = 400;

/**
 * The claims of an article its own clause names as a part of a whole told before ("The project,
 * around 12 km long, comprises the main tunnel of 6.4 km"; every item of "The dead include five
 * male passengers, three female passengers and a boy"): a share of that whole, never a rival. So
 * is the group a part is drawn from ("three of the 30 attackers"), told of the part's verb.
 * @example partsNamed(claims, body).has(claimOf("6.4 km")) // true
 */
export function partsNamed(claims: readonly Claim[], body: string): Set<Claim> {
  return new Set(claims.filter((claim) => {
    const sentence = claim.sentence;
    if (!sentence || !Number.isInteger(sentence.start) || !Number.isFinite(claim.start) || claim.start < sentence.start) return false;
    // The words a part is told by stand close before it: a sentence thousands of characters long (a table pasted as
    // text) is read near the figure only, not once per figure in full.
    const before = body.slice(Math.max(sentence.start, claim.start - NEAR_BEFORE), claim.start);
    // "three of the 30 attackers ... dead": the group the part is drawn from, not a count of the dead.
    return listedPart(claim, before, body.slice(claim.end, Math.min(sentence.end, claim.end + NEAR_BEFORE))) || DRAWN_FROM.test(before);
  }));
}
