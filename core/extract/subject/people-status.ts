import data from "./data/people-status.js";
import { wordAlternation as alt } from "./alternation.js";
import { PEOPLE } from "./lexicon.js";
import { singular } from "./words.js";
import { asciiWordBeforeEnd } from "../word-before.js";

/**
 * Counts of people outside a disaster's toll whose class the clause tells: the rescued, the
 * arrested, the evacuated and migrants' arrivals, by an active verb before the count ("able to
 * rescue 31 migrants"), a status noun and "of" ("the arrest of the 49 suspects"), the orders that
 * cover them ("evacuation orders affecting ... 6,000 residents"), or a phrase after them, past
 * the adverbs a report puts in between ("are in the custody of the U.S. Border Patrol", "were
 * Friday detained", "were ordered to evacuate"). The words are data (data/people-status.ts).
 */

export interface Status {
  kind: string;
  /** Where the words that tell it start and end, relative to the text. */
  start: number;
  end: number;
}

const NOUN_TO = new RegExp(String.raw`\b(${alt(Object.keys(data.nounsTo))})\s+to\s+(?:some\s+|about\s+|around\s+|at\s+least\s+|another\s+)?$`, "i");
const NOUN_OF = new RegExp(String.raw`\bthe\s+(${alt(Object.keys(data.nounsOf))})\s+of\s+(?:the\s+|some\s+|about\s+|around\s+|at\s+least\s+)?$`, "i");
/** "evacuation orders affecting some 2,200 homes and": what the orders cover, up to one other count before this one. */
const ORDERS_FOR = new RegExp(String.raw`\b(${alt(Object.keys(data.ordersFor))})\s+(?:affecting|covering|for|of)\s+(?:(?:[^,.;:()]|[,.](?=\d)){1,40}\s+and\s+)?$`, "i");
const ADVERB = String.raw`(?:${alt(data.adverbs)})`;
const AUXILIARY = String.raw`(?:who|that|have|has|had|were|was|are|is|been|being|be|remain|remains|remained|still|now|all|also|later|reportedly|already|${ADVERB})`;
/** "Fourteen other migrants from this case are in the custody of": a short phrase of where from may stand before the status. */
const FROM = String.raw`(?:\s+(?:from|of|on|aboard)\s+(?:the\s+|this\s+|that\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?=\s+(?:are|were|is|was|have|has|had|remain|remained)\b))?`;
/** ", mainly from North Africa," between the counted people and their status. */
const ASIDE = String.raw`(?:,\s+(?:mainly|mostly|many|most|all|including|among\s+them)\s[^,;.()]{1,50},)?`;
const AFTER = new RegExp(String.raw`^(?:\s*\([^()]{1,60}\))?${ASIDE}${FROM}(?:\s+${AUXILIARY})*\s+(${alt(Object.keys(data.after))})\b`, "iu");
/** "were Friday detained", "357 protesters (282 men and 75 women) were detained": a status word past a parenthesis or a day. */
const WORD_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{1,60}\))?(?:\s+${AUXILIARY})*?(?:\s+${ADVERB})(?:\s+${AUXILIARY})*\s+([a-z]+)\b|^\s*\([^()]{1,60}\)(?:\s+${AUXILIARY})*\s+([a-z]+)\b`, "i");
const ARRIVAL_PEOPLE = new Set(data.arrivalPeople);
const MORE_PEOPLE = new Set(data.people);
const ARRIVAL = new RegExp(String.raw`^(?:\s+(?:have|has|had|were|was|are|is|been|already|now|also|so\s+far))*\s+(?:${alt(data.arrivals)})\b`, "i");

/**
 * The class an active verb or status noun right before the count gives, with its words; `head` is
 * the counted noun: "evacuation orders affecting some 2,200 homes" count homes, not the evacuated.
 */
export function statusBefore(text: string, mentionStart: number, head: string | undefined): Status | null {
  if (head && !isPeople(head)) return null;
  const before = text.slice(Math.max(0, mentionStart - 80), mentionStart);
  // The word right before, read backwards (word-before.ts): `/([a-z]+)\s+$/i` tried every place of the 80 characters.
  const verb = asciiWordBeforeEnd(before);
  const byVerb = verb ? data.verbsBefore[before.slice(verb.start, verb.end).toLowerCase()] : undefined;
  if (byVerb) return { kind: byVerb, start: mentionStart - (before.length - verb!.start), end: mentionStart };
  const to = NOUN_TO.exec(before);
  if (to) return { kind: data.nounsTo[to[1]!.toLowerCase()]!, start: mentionStart - to[0].length, end: mentionStart };
  const of = NOUN_OF.exec(before);
  if (of) return { kind: data.nounsOf[of[1]!.toLowerCase()]!, start: mentionStart - of[0].length, end: mentionStart };
  const orders = ORDERS_FOR.exec(before);
  if (orders) return { kind: data.ordersFor[orders[1]!.toLowerCase().replace(/\s+/g, " ")]!, start: mentionStart - orders[0].length, end: mentionStart };
  return null;
}

/**
 * The class a phrase after the counted people gives, from `from` (the end of the counted words):
 * a status phrase, or a status word `lookup` knows behind a day or a parenthesis.
 */
export function statusAfter(text: string, from: number, lookup: (word: string) => string | undefined): Status | null {
  const window = text.slice(from, from + 90);
  const phrase = AFTER.exec(window);
  if (phrase) return { kind: data.after[phrase[1]!.toLowerCase().replace(/\s+/g, " ")]!, start: from, end: from + phrase[0].length };
  const word = WORD_AFTER.exec(window);
  const kind = word ? lookup((word[1] ?? word[2])!.toLowerCase()) : undefined;
  return kind ? { kind, start: from, end: from + word![0].length } : null;
}

/** "35,000 migrants arrive", "1,200 migrants have reached the island": migrants counted as they arrive somewhere. */
export function arrival(text: string, head: string, from: number): Status | null {
  if (!ARRIVAL_PEOPLE.has(head.toLowerCase())) return null;
  const hit = ARRIVAL.exec(text.slice(from, from + 50));
  if (!hit) return null;
  // "About 7,000 more people arrive every day" is a rate, "If two million more refugees arrive" a supposition, "Officials
  // expect two million more refugees arrive" a forecast: no count of arrivals.
  const clause = text.slice(Math.max(0, from - 60), from + hit[0].length + 30);
  return RATE_OR_IF.test(clause) ? null : { kind: "arrived", start: from, end: from + hit[0].length };
}

const RATE_OR_IF = /\b(?:[Ii]f|[Ss]hould|[Uu]nless|[Ee]xpects?|[Ee]xpected|[Ff]orecasts?|[Pp]redicts?|will|would|could|may|might|every\s+(?:day|week|month|year)|each\s+(?:day|week|month)|per\s+(?:day|week|month)|a\s+(?:day|week|month)\b|daily|weekly|monthly)\b/;

/** Whether a counted noun is people: "migrants", "people", "protesters" (lexicon.ts PEOPLE, and the plural "people"). */
export function isPeople(head: string): boolean {
  const word = head.toLowerCase();
  return word === "people" || word === "persons" || word === "others" || PEOPLE.has(singular(word)) || PEOPLE.has(word) || MORE_PEOPLE.has(singular(word));
}
