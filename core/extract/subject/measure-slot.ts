import type { Claim, ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { letterFirst } from "../letter-first.js";
import { wordTrie } from "../word-trie.js";
import events from "./data/events.js";
import { wordAlternation as alt } from "./alternation.js";
import { dimensionOf } from "./named-subject.js";
import { KIND_NOUNS, kindGroup, mainThing } from "./named-main.js";
import kindData from "./data/thing-dimensions.js";
import { measuredThing } from "./measured-thing.js";
import { distanceThing, plain } from "./distance-slot.js";
import {
  CAPACITY_AFTER, CAPACITY_BEFORE, COST_BEFORE, COSTED_NOUNS, DIMENSION_SLOTS, MEASURE, OTHER_VALUE_WORDS, PART_WORDS, PLANNED_WORDS,
} from "./data/measure-slots.js";

/**
 * What one figure of a named thing measures, as a reader pairs two reports of one bridge, dam,
 * tower or stadium (issue 15, session 18): the dimension its clause names ("603 km long", "stands
 * 250 metres", "a capacity of 60,000", "built at a cost of $785 million"), as slot `m:<dimension>`,
 * and the thing it is of: the named thing its frame reader found, else the report's main thing
 * (named-main.ts). Guards tell a figure apart from the thing's one value: a part of the thing (a
 * roof, a main span, a section), a change or another thing compared (initially, expanded, than), a
 * range, a conversion (its other side is the same figure), an event's measure (a quake's depth, a
 * flood's area). counted-slot.ts keeps a report's one value of a slot; the check aligns two reports
 * by the thing (core/check/aligned/thing-pairs.ts), whatever their days for what does not change.
 */

/** The mark of a planned value's slot: `m:height.planned`. */
const PLANNED_MARK = ".planned";

/** A figure's measure slot, and the thing it measures. */
export interface MeasureFound {
  slot: string;
  said: string;
  thing: ScopeEntity;
}

/** Any of a list's words or phrases, whole: "cut", not "execute" or "cuts". */
// Each is asked of every measured figure's clause (only whether it holds one): the words as a trie
// (word-trie.ts: one character decides each branch, not a try of every word at every place), the
// letter before checked by hand (letter-first.ts).
const anyWord = (list: readonly string[]) => letterFirst(String.raw`(?<![\p{L}-])${wordTrie(list, { space: String.raw`\s+` })}(?![\p{L}])`, "iu");
const PART = anyWord(PART_WORDS);
const OTHER = anyWord(OTHER_VALUE_WORDS);
const EVENT = anyWord(Object.keys(events.words));
const PLANNED = anyWord(PLANNED_WORDS);
const COST = letterFirst(String.raw`(?<![\p{L}])(?:${alt(COST_BEFORE)})(?![\p{L}])[^.;:!?]{0,40}$`, "iu");
const COSTED = new RegExp(String.raw`^\s*(?:[\p{Ll}-]+\s+){0,2}?(?:${alt(COSTED_NOUNS)}|${KIND_NOUNS})(?![\p{L}])`, "u");
const CAPACITY = letterFirst(String.raw`(?<![\p{L}])(?:${alt(CAPACITY_BEFORE)})(?![\p{L}])[^.;:!?,]{0,25}$`, "iu");
const SEATS = new RegExp(String.raw`^-?\s*(?:${alt(CAPACITY_AFTER)})(?![\p{L}])`, "iu");

/** The clause of a figure: its sentence, cut at a semicolon or a dash on either side. */
function clauseOf(body: string, sentence: Span, claim: Claim): string {
  const before = body.slice(sentence.start, claim.start);
  const after = body.slice(claim.end, sentence.end);
  const from = Math.max(before.lastIndexOf(";"), before.lastIndexOf(" — "), before.lastIndexOf(" – "));
  const to = after.search(/;| — | – /u);
  return `${from < 0 ? before : before.slice(from + 1)} ${to < 0 ? after : after.slice(0, to)}`;
}

/** The dimension a figure's clause names, as a slot and the words it was said with; undefined when it names none. */
function dimensionSlot(body: string, sentence: Span, claim: Claim): { slot: string; said: string } | undefined {
  const before = body.slice(Math.max(sentence.start, claim.start - 60), claim.start);
  const after = body.slice(claim.end, Math.min(sentence.end, claim.end + 40));
  if (claim.dimension === "money") {
    const cost = COST.exec(before);
    return cost || COSTED.test(after) ? { slot: "cost", said: "cost" } : undefined;
  }
  if (claim.dimension === undefined || claim.dimension === "count") {
    const seats = SEATS.exec(after) ?? (/-seat/iu.test(claim.text) ? [claim.text] : null);
    if (seats || CAPACITY.test(before)) return { slot: "capacity", said: "capacity" };
    if (claim.dimension === undefined) return undefined;
  }
  // "built at 5,800 feet above the sea level": where it stands, not how tall.
  if (claim.dimension === "length" && /^\s*(?:\([^()]{0,30}\)\s*)?above\s+(?:the\s+)?(?:mean\s+)?sea\s+level/iu.test(after)) return { slot: "altitude", said: "altitude" };
  const found = dimensionOf(body, sentence, { start: claim.start, end: claim.end, dimension: claim.dimension, unit: claim.unit, value: claim.value });
  const slot = found ? DIMENSION_SLOTS[found.cls] : undefined;
  return slot ? { slot, said: slot === "extent" ? "size" : slot } : undefined;
}

/** The named thing a figure's frame reader found for it ("the Pelješac Bridge"), if one: a name of two words or one of a kind ("Traffic" opening a sentence is none). */
function framedThing(claim: Claim): ScopeEntity | undefined {
  return claim.subject?.frame?.scope.find((e) => e.kind === "named" && !e.id.startsWith("name:") && (/[\s-]/u.test(e.text.trim()) || kindNouns(e.id).length > 0));
}

/** The kind nouns of a thing's group ("bridge", "viaduct"), from the kind nouns its id holds. */
function kindNouns(id: string): string[] {
  const groups = new Set(id.split("-").map(kindGroup).filter((g) => g !== undefined));
  return kindData.kinds.filter((_, i) => groups.has(i)).flat();
}

/**
 * Whether a figure's clause is about the thing: it says a word of the thing's name or a noun of its
 * kind ("the bridge"), or, for the report's main thing, "it" / "its" (a pointer stands for it).
 */
function refersTo(clause: string, thing: ScopeEntity, main: boolean): boolean {
  const said = plain(clause);
  const words = [...plain(thing.text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && kindGroup(w) === undefined), ...kindNouns(thing.id), ...(main ? ["it", "its"] : [])];
  return words.some((w) => new RegExp(String.raw`(?<![\p{L}])${w}s?(?![\p{L}])`, "u").test(said));
}

/**
 * A figure's measure slot from its clause's words, or undefined when it names no dimension of a
 * thing or a guard tells it apart from the thing's one value.
 * @example measureSlotOf(claimOf("The Pelješac Bridge is 2,404 metres long."), body)?.slot // "m:length"
 */
export function measureSlotOf(claim: Claim, body: string, part?: string): MeasureFound | undefined {
  if (claim.kind !== "quantity" || typeof claim.value !== "number" || claim.conversionOf !== undefined || claim.change !== undefined) return undefined;
  if (claim.qualifier === "range" || claim.sentence === undefined) return undefined;
  const sentence = claim.sentence;
  // How far one named place is from another: the same whatever the story (distance-slot.ts).
  const between = part === undefined ? distanceThing(body, sentence, claim) : undefined;
  if (between) return { slot: `${MEASURE}distance`, said: "distance", thing: between };
  // A count of a built thing's parts ("39 stations") is a count of the thing, as its length is a measure of it.
  const found = part === undefined ? dimensionSlot(body, sentence, claim) : { slot: `n-${part}`, said: part.endsWith("s") ? `${part}es` : `${part}s` };
  if (!found) return undefined;
  const clause = clauseOf(body, sentence, claim);
  // A part of the thing, another value of it or of another thing, an event's measure: not the thing's one value.
  if ((part === undefined && PART.test(clause)) || OTHER.test(clause) || EVENT.test(body.slice(sentence.start, sentence.end))) return undefined;
  // The thing its frame reader found, else the report's main thing, when the clause is about it; else the thing the sentence names or points at.
  const framed = framedThing(claim);
  const main = mainThing(body)?.thing;
  const thing = (framed && refersTo(clause, framed, false) ? framed : undefined) ?? measuredThing(body, sentence, claim, clause, main && refersTo(clause, main, true) ? main : undefined);
  if (!thing) return undefined;
  // A plan is compared with plans only: "will be 610 metres tall" is not the tower built.
  return PLANNED.test(clause) ? { slot: `${MEASURE}${found.slot}${PLANNED_MARK}`, said: `planned ${found.said}`, thing } : { slot: `${MEASURE}${found.slot}`, said: found.said, thing };
}
