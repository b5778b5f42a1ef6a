import events from "../subject/data/events.js";
import { wordAlternation } from "../subject/alternation.js";
import { TELLING_ADVERBS } from "../subject/data/telling-adverbs.js";
import { MOMENT_EVENTS, MOMENT_NOUNS, REPORTED_VERBS, STARTING_VERBS } from "./data/happening-verbs.js";

/**
 * A clock told as the hour of an event named by its noun a few words before it, in two shapes
 * event-clock.ts's verbs do not see (issue 15, session 26):
 * - the noun, then only where it happened: "Phivolcs recorded the strong quake at 25 kilometers
 *   Southeast of Tulunan, Cotabato at 9:04 a.m.", "the explosion in a warehouse near the port at 6:07 pm";
 * - the noun started: "The fire started just before 2:40 a.m.", "The blaze, triggered at 9:55 a.m.",
 *   "Kim started the fire at 9:53 a.m." (started alone, "the search started at 6 am", is no event's);
 * - the noun was first reported: "The accident ... was reported at around 3:30 p.m.", "The fire was
 *   first reported to the city fire station at 11:23 a.m.": the hour it became known, the nearest a
 *   report comes to its hour (a call or an alarm, "received a call at 4 p.m.", is another step).
 */

/** The nouns of an event at one moment (data/happening-verbs.ts MOMENT_EVENTS): "quake", "blast", "fire". */
export const MOMENT_EVENT_WORDS: readonly string[] = Object.entries(events.words).filter(([, name]) => MOMENT_EVENTS.has(name)).map(([word]) => word);
const EVENT_NOUN = wordAlternation([...MOMENT_EVENT_WORDS, ...MOMENT_NOUNS]);
const REPORTED = wordAlternation(REPORTED_VERBS);
const STARTING = wordAlternation(STARTING_VERBS);

/** What may stand between the noun and its clock: where, in up to two phrases, a place's name after a comma, "at" or a qualifier. */
const WHERE = String.raw`(?:\s+(?:at|in|near|off|outside|inside|on|along|of)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,5}?(?:[\p{L}\p{N}'’.-]+)(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?){1,3}`;
const AT = String.raw`,?\s+(?:at\s+)?(?:(?:around|about|approximately|roughly|(?:shortly|just)\s+(?:before|after))\s+)?$`;

/**
 * "recorded the strong quake at 25 kilometers Southeast of Tulunan, Cotabato at": a determiner, up to two modifiers,
 * the noun, where; the noun a verb's subject or object, not a preposition's ("alerted the control room about the
 * accident in the Narendranagar area in the afternoon" times the alert).
 */
const NOUN_THEN_WHERE = new RegExp(String.raw`(?<!\b(?:about|of|on|over|into|after|before|since|following|during|from|regarding|for|by|with|in|at)\s+)\b(?:the|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:${EVENT_NOUN})${WHERE}${AT}`, "iu");

/** A word of how the report knows it, between the noun and its verb ("The blaze reportedly started"). */
const ADVERB = wordAlternation(TELLING_ADVERBS);

/** "The fire started", "The blaze, triggered", "started the fire": the noun and a verb of its start, then up to where and "at". */
const NOUN_STARTED = new RegExp(
  String.raw`\b(?:(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:${EVENT_NOUN})\s*,?\s+(?:(?:${ADVERB})\s+)?(?:${STARTING})|(?:${STARTING})\s+the\s+(?:${EVENT_NOUN}))(?:${WHERE})?${AT}`,
  "iu",
);

/** "The accident, one of the worst ..., was reported at around", "The fire was first reported to the city fire station at". */
const NOUN_REPORTED = new RegExp(
  String.raw`\b(?:the|an?)\s+(?:[\p{L}-]+\s+)?(?:${EVENT_NOUN})(?:,[^,.;:]{1,90},)?\s+(?:${REPORTED})(?:\s+to\s+[^,.;:]{1,50}?)?${AT}`,
  "iu",
);

/** Whether the words before a clock in its clause (`before`, up to the clock) name a moment event as its hour's. */
export function eventNounBefore(before: string): boolean {
  const tail = before.slice(-160);
  return NOUN_THEN_WHERE.test(tail) || NOUN_STARTED.test(tail) || NOUN_REPORTED.test(tail);
}
