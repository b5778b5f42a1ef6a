import type { Span } from "../span.js";
import events from "./data/events.js";
import { ACT_VERBS, EVENT_VERBS, EVENTS } from "./lexicon.js";
import { BREACH, breachedStructure } from "./breach.js";
import { isConsequence } from "./consequence.js";
import { nameAfter, nameBefore } from "./event-name.js";
import { adjacent, wordsIn, type Word } from "./words.js";

/**
 * The events casualty counts belong to (which casualty a count reports is casualty.ts's).
 * "that killed six people" after "their Nov. 13 attack on Istanbul's
 * Istiklal Street" belongs to that attack, while "The conflict in Syria, which has killed
 * hundreds of thousands" belongs to the war in Syria. Two casualty counts are comparable only
 * when their events are, so the event is named as precisely as the text allows: the event noun,
 * plus a non-place name after it ("istiklal-attack"); a place name goes to `place` instead.
 */

export interface EventReading {
  /** Canonical event: "war", "attack", or a named one: "istiklal-attack". */
  event: string;
  /** The event word's name without the name ("attack" for "istiklal-attack"): what data/events.json classes. */
  kind: string;
  /** The non-place name read around it ("istiklal"), if any. */
  name?: string;
  /** Whether the words count several events ("two bomb attacks"). */
  several?: boolean;
  /** The event word itself. */
  noun: Span;
  /** The place the event is in, when the words say so ("in Syria", "Istanbul's", "the Syrian war"). */
  place?: string;
  span: Span;
}

/** "going on war footing", "a war of words", "the rescue operation": an event noun in a phrase that names no event (data/events.ts 'idioms'). */
const IDIOMS: ReadonlySet<string> = new Set(events.idioms);

/**
 * The event a count or date in this sentence belongs to: "by/in <event>" after it, else the
 * nearest event noun before it in the sentence.
 * @example findEvent(text, sentence, start, end)?.event // "istiklal-attack"
 */

export function findEvent(text: string, sentence: Span, start: number, end: number): EventReading | null {
  const after = wordsIn(text, end, Math.min(sentence.end, end + 80));
  for (let i = 0; i + 1 < after.length && i < 8; i++) {
    if (!/^(?:in|by|during|from)$/.test(after[i]!.lower)) continue;
    for (let j = i + 1; j < after.length && j <= i + 4; j++) {
      const kind = eventOf(text, after[j]!);
      if (!kind) continue;
      // "bomb attacks": the last event noun of a compound is the head.
      const k = EVENTS[after[j + 1]?.lower ?? ""] && adjacent(text, after[j]!.end, after[j + 1]!.start) ? j + 1 : j;
      return nameEvent(text, sentence, after[k]!, k > j ? after[j] : compoundNoun(after, j), k > j ? eventOf(text, after[k]!) : kind);
    }
  }
  const happened = eventInClause(text, sentence, wordsIn(text, end, Math.min(sentence.end, end + 140)));
  if (happened) return happened;
  const before = wordsIn(text, Math.max(sentence.start, start - 220), start);
  const idiom = (i: number) => IDIOMS.has(`${before[i]!.lower} ${before[i + 1]?.lower ?? ""}`) || IDIOMS.has(`${before[i - 1]?.lower ?? ""} ${before[i]!.lower}`);
  // "The April 2015 Nepal earthquake (also known as the Gorkha earthquake) killed": a name in
  // brackets is an aside; the event outside them, with its date, is the one the count reports.
  let aside = -1;
  let asideKind: string | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const kind = eventOf(text, before[i]!);
    if (!kind || idiom(i)) continue;
    if (aside < 0 && inBrackets(text, before[i]!.end, start)) { aside = i; asideKind = kind; continue; }
    return nameEvent(text, sentence, before[i]!, compoundNoun(before, i), kind);
  }
  if (aside >= 0) return nameEvent(text, sentence, before[aside]!, compoundNoun(before, aside), asideKind);
  return actBefore(text, sentence, before, start);
}

/**
 * The event a word names, if any: an event noun, unless it is what a happening told before it
 * brought about ("4 killed after dam breach triggers flash flood": the count is the breach's,
 * not the flood's; consequence.ts); a breach of a structure that holds water back is a collapse
 * ("dam breach", "the reservoir breached"; not "a data breach", breach.ts).
 */
function eventOf(text: string, word: Word): string | undefined {
  if (BREACH.includes(word.lower)) return breachedStructure(text, word.start, word.end) ? "collapse" : undefined;
  const kind = EVENTS[word.lower];
  return kind && !isConsequence(text, word.start) ? kind : undefined;
}

/** Whether the words from `from` to `to` close a bracket they did not open: `from` is inside it. */
function inBrackets(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  const close = between.indexOf(")");
  return close >= 0 && !between.slice(0, close).includes("(");
}

/** ", killing 2": a casualty participle right before the count it reports. */
const CAUSED = /(?:,|\band)\s*(?:killing|wounding|injuring|leaving)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|nearly\s+)?$/i;

/**
 * "Militants attacked a police station in Kabul on Wednesday, killing 2": the verb tells the
 * event of the count its participle reports, and "in/at/near <Place>" after the verb its place.
 * Only with the participle: "attacked" elsewhere in a sentence says nothing of its other figures.
 */
function actBefore(text: string, sentence: Span, before: readonly Word[], start: number): EventReading | null {
  if (!CAUSED.test(text.slice(Math.max(sentence.start, start - 40), start))) return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const verb = before[i]!;
    const event = ACT_VERBS[verb.lower];
    if (!event) continue;
    const clause = text.slice(verb.end, start);
    const at = /\s(?:in|at|near)\s/.exec(clause);
    const place = at ? nameAfter(text, sentence, verb.end + at.index + 1)?.place : undefined;
    return { event, kind: event, place, noun: { start: verb.start, end: verb.end }, span: { start: verb.start, end: verb.end } };
  }
  return null;
}

/**
 * The event of a "when/after" clause right after the count: told by a noun ("were killed
 * when the quake struck") or by a verb ("were injured after a street vendor's gas can
 * exploded", the bare event: no name or place is read from a verb).
 */
function eventInClause(text: string, sentence: Span, after: readonly Word[]): EventReading | null {
  for (let i = 0; i + 1 < after.length && i < 12; i++) {
    if (!/^(?:when|after|as)$/.test(after[i]!.lower)) continue;
    for (let j = i + 1; j < after.length && j <= i + 7; j++) {
      const word = after[j]!;
      const kind = eventOf(text, word);
      if (kind && !/^(?:operation|election|elections|ceasefire|truce)$/.test(word.lower)) {
        return nameEvent(text, sentence, word, compoundNoun(after, j), kind);
      }
      const event = EVENT_VERBS[word.lower];
      if (event) return { event, kind: event, noun: { start: word.start, end: word.end }, span: { start: after[i]!.end + 1, end: word.end } };
    }
    return null;
  }
  return null;
}

/**
 * The event named by the noun at `noun`, with the demonym before it and the name after it.
 * @example nameEvent("the attack on Istanbul’s Istiklal Street", sentence, attackWord) // { event: "istiklal-attack", place: "istanbul", ... }
 */
export function nameEvent(text: string, sentence: Span, noun: Word, lead?: Word, canonical = EVENTS[noun.lower] ?? noun.lower): EventReading {
  const span: Span = { start: (lead ?? noun).start, end: noun.end };
  const before = nameBefore(text, sentence, span.start, canonical);
  if (before) span.start = before.start;
  const after = nameAfter(text, sentence, noun.end);
  if (after) span.end = after.end;
  const place = before?.place ?? after?.place;
  const name = after?.name ?? before?.name;
  const event = name ? `${name}-${canonical}` : canonical;
  const several = counted(text, sentence, span.start);
  return { event: several ? `several-${event}` : event, kind: canonical, name, several, place, span, noun: { start: noun.start, end: noun.end } };
}

/**
 * "in two bomb attacks", "Twin blasts": a count word before the event noun makes it several
 * events. Digits are left out: "Nov. 13 attack" is a date, not thirteen attacks.
 */
const SEVERAL = /(?:^|\s)(?:two|three|four|five|six|seven|eight|nine|ten|twin|several|multiple|series of)\s+$/i;

/**
 * Whether the event phrase starting at `at` counts several events, whose total a single one's
 * toll must not be compared with ("4 killed in two bomb attacks" vs "2 killed in an explosion").
 */
function counted(text: string, sentence: Span, at: number): boolean {
  return SEVERAL.test(text.slice(Math.max(sentence.start, at - 24), at));
}

/** "air strikes": a one-word modifier that makes the event noun a compound. */
export function compoundNoun(words: readonly Word[], i: number): Word | undefined {
  const previous = words[i - 1];
  return previous && /^(?:air|drone|missile|rocket|terror|terrorist|suicide|car|civil|chemical|ground|military)$/.test(previous.lower) ? previous : undefined;
}
