import type { Span } from "../span.js";
import { bodiesFound } from "./bodies.js";
import { CASUALTY } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";
import { lastWordsIn } from "./words.js";

/** A casualty count's class and the words that tell it; `part` when it counts some of a count just told ("213 of those deaths"). */
export interface Casualty {
  kind: string;
  span: Span;
  part?: boolean;
  /** "26 bodies have been recovered": the dead counted by their bodies found, the confirmed dead so far. */
  bodies?: boolean;
}

/** Which casualty a count reports ("killed", "injured"), and from which verb or noun: the measure side of a toll. */

// "remain missing", "are still missing", "have gone missing", "were reported missing", "are feared dead", "have been found
// dead", "are estimated to be buried": a status after a copula.
const PASSIVE = /^(?:\s+(?:have|has|had|were|was|are|is|been|being|be|remain|remains|remained|still|yet|gone|went|reportedly|already|all|also|now|confirmed|officially|internally|critically|seriously|severely|slightly|fatally|badly|(?:reported|feared|believed|thought|said|known|presumed|understood|confirmed|listed|declared|estimated|found)(?:\s+to)?))*\s+([a-z]+)/i;
/**
 * "lost their lives", "were shot dead", "were crushed to death", "succumbed to their injuries":
 * the dead told by a verb phrase, not by a casualty word alone.
 */
const DIED = /^(?:\s+(?:have|has|had|were|was|are|is|been|reportedly|already|all|also|later|tragically|subsequently))*\s+(?:lost\s+(?:their|his|her)\s+lives|(?:shot|stabbed|burned|burnt|crushed|trampled|beaten|hacked|bludgeoned|swept)\s+(?:to\s+death|dead)|succumbed)\b/i;
/** "claimed the lives of 2,901", "took the lives of", "the deaths of at least 719 pilgrims": the dead counted after "of". */
// "confirmed the death of 27 persons", "condoling the death of 15 people": "the death of" a count is its toll too.
const LIVES_OF = /\b(?:(?:claim|claimed|claims|claiming|took|take|takes|taken|taking|cost|costs|costing)\s+the\s+lives|the\s+deaths?|the\s+loss\s+of\s+life)\s+of\s+$/i;
/** "claimed 12 lives", "12 lives were lost": lives counted with a verb of loss. */
const CLAIM_VERB = /^(?:claim|claimed|claims|claiming|took|take|takes|taken|taking|cost|costs|costing)$/;
const LIVES_LOST = /^\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+)?(?:been\s+)?lost\b/i;
/** "213 of those deaths", "40 of the injured": a part of a casualty count just told, with its class. */
const PART_OF = /^\s+of\s+(?:the|those|these)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;
/** "87 others suffered injuries", "sustained serious wounds": an injury told by a noun after its verb. */
const SUFFERED = /^\s+(?:have\s+|has\s+|had\s+)?(?:suffered|sustained|received)\s+(?:[a-z-]+\s+){0,2}?(?:injuries|wounds|burns)\b/i;
/** ", including three children," between a count and its verb: "At least eight people, including three children have been confirmed dead". */
// "Four devotees, including a woman from Salem in Tamil Nadu, lost their lives": the verb may be a verb of dying.
const APPOSITIVE = /^,\s+including\s[^,.;:()]{1,60}?,?(?=\s+(?:have|has|had|were|was|are|is|lost|died|perished|succumbed)\b)/i;

/** "All 150 people on board flight 9525 were killed": where the people were, between the count and its verb. */
const ON_BOARD = /^\s+(?:on\s+board|onboard|aboard)(?:\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?=(?:were|was|have|had|are)\b))?/iu;
/** "At least 27 people in Mexico were killed": where the people were, a capitalised place between the count and its verb. */
const IN_PLACE = /^\s+(?:in|across|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}(?=\s+(?:were|was|have|had|are|is|died|perished)\b)/u;

/** "those killed included 10 Marines, two Army soldiers and": a count listed among the casualties. */
const LISTED_AMONG = /\b(killed|dead|injured|wounded|hurt)\s+(?:include|included|includes|were)\s+(?:(?:at least|about|some)\s+)?(?:[^,;:.()]{1,40},\s+){0,4}(?:[^,;:.()]{1,40}?\s+)?(?:and\s+)?$/i;
/** ", one Navy medic and an Army soldier": the further items of a list of counts, before the list's verb. */
const LIST_ITEM = /^(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d[\d,]*)(?:\s+(?!(?:and|or|were|was|are|is|have|has|had|been|all|perished|died|killed|injured|wounded|hurt|dead)\b)[\p{L}.'’-]+){1,3}/iu;

/**
 * The casualty kind a count reports, from a verb before it ("killed six people"), its own noun
 * ("81 injured") or a verb after it ("1,300 civilians have been killed"), with the verb's span.
 * @example casualtyKind("that killed six people", 12, 15, null)?.kind // "killed"
 */
export function casualtyKind(text: string, mentionStart: number, mentionEnd: number, phrase: NounPhrase | null): Casualty | null {
  const [beforeVerb, verbBefore] = lastWordsIn(text, Math.max(0, mentionStart - 40), mentionStart, 2);
  // "killing all 150 on board": "all" between the verb and its count.
  const verb = verbBefore?.lower === "all" ? beforeVerb : verbBefore;
  if (verb && /^\s*(?:all\s+)?$/i.test(text.slice(verb.end, mentionStart))) {
    const kind = CASUALTY[verb.lower];
    if (kind && !/^(?:dead|death|deaths|casualty|casualties|injuries|missing|homeless)$/.test(verb.lower) && (kind !== "buried" || buriedUnder(text, mentionStart))) return { kind, span: verb };
  }
  const livesOf = LIVES_OF.exec(text.slice(Math.max(0, mentionStart - 40), mentionStart));
  if (livesOf) return { kind: "killed", span: { start: mentionStart - livesOf[0].length, end: mentionStart } };
  for (const word of phrase?.words ?? []) {
    const own = CASUALTY[word.lower];
    if (own) return { kind: own, span: word };
  }
  const lost = phrase ? lostLives(text, phrase, verbBefore?.lower) : null;
  if (lost) return lost;
  const bodies = phrase ? bodiesFound(text, phrase, mentionStart, mentionEnd) : null;
  if (bodies) return bodies;
  const part = phrase ? null : PART_OF.exec(text.slice(mentionEnd, mentionEnd + 50));
  const partKind = part ? CASUALTY[part[1]!.toLowerCase()] ?? CASUALTY[part[2]?.toLowerCase() ?? ""] : undefined;
  if (part && partKind) return { kind: partKind, span: { start: mentionEnd, end: mentionEnd + part[0].length }, part: true };
  // "including three children have been confirmed dead": the verb belongs to the count before.
  if (/\bincluding\s+$/i.test(text.slice(Math.max(0, mentionStart - 12), mentionStart))) return null;
  const end = phrase ? phrase.end : mentionEnd;
  const skipped = end + (ON_BOARD.exec(text.slice(end, end + 60))?.[0].length ?? IN_PLACE.exec(text.slice(end, end + 60))?.[0].length ?? 0);
  const from = skipped + (APPOSITIVE.exec(text.slice(skipped, skipped + 60))?.[0].length ?? 0);
  return verbAfter(text, from) ?? listedCasualty(text, mentionStart, end);
}

/** "claimed 12 lives", "12 lives were lost". */
function lostLives(text: string, phrase: NounPhrase, verb: string | undefined): Casualty | null {
  if (phrase.head.lower !== "lives") return null;
  if ((verb && CLAIM_VERB.test(verb)) || LIVES_LOST.test(text.slice(phrase.end, phrase.end + 40))) return { kind: "killed", span: phrase.head };
  return null;
}

/** A casualty verb right after `from`: "have been killed". */
function verbAfter(text: string, from: number): Casualty | null {
  const died = DIED.exec(text.slice(from, from + 60));
  if (died) return { kind: "killed", span: { start: from, end: from + died[0].length } };
  const suffered = SUFFERED.exec(text.slice(from, from + 60));
  if (suffered) return { kind: "injured", span: { start: from, end: from + suffered[0].length } };
  const verb = PASSIVE.exec(text.slice(from, from + 60));
  const kind = verb ? CASUALTY[verb[1]!.toLowerCase()] : undefined;
  if (kind === "buried" && !buriedUnder(text, from)) return null;
  return verb && kind ? { kind, span: { start: from, end: from + verb[0].length } } : null;
}

/**
 * "buried under a landslide", "buried more than 2,000 people alive": people buried by a disaster,
 * not the dead buried at their funerals ("the victims were buried on Sunday").
 */
const BURIED_BY = /\b(?:landslides?|mudslides?|avalanches?|rubble|debris|mud|collapsed?|earthquake|quake|under|beneath|underneath|alive)\b/i;

function buriedUnder(text: string, at: number): boolean {
  return BURIED_BY.test(text.slice(Math.max(0, at - 120), at + 120));
}

/**
 * A count in a list of casualties: "those killed included 10 Marines, two Army soldiers and a
 * Navy corpsman", "11 Marines, one Navy medic and an Army soldier perished in the explosion".
 */
function listedCasualty(text: string, mentionStart: number, end: number): Casualty | null {
  const lead = text.slice(Math.max(0, mentionStart - 160), mentionStart);
  const among = /killed|dead|injured|wounded|hurt/i.test(lead) ? LISTED_AMONG.exec(lead) : null;
  if (among) {
    const at = mentionStart - lead.length + among.index;
    return { kind: CASUALTY[among[1]!.toLowerCase()]!, span: { start: at, end: at + among[1]!.length } };
  }
  let at = end;
  for (let n = 0; n < 5; n++) {
    const item = LIST_ITEM.exec(text.slice(at, at + 60));
    if (!item) break;
    at += item[0].length;
  }
  return at > end ? verbAfter(text, at) : null;
}
