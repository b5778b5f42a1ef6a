import acts from "./data/occurrence-acts.js";
import { compoundNoun } from "./event.js";
import { fromEvent } from "./event-subject.js";
import { firesGuns, namesService } from "./event-word-idiom.js";
import { pastVerbBetween } from "./date-head-verb.js";
import { EVENTS } from "./lexicon.js";
import { onlyAdjuncts } from "./life-clause.js";
import { RETROSPECT, storyThing } from "./occurrence-date.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wordsIn } from "./words.js";

/**
 * "inmates killed in a riot in a strict-security prison near Dushanbe on Sunday night" (TASS,
 * Vakhdat prison riot, 2019), "died in a stampede during a match at a crowded stadium in ...
 * Nzerekore on Sunday night" (Guinea, 2024): an event noun, then only where and during what,
 * then the date, which is the event's. The nearest event noun before the date is asked, and
 * only when the words between open with a preposition of place and hold no verb of their own
 * ("the fire at the factory spread on Monday": the spreading's day, not the fire's), and the
 * noun is what someone was "killed in" or "died during": "The UN condemned the bombing in Kabul
 * on Monday" dates the condemnation, and "A landslide in Wayanad on Monday" opening a lead may
 * be another landslide (occurrence-placed.ts reads the clause-opening shapes).
 */

/** "in a", "during the deadly", "in last week's": the noun is where a casualty happened. */
const IN_THE = /(?:^|\s)(?:in|during)\s+(?:(?:a|an|the|this|that|its|their|last\s+\p{L}+['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;

/** Prepositions that place an event: what may follow the noun ("a riot in", "a crash near", "the attack on a mosque"). */
const PLACED = /^\s+(?:in|at|near|inside|outside|off|aboard|on|during|along|across)\s/u;
/** Past verbs without "-ed" (pastVerbBetween reads those), as the clause of another act after the noun. */
const IRREGULAR: ReadonlySet<string> = new Set(acts.irregularPast);
const OWN_DATES: ReadonlySet<string> = new Set(acts.ownDates);
const SAYING: ReadonlySet<string> = new Set(acts.sayingPlaces);
/** An event noun is looked for this far back from the date. */
const REACH = 140;

/**
 * @example eventBeforeAdjuncts(input)?.subject.frame?.event?.id // "stampede" for "a stampede at the stadium in Nzerekore on Sunday afternoon"
 */
export function eventBeforeAdjuncts(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const words = wordsIn(text, Math.max(sentence.start, mention.start - REACH), mention.start);
  for (let k = words.length - 1; k >= 0; k--) {
    const noun = words[k]!;
    if (!EVENTS[noun.lower]) continue;
    // The nearest event noun only: one further back is another phrase's.
    if (OWN_DATES.has(noun.lower) || firesGuns(text, noun.start) || namesService(text, noun.end, EVENTS[noun.lower])) return null;
    const between = text.slice(noun.end, mention.start);
    if (!PLACED.test(between) || !onlyAdjuncts(between) || pastVerbBetween(between)) return null;
    if (wordsIn(between, 0, between.length).some((w) => IRREGULAR.has(w.lower) || SAYING.has(w.lower))) return null;
    const before = text.slice(Math.max(sentence.start, noun.start - 60), noun.start);
    if (!IN_THE.test(before) || RETROSPECT.test(before)) return null;
    return storyThing(input, fromEvent(input, noun, "date", "subject.event-adjunct-date", compoundNoun(words, k)));
  }
  return null;
}
