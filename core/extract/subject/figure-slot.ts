import type { Claim } from "../../model.js";
import { PEOPLE } from "./lexicon.js";
import { countedAfter, withKind } from "./counted-kind.js";
import { combinedCasualties } from "./story-combined-count.js";
import {
  ANY_PEOPLE, CLAUSE_END, DESCRIBES_BEFORE, IN_HOSPITAL, INCREMENT_AFTER, INCREMENT_BEFORE, NOT_THINGS, OTHER_TIME, PART_AFTER, PART_BEFORE,
  PREPOSITIONS, RATE_AFTER, SEVERITY, SLOT_WORDS, STILL_COUNTING, THING, THING_STATES, WORDS_AFTER, WORDS_BEFORE,
} from "./data/counted-slots.js";
import { caseBlind } from "../case-blind.js";

/**
 * The data's patterns of ASCII words (flags "iu"), read case-blind (case-blind.ts): asked of every
 * figure's clause and sentence, where the patterns as written try every place.
 */
const OTHER_TIME_WORDS = caseBlind(OTHER_TIME.source);
const STILL_COUNTING_WORDS = caseBlind(STILL_COUNTING.source);

/**
 * What one figure counts, read from its clause (counted-slot.ts marks a report's figures with it):
 * the class of the clause's verb for counts of people, the kind of people counted, a counted
 * thing's noun; undefined when none is told or a guard tells the figure apart from its slot's count
 * (a part, an increment, a rate, another time, a range, a conversion, a figure that describes its noun).
 */

const WORD = /[\p{L}][\p{L}'’-]*|\d[\d,.]*\d|\d|[.,;:!?()"“”—–]/gu;
const STOP = /^[.,;:!?()"“”—–]$/u;

/** How many words before a part ("including") its whole's verb is looked for. */
const PART_REACH = 8;

/** Words of a stretch of text, lowercase, punctuation kept as its own token. */
function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The words of the clause on one side of the figure, nearest first, up to a clause's end. */
function side(tokens: readonly string[], limit: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A short aside between commas ("Forty-three people, mostly women, were killed") is skipped.
    const aside = token === "," ? tokens.indexOf(",", i + 1) : -1;
    if (aside > i + 1 && aside <= i + 1 + ASIDE_WORDS && tokens.slice(i + 1, aside).every((t) => !STOP.test(t) && SLOT_WORDS[t] === undefined)) {
      i = aside;
      continue;
    }
    if (STOP.test(token) || CLAUSE_END.has(token) || out.length >= limit) break;
    out.push(token);
  }
  return out;
}

/** The longest aside between commas skipped in a clause. */
const ASIDE_WORDS = 3;

/** The slot word of the clause a part's whole is told in ("killing 20 people, including 9 children": killing). */
function wholeVerb(before: readonly string[]): string | undefined {
  for (const token of before.slice(1, 1 + PART_REACH)) {
    if (STOP.test(token) && token !== ",") return undefined;
    if (SLOT_WORDS[token] !== undefined) return token;
  }
  return undefined;
}

/** The slot of a figure from its clause's words, or undefined when none is told or a guard tells it apart. */
export function slotOf(claim: Claim, body: string): Found | undefined {
  const found = slotWords(claim, body);
  if (!found || claim.sentence === undefined) return found;
  return STILL_COUNTING_WORDS.test(body.slice(claim.sentence.start, claim.sentence.end)) ? { ...found, counting: true } : found;
}

/** A figure's slot as its clause's words tell it. */
export interface Found {
  slot: string;
  said: string;
  counting?: boolean;
}

function slotWords(claim: Claim, body: string): Found | undefined {
  // A count is whole: "a magnitude 6.4 earthquake" counts nothing.
  if (claim.kind !== "quantity" || typeof claim.value !== "number" || !Number.isInteger(claim.value) || claim.conversionOf !== undefined) return undefined;
  if (claim.qualifier === "range" || (claim.dimension !== undefined && claim.dimension !== "count") || /\p{L}-\p{L}|-\p{L}/u.test(claim.text)) return undefined;
  if (claim.change && claim.change.role !== "to") return undefined;
  // "killing and wounding 32": the dead and the hurt together fill neither slot.
  if (combinedCasualties(body, claim)) return undefined;
  const sentence = claim.sentence ?? { start: Math.max(0, claim.start - 200), end: Math.min(body.length, claim.end + 200) };
  const text = body.slice(sentence.start, sentence.end);
  if (OTHER_TIME_WORDS.test(text) || otherYear(text, claim.asOf)) return undefined;
  const before = words(body.slice(sentence.start, claim.start)).reverse();
  const after = words(body.slice(claim.end, sentence.end));
  if (PART_AFTER.includes(after[0] ?? "") || INCREMENT_AFTER.includes(after[0] ?? "") || RATE_AFTER.includes(after[0] ?? "")) return undefined;
  // "a 6.4 quake", "an 8-storey block": a figure after "a" describes its noun, it does not count it.
  if (INCREMENT_BEFORE.includes(before[0] ?? "") || DESCRIBES_BEFORE.includes(before[0] ?? "")) return undefined;
  // The object of a preposition ("in two attacks", "at 12 sites") is not what the clause's verb counts, unless a toll's ("the death toll of 20", "the deaths of 36").
  if (PREPOSITIONS.has(before[0] ?? "") && SLOT_WORDS[before[1] ?? ""] === undefined) return undefined;
  const [back, ahead] = [side(before, WORDS_BEFORE), side(after, WORDS_AFTER)];
  const part = PART_BEFORE.some((w) => before.slice(0, 2).includes(w));
  // A part ("including 9 children") fills its whole's slot for its own kind of people only.
  if (part) {
    const kind = countedAfter(ahead);
    const verb = kind === "" ? undefined : wholeVerb(before);
    return verb === undefined ? undefined : { slot: withKind(SLOT_WORDS[verb]!, kind), said: `${ahead[0]} ${verb}` };
  }
  // Nearest first: the words right after the figure ("20 people were killed"), then the verb right before ("killing 20").
  let at = ahead.slice(0, 4).findIndex((w) => SLOT_WORDS[w] !== undefined);
  // "45 dead bodies": the noun the status word qualifies is what is counted.
  if (at >= 0 && SLOT_WORDS[ahead[at + 1] ?? ""] !== undefined) at += 1;
  const found = at >= 0 ? ahead[at] : [...back.slice(0, 2), ...ahead.slice(4), ...back.slice(2)].find((w) => SLOT_WORDS[w] !== undefined);
  if (found === undefined) return thingSlot(claim, ahead);
  const kind = at >= 0 ? countedAfter(ahead, at) : countedAfter(ahead);
  const slot = narrowed(SLOT_WORDS[found]!, [...back, ...ahead]);
  const said = at >= 0 ? ahead.slice(0, at + 1).join(" ") : kind === "" ? found : `${ahead[0]} ${found}`;
  return { slot: withKind(slot, kind), said };
}

/**
 * The slot of counted things no verb of people tells ("17 underpasses", "more than 80 vehicles"):
 * the counted noun, and what happened to them when the clause says ("20 houses destroyed"). People
 * of any kind ("500 people") are no slot: a count of people with no verb is a crowd, a population,
 * a share, many things a reader tells apart by more than the noun.
 */
function thingSlot(claim: Claim, ahead: readonly string[]): { slot: string; said: string } | undefined {
  const kind = countedAfter(ahead);
  // People with no verb ("five women") may be the dead, the injured or those aboard: no slot.
  if (kind === "" || ANY_PEOPLE.has(kind) || PEOPLE.has(kind) || NOT_THINGS.has(kind.split("-").pop()!)) return undefined;
  // A figure of a unit ("10 million man-hours", "6.5 million tons") measures; only a count of its noun is a count of things.
  if (claim.unit !== undefined && unitNoun(claim.unit) !== kind && `${unitNoun(claim.unit)}s` !== ahead[0]) return undefined;
  const state = ahead.slice(1, 4).map((w) => THING_STATES[w]).find(Boolean);
  return { slot: `${THING}${kind}${state ? `.${state}` : ""}`, said: ahead.slice(0, state ? ahead.findIndex((w) => THING_STATES[w]) + 1 : 1).join(" ") };
}

/** The injured "seriously" are a part of the injured, and those "still" in hospital another count. */
function narrowed(slot: string, clause: readonly string[]): string {
  if (slot !== "injured") return slot;
  if (clause.some((w) => IN_HOSPITAL.has(w))) return "hospitalised";
  return clause.some((w) => SEVERITY.has(w)) ? "injured.serious" : slot;
}

/** A unit in the form a counted noun takes: "Man Hours" -> "man-hours". */
const unitNoun = (unit: string) => unit.toLowerCase().replace(/\s+/gu, "-");

/** A sentence that names a year other than the figure's own tells of another time. */
function otherYear(text: string, asOf: string | undefined): boolean {
  const year = asOf?.slice(0, 4);
  return (text.match(/\b(?:19|20)\d\d\b/gu) ?? []).some((y) => y !== year);
}
