import type { Span } from "../span.js";
import { PART_VERB, WHOLE_OF } from "./aboard.js";
import { bodiesFound } from "./bodies.js";
import measures from "./data/measures.js";
import { CASUALTY } from "./lexicon.js";
import { nearLookup } from "./misspelling.js";
import type { NounPhrase } from "./noun-phrase.js";
import { forcedOutClass, presumedDead, toHospital, toShelter } from "./people-clauses.js";
import { isTakeOutVerb, outAlive, survivorsFoundBefore, survivorsRescued, takenAlive } from "./taken-out.js";
import { jobsCut } from "./jobs-cut.js";
import { injuredCondition } from "./injured-condition.js";
import { arrival, statusAfter, statusBefore, type Status } from "./people-status.js";
import { andPeople } from "./people-pair.js";
import { lastWordsIn } from "./words.js";
import { partOfPeople } from "./part-of-people.js";

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
// dead", "are estimated to be buried", "listed as missing": a status after a copula.
// "25 individuals who have been hospitalized", "21 miners had managed to survive": a relative pronoun or "managed to" first.
// "13 more are missing", "five others were hurt": "more" and "others" stand for the people counted.
// "225,000 people were urgently relocated", "were safely evacuated": a manner adverb between the copula and its status.
const PASSIVE = /^(?:\s+(?:more|others))?(?:\s+(?:who|that))?(?:\s+(?:have|has|had|were|was|are|is|been|being|be|remain|remains|remained|still|yet|gone|went|reportedly|already|all|also|now|confirmed|[a-z]+ly|managed\s+to|(?:reported|feared|believed|thought|said|known|presumed|understood|confirmed|listed|declared|pronounced|estimated|found)(?:\s+(?:to|as))?))*\s+([a-z]+)/i;
/** Status words that count people only after the count (data/measures.ts 'statusAfterOnly'). */
const AFTER_ONLY: ReadonlySet<string> = new Set(measures.statusAfterOnly);
/** Status words right after a count that are its measure and no casualty ('over 5.7 million affected'). */
const NOT_CASUALTY: ReadonlySet<string> = new Set(measures.statusNotCasualty);
const RELATIVE = /^\s+(?:who|that)\b/i;
const AGE = /year|month|week|day|old/i;
/** "another four people yet to be located", "who have not yet been found": people missing, told by what is not done. */
const NOT_FOUND = /^(?:\s+(?:who|that))?(?:\s+(?:have|has|had|were|was|are|is|remain|remains|remained|still))*\s+(?:yet\s+to\s+be|not\s+yet\s+(?:been\s+)?)\s*(?:found|located|traced|accounted\s+for)\b/i;
/**
 * "lost their lives", "were shot dead", "were crushed to death", "were burnt alive", "succumbed to their injuries":
 * the dead told by a verb phrase, not by a casualty word alone.
 */
const TO_DEATH = measures.toDeath.join("|");
const ALIVE_TO_DEATH = measures.aliveToDeath.join("|");
const DIED = new RegExp(String.raw`^(?:\s+(?:who|that))?(?:\s+(?:have|has|had|were|was|are|is|been|reportedly|already|all|also|later|tragically|subsequently))*\s+(?:lost\s+(?:their|his|her)\s+lives|(?:${TO_DEATH})\s+(?:to\s+death|dead)|(?:${ALIVE_TO_DEATH})\s+alive|succumbed)\b`, "i");
/** "crushed 1,134 people to death", "beat three men to death": a verb of violent death before the count, "to death" after its noun. */
const TO_DEATH_VERB = new RegExp(String.raw`^(?:${TO_DEATH})$`, "i");
const TO_DEATH_AFTER = /^\s+to\s+death\b/i;
/** "claimed the lives of 2,901", "took the lives of", "the deaths of at least 719 pilgrims": the dead counted after "of". */
// "confirmed the death of 27 persons", "condoling the death of 15 people": "the death of" a count is its toll too.
const LIVES_OF = /\b(?:(?:claim|claimed|claims|claiming|took|take|takes|taken|taking|cost|costs|costing)\s+the\s+lives|the\s+deaths?|the\s+loss\s+of\s+life)\s+of\s+$/i;
/** "claimed 12 lives", "12 lives were lost": lives counted with a verb of loss. */
const CLAIM_VERB = /^(?:claim|claimed|claims|claiming|took|take|takes|taken|taking|cost|costs|costing)$/;
const LIVES_LOST = /^\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+)?(?:been\s+)?lost\b/i;
/** "213 of those deaths", "40 of the injured": a part of a casualty count just told, with its class. */
const PART_OF = /^\s+of\s+(?:the|those|these)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;
/** "87 others suffered injuries", "sustained serious wounds": an injury told by a noun after its verb. */
// "another 16 were treated for less serious injuries": treated for injuries is hurt, as suffered is
// ('52 other people suffered "severe burns', a quotation opening on the injury).
const SUFFERED = /^\s+(?:have\s+|has\s+|had\s+|were\s+|was\s+|are\s+|is\s+|been\s+|being\s+)*(?:suffered|sustained|received|treated\s+for)\s+["“]?(?:[a-z-]+\s+){0,2}?(?:injuries|wounds|burns)\b/i;
/** ", including three children," between a count and its verb: "At least eight people, including three children have been confirmed dead". */
// "Four devotees, including a woman from Salem in Tamil Nadu, lost their lives": the verb may be a verb of dying.
// "left at least 20 people - including 18 preschoolers - dead and another 44, mostly children, injured",
// "At least nine people – eight children and a 26-year-old English teacher – have been killed": set off
// by dashes, or telling who most of them were ("7 civilians, 3 of them women, were killed"), before a bare status word that ends its clause (not "injured 30").
const APPOSITIVE = /^(?:,\s+(?:including|mostly|mainly|most\s+of\s+them|many\s+of\s+them|among\s+them|(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom))\s[^,.;:()]{1,60}?,?|\s+[-–—]\s+(?:(?:including|mostly|mainly|among\s+them)\s)?(?:[^-–—,.;:()]|(?<=\S)-(?=\S)){1,60}?\s+[-–—])(?=\s+(?:have|has|had|were|was|are|is|lost|died|perished|succumbed)\b|\s+(?:dead|killed|injured|wounded|hurt|missing)(?:\s+(?:on|in|at|after|when|during|and|by|as|following|from)\b|\s*[,.;]|$))/i;

/** "All 150 people on board flight 9525 were killed": where the people were, between the count and its verb. */
const ON_BOARD = /^\s+(?:on\s+board|onboard|aboard)(?:\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?=(?:were|was|have|had|are)\b))?/iu;
/** "At least 27 people in Mexico were killed": where the people were, a capitalised place between the count and its verb. */
const IN_PLACE = /^\s+(?:in|across|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}(?=\s+(?:were|was|have|had|are|is|died|perished)\b)/u;
/** A word that opens no clause, in a stretch between a count and its verb. */
const NO_CLAUSE_WORD = String.raw`(?!(?:who|whom|that|which|and|or|but|were|was|is|are|have|has|had|when|after|before|while)\b)`;
/** Right after such a stretch: a passive verb of harm. */
const HARMED_AFTER = String.raw`(?=\s+(?:were|was|have\s+been|had\s+been)\s+(?:killed|injured|wounded|hurt)\b)`;

/**
 * "At least 64 children in a shopping center in the Siberian city of Kemerovo were killed": a chain
 * of where they were, with no verb or clause word in it, ending in a name (a place told, as IN_PLACE),
 * before a passive verb of harm. With no name at its end ("three people in the car were killed") it
 * may be a part of the toll, and is not read.
 */
const WHERE_CHAIN = new RegExp(String.raw`^\s+(?:in|at|inside)(?:\s+${NO_CLAUSE_WORD}[\p{L}’'.-]+){0,9}?\s+\p{Lu}[\p{L}’'.-]*${HARMED_AFTER}`, "u");

/**
 * "at least 50 firefighters battling the blaze were killed": what they were doing, a participle and
 * at most four words with no clause word, between the count and a passive verb of harm.
 */
const DOING = new RegExp(String.raw`^\s+\p{Ll}+ing(?:\s+${NO_CLAUSE_WORD}[\p{L}’'-]+){0,4}?${HARMED_AFTER}`, "u");

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
  // "one man in his late 20s had been charged": an age is no count of people.
  if (/\b(?:in\s+(?:his|her|their)|aged)\s+$/i.test(text.slice(Math.max(0, mentionStart - 16), mentionStart))) return null;
  // "352 injured, 99 of them critically", "12 in serious condition": a part of the injured by their condition.
  const condition = injuredCondition(text, mentionStart, mentionEnd);
  if (condition) return condition;
  // A line ends a sentence: a headline's "ten hurt" is no verb of the lead's "Nine passengers were killed".
  const [beforeVerb, verbBefore] = lastWordsIn(text, Math.max(0, mentionStart - 40, text.lastIndexOf("\n", mentionStart - 1) + 1), mentionStart, 2);
  // "killing all 150 on board": "all" between the verb and its count.
  const verb = verbBefore?.lower === "all" ? beforeVerb : verbBefore;
  if (verb && /^\s*(?:all\s+)?$/i.test(text.slice(verb.end, mentionStart))) {
    const kind = CASUALTY[verb.lower];
    if (kind && !AFTER_ONLY.has(verb.lower) && ((kind !== "buried" && verb.lower !== "trapping") || buriedUnder(text, mentionStart))) return { kind, span: verb };
  }
  if (verb && /^\s*$/.test(text.slice(verb.end, mentionStart))) {
    const end = phrase ? phrase.end : mentionEnd;
    const toDeath = TO_DEATH_VERB.test(verb.lower) ? TO_DEATH_AFTER.exec(text.slice(end, end + 12)) : null;
    if (toDeath) return { kind: "killed", span: { start: verb.start, end: end + toDeath[0].length } };
    const alive = isTakeOutVerb(verb.lower) ? outAlive(text.slice(end, end + 60)) : 0;
    if (alive) return { kind: "rescued", span: { start: verb.start, end: end + alive } };
    const forced = forcedOutClass(verb.lower, text.slice(end, end + 80));
    if (forced) return { kind: forced.kind, span: { start: verb.start, end: end + forced.length } };
  }
  // "cut 15,000 jobs", "able to rescue 31 migrants", "the arrest of the 49 suspects": counts of people no disaster's toll (people-status.ts).
  const told = /[%$€£₹]|\bper\s?cent\b/i.test(text.slice(mentionStart, mentionEnd)) ? null
    : jobsCut(text, 0, { start: mentionStart, end: mentionEnd }, phrase?.head.lower, phrase ? phrase.end : mentionEnd) ?? statusBefore(text, mentionStart, phrase?.head.lower);
  if (told) return spanned(told);
  const livesOf = LIVES_OF.exec(text.slice(Math.max(0, mentionStart - 40), mentionStart));
  if (livesOf) return { kind: "killed", span: { start: mentionStart - livesOf[0].length, end: mentionStart } };
  const ofWhole = partOfPeople(text, mentionEnd);
  if (ofWhole) return ofWhole;
  for (const word of phrase?.words ?? []) {
    // "over 5.7 million affected\nDeath toll in the flood": a headline's count ends at its line,
    // and a status word right after the figure is its measure, not a casualty word further on.
    const between = text.slice(mentionEnd, word.start);
    if (between.includes("\n")) break;
    if (NOT_CASUALTY.has(word.lower) && !/\p{L}/u.test(between)) return null;
    const own = casualtyWord(word.lower);
    // "33 survivors were rescued": survivors someone took out are the rescued, not all who survived.
    if (own === "survivor" && (survivorsRescued(text.slice(phrase!.end, phrase!.end + 40)) || survivorsFoundBefore(text.slice(Math.max(0, mentionStart - 40), mentionStart)))) return { kind: "rescued", span: word };
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
  // "the death toll included 19 people who died as a direct result": a part of the toll, whose verb
  // is no toll's ("the dead included 10 children" is still read as a listed part, below).
  const listed = /\b(?:include|includes|included)\s+$/i.test(text.slice(Math.max(0, mentionStart - 12), mentionStart));
  const end = phrase ? phrase.end : mentionEnd;
  // "Only 104 of the estimated 750 passengers survived": the verb is the part's, not the whole's.
  if (text.slice(Math.max(0, mentionStart - 16), mentionStart).includes(" of ") && WHOLE_OF.test(text.slice(Math.max(0, mentionStart - 30), mentionStart)) && PART_VERB.test(text.slice(end, end + 40))) return null;
  const skipped = end + (ON_BOARD.exec(text.slice(end, end + 60))?.[0].length ?? IN_PLACE.exec(text.slice(end, end + 60))?.[0].length ?? WHERE_CHAIN.exec(text.slice(end, end + 100))?.[0].length ?? DOING.exec(text.slice(end, end + 80))?.[0].length ?? 0);
  const from = andPeople(text, phrase, skipped + (APPOSITIVE.exec(text.slice(skipped, skipped + 60))?.[0].length ?? 0));
  const after = listed ? null : verbAfter(text, from, phrase?.head.lower);
  // "25 individuals who have been hospitalized" counts them; "One person who died was found",
  // "a 37-year-old firefighter who died" tell one of the dead or an age, never the toll.
  // "the 96 people who lost their lives in the disaster": with "the" the count is all who died, the toll.
  const all = after?.kind === "killed" && /\bthe\s+$/i.test(text.slice(Math.max(0, mentionStart - 5), mentionStart));
  if (after && RELATIVE.test(text.slice(from, from + 6)) && ((after.kind === "killed" && !all) || AGE.test(text.slice(mentionStart, end)))) return null;
  return after ?? listedCasualty(text, mentionStart, end);
}

/** A status word, or one a reporter misspelt ("15 survivours"): see misspelling.ts. */
const casualtyWord = nearLookup(CASUALTY);

/** "claimed 12 lives", "12 lives were lost". */
function lostLives(text: string, phrase: NounPhrase, verb: string | undefined): Casualty | null {
  if (phrase.head.lower !== "lives") return null;
  if ((verb && CLAIM_VERB.test(verb)) || LIVES_LOST.test(text.slice(phrase.end, phrase.end + 40))) return { kind: "killed", span: phrase.head };
  return null;
}

/** A casualty verb right after `from`: "have been killed". */
function verbAfter(whole: string, from: number, head?: string): Casualty | null {
  // A count's verb is on its own line: a headline's figure never takes the next line's words.
  const lineEnd = whole.indexOf("\n", from);
  const text = lineEnd >= 0 && lineEnd < from + 80 ? whole.slice(0, lineEnd) : whole;
  const window = text.slice(from, from + 60);
  const notFound = window.includes("yet") ? NOT_FOUND.exec(window) : null;
  if (notFound) return { kind: "missing", span: { start: from, end: from + notFound[0].length } };
  const alive = takenAlive(window);
  if (alive) return { kind: "rescued", span: { start: from, end: from + alive } };
  const presumed = presumedDead(window);
  if (presumed) return { kind: "missing", span: { start: from, end: from + presumed } };
  const hospital = toHospital(text.slice(from, from + 80), head);
  if (hospital) return { kind: "injured", span: { start: from, end: from + hospital } };
  const died = DIED.exec(window);
  if (died) return { kind: "killed", span: { start: from, end: from + died[0].length } };
  const suffered = SUFFERED.exec(window);
  if (suffered) return { kind: "injured", span: { start: from, end: from + suffered[0].length } };
  const status = statusAfter(text, from, casualtyWord) ?? (head ? arrival(text, head, from) : null);
  if (status) return spanned(status);
  const verb = PASSIVE.exec(window);
  const kind = verb ? casualtyWord(verb[1]!.toLowerCase()) : undefined;
  if (kind === "buried" && !buriedUnder(text, from)) return null;
  if (verb && kind) return { kind, span: { start: from, end: from + verb[0].length } };
  // "Nearly 80,000 people were moved to emergency shelters": where they were taken says what they are.
  const shelter = toShelter(window);
  return shelter ? { kind: "evacuated", span: { start: from, end: from + shelter } } : null;
}

/**
 * "buried under a landslide", "buried more than 2,000 people alive", "trapping over 40 people under the debris": people buried or trapped by a disaster,
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

function spanned(status: Status): Casualty {
  return { kind: status.kind, span: { start: status.start, end: status.end } };
}
