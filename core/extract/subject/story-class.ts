import events from "./data/events.js";
import { ACT_VERBS, classOfEvent, EVENTS } from "./lexicon.js";
import { UNCLASSED_VERBS } from "./data/story-verbs.js";
import { BREACH, breachedStructure } from "./breach.js";
import { isConsequence } from "./consequence.js";
import { wordTrie } from "../word-trie.js";
import { boundaryFirst } from "../boundary-first.js";
import { firesGuns, namesService, strikingEvent } from "./event-word-idiom.js";
import { literalPattern } from "../literal-pattern.js";
import { wordBeforeEnd } from "../word-before.js";

/**
 * The one class of event a story tells of (story-names.ts gives it to every story name): read
 * from the event words of its headline and lead, or of the whole text when those name none.
 */

/** An event word's type class (data/events.ts: "blast" -> bombing -> attack). */
function classOfWord(word: string): string | undefined {
  const name = EVENTS[word.toLowerCase()];
  if (name === undefined) return undefined;
  const cls = classOfEvent(name);
  return TOLL_CLASSES.has(cls) && cls !== "disaster" ? cls : undefined;
}

const TOLL_CLASSES: ReadonlySet<string> = new Set(events.tollClasses);

/**
 * Any word of the event lexicon as a whole word ("quake", not "earthquakes" nor "quake-proof"),
 * written as a trie (one character decides each branch; the lexicon's words are lowercase, the
 * flag reads any case); what stands before is checked apart (a lookbehind at every place is slow).
 */
const LEXICON_WORDS = Object.keys(EVENTS).filter((w) => /^\p{L}[\p{L}-]*$/u.test(w));
const EVENT_WORD_SOURCE = `\\b${wordTrie([...LEXICON_WORDS, ...BREACH])}(?![\\p{L}-])`;
const EVENT_WORD = new RegExp(EVENT_WORD_SOURCE, "giu");

/**
 * EVENT_WORD case-sensitive, for the text in lower case, which V8 scans about three times faster
 * than the case-blind pattern over the text as written. It finds the same words at the same
 * places when lower-casing keeps every character where it was ("İ" becomes two) and the text
 * holds no long s ("ſ" stays itself but is an "s" to the case-blind pattern); else the text is
 * scanned as written.
 */
const EVENT_WORD_LOWER = new RegExp(EVENT_WORD_SOURCE, "gu");

/** Per toll class, EVENT_WORD_LOWER over its own words only (classOfWord gives the class). */
const CLASS_WORDS: ReadonlyMap<string, RegExp> = (() => {
  const byClass = new Map<string, string[]>();
  for (const word of new Set([...LEXICON_WORDS, ...BREACH])) {
    const cls = classOfWord(word);
    if (cls !== undefined) byClass.set(cls, [...(byClass.get(cls) ?? []), word]);
  }
  return new Map([...byClass].map(([cls, list]) => [cls, new RegExp(`\\b${wordTrie(list)}(?![\\p{L}-])`, "gu")]));
})();

function eventWordScan(text: string, lower: string): { scan: string; words: RegExp } {
  return lower.length === text.length && !text.includes("\u017f") ? { scan: lower, words: EVENT_WORD_LOWER } : { scan: text, words: EVENT_WORD };
}

/** A letter or hyphen: before an event word, it makes the word the end of a longer one. */
const WORD_CHAR = /[\p{L}-]/u;

/** Whether the character (one code unit) at i is WORD_CHAR: ASCII by its code. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 45 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : WORD_CHAR.test(text[i]!);
}

/** Words before an event word that count another event of its kind: "a second quake", "another blast", "twin bombings". */
const ANOTHER = boundaryFirst(String.raw`\b(?:another|second|third|fresh|new|separate|earlier|previous|twin|two|three|several)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");

/**
 * Words after an ordinal's event word that make it a tally of past events, not a second event of
 * the story: "the third deadly building collapse in six months", "the second such blast this year",
 * "the fourth quake since 2015": the story still tells of one event of its class.
 */
const TALLY = /^[\p{L}-]*\s+(?:(?:in|within|over)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+(?:days?|weeks?|months?|years?|decades?)|this\s+(?:week|month|year|season|monsoon)|since\b|so\s+far\s+this)/iu;

/** An ordinal that tallies ("second", "third" ... then TALLY after the event word). */
const ORDINAL = boundaryFirst(String.raw`\b(?:second|third|fourth|fifth)\s+(?:[\p{L}-]+\s+){0,2}$`, "iu");

/**
 * The one class of event the headline and lead tell of, read from their event words alone (no
 * other step's reading: this runs once per article, before some figures are read): none when
 * they name several classes (a generic "disaster" is none), or when the story names another
 * event of the class ("a second quake struck a day later", "another blast").
 * `lower` is the text in lower case (context.ts lowerText: made once per article).
 * @example storyClass(text, leadEnd, text.toLowerCase()) // "earthquake"
 */
export function storyClass(text: string, end: number, lower: string = text.toLowerCase()): string | undefined {
  return storyClasses(text, end, lower).one;
}

/**
 * The classes of event a story tells of (`storyClass`): its one class, or the two its headline
 * and lead name together of one incident ("Dozens killed in crash and fire at Cairo train
 * station", "blast and fire"), each of which another report may tell alone. Three or more, or a
 * story that names another event of a class, are none. A story naming its event by no noun takes
 * the one class its lead's verbs tell ("as their pagers exploded").
 * @example storyClasses("Dozens killed in crash and fire at Cairo train station\n...", leadEnd) // { one: undefined, both: ["crash", "fire"] }
 */
export function storyClasses(text: string, end: number, lower: string = text.toLowerCase()): { one?: string; both?: readonly string[] } {
  // The lead's classes first; the rest of the text is read in full only when the lead names none.
  const inLead = new Set<string>();
  const later: { cls: string; at: number }[] = [];
  // The event words read so far that have a class: the look for another event below starts from them.
  const read: { word: string; at: number; cls: string }[] = [];
  let stopped = false;
  // The words are read in the text in lower case (as written when that is not safe); what is
  // asked of each word below reads the text as written at the same place.
  const { scan, words } = eventWordScan(text, lower);
  words.lastIndex = 0;
  for (let m = words.exec(scan); m; m = words.exec(scan)) {
    const cls = tollClassAt(text, m, scan);
    if (!cls) continue;
    read.push({ word: m[0], at: m.index, cls });
    if (m.index < end) inLead.add(cls);
    else if (inLead.size > 0) {
      stopped = true;
      break;
    } else later.push({ cls, at: m.index });
  }
  // A story that names its event by no noun anywhere ("Eight people were killed ... as their pagers exploded"): the lead's verb.
  if (inLead.size === 0 && later.length === 0) return leadVerbClass(text.slice(0, end));
  // The lead's one class; a lead naming none ("Death toll at Nairobi mall climbs") takes the text's one class.
  const classes = inLead.size > 0 ? inLead : new Set(later.map((f) => f.cls));
  const another = (at: number) => {
    const before = text.slice(Math.max(0, at - 40), at);
    return ANOTHER.test(before) && !(ORDINAL.test(before) && TALLY.test(text.slice(at, at + 60)));
  };
  // Two classes the lead names of one incident, neither of them counted as another event of its kind.
  if (inLead.size === 2) return read.some((w) => w.at < end && another(w.at)) ? {} : { both: [...inLead].sort() };
  if (classes.size !== 1) return {};
  const [cls] = [...classes] as [string];
  if (inLead.size === 0) return later.some((f) => another(f.at)) ? {} : { one: cls };
  // Every word of that class in the text (a word of the class itself, not one a structure or a
  // breach makes a collapse): those read above, then the rest of the text, in the one scan.
  const ofClass = (word: string) => classOfWord(word) === cls;
  if (read.some((w) => w.cls === cls && ofClass(w.word) && another(w.at))) return {};
  if (!stopped) return { one: cls };
  // In the lower case, the rest is scanned for the class's own words only (fewer words, a faster
  // scan): a word of the class the full scan would have passed over lies inside a longer event
  // word, and tollClassAt refuses it for the letter or hyphen before it.
  const rest = words === EVENT_WORD_LOWER ? CLASS_WORDS.get(cls) : undefined;
  if (rest) rest.lastIndex = words.lastIndex;
  const next = rest ?? words;
  for (let m = next.exec(scan); m; m = next.exec(scan)) if (ofClass(m[0]) && tollClassAt(text, m, scan) === cls && another(m.index)) return {};
  return { one: cls };
}

/** The toll class of an event word found at m, unless it ends a longer word ("post-quake"). */
function tollClassAt(text: string, m: RegExpExecArray, scan: string): string | undefined {
  if (m.index > 0 && isWordChar(text, m.index - 1)) return undefined;
  const breach = BREACH.includes(m[0].toLowerCase());
  const cls = breach ? undefined : classOfWord(m[0]);
  // "a small dam collapsed, causing a flash flood": what the happening brought about is not the story's class
  // (asked only of a word that has a toll class: the look back is dearer than the class).
  if ((!breach && !cls) || (mayFollowCause(text, scan, m.index) && isConsequence(text, m.index)) || namesService(text, m.index + m[0].length, lowSurrogateAt(text, m.index - 1) ? undefined : m[0])) return undefined;
  if (breach) return breachedStructure(text, m.index, m.index + m[0].length) ? "collapse" : undefined;
  if (cls === "attack" && strikingEvent(text, m.index, m.index + m[0].length)) return undefined;
  // "Mumbai building crash", "the worst building crash this monsoon": a structure comes down; only vehicles crash.
  if (cls === "fire" && firesGuns(text, m.index)) return "attack";
  return cls === "crash" && structureBefore(text, m.index) ? "collapse" : cls;
}

/**
 * Whether a verb of causing may stand in the 60 characters before `at`, as isConsequence
 * (consequence.ts) needs one there (data/events.ts consequenceCues: "causing", "triggered", "led
 * to", "set off" ...): their first words, looked for in the text's lower case. Only where `scan` is the
 * lower case (eventWordScan); the text as written is left to isConsequence.
 */
function mayFollowCause(text: string, scan: string, at: number): boolean {
  return scan === text || CAUSE_STEM.test(scan.slice(Math.max(0, at - 60), at));
}

/** The first word of each cue as a whole word ("causing", "led", "set" ...): a cue cannot stand where none does. */
const CAUSE_STEM = new RegExp(String.raw`\b(?:${[...new Set(events.consequenceCues.map((cue) => literalPattern(cue.split(" ")[0]!.toLowerCase())))].join("|")})\b`);

/** The second half of a pair: a letter outside the Basic Multilingual Plane may end there, which isWordChar reads as none. */
function lowSurrogateAt(text: string, i: number): boolean {
  const c = i >= 0 ? text.charCodeAt(i) : 0;
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Structures whose generic event is a collapse ("the dam disaster": data/events.ts modifierClasses). */
const COLLAPSING = new Set(Object.entries(events.modifierClasses).filter(([, cls]) => cls === "collapse").map(([word]) => word));

/** Whether the word right before an event word is such a structure ("building crash"). */
function structureBefore(text: string, at: number): boolean {
  return COLLAPSING.has(wordBeforeEnd(text.slice(Math.max(0, at - 20), at))?.toLowerCase() ?? "");
}

/** The lexicon's verbs of a happening (data/events.ts actVerbs) that tell a story's class, as whole words. */
const STORY_VERB = new RegExp(String.raw`\b(?:${Object.keys(ACT_VERBS).join("|")})\b`, "giu");
const UNCLASSED: ReadonlySet<string> = new Set(UNCLASSED_VERBS);

/**
 * The one class the verbs of a lead tell ("as their pagers exploded", "a building collapsed"),
 * for a story that names its event by no noun: none when they tell two. A verb that tells no
 * class alone (data/story-verbs.ts: "plunged") tells its vehicle's ("a tourist bus plunged into a ravine").
 * @example leadVerbClass("Eight people were killed ... as their pagers exploded") // { one: "attack" }
 */
function leadVerbClass(lead: string): { one?: string } {
  const classes = new Set<string>();
  for (const m of lead.matchAll(STORY_VERB)) {
    const verb = m[0].toLowerCase();
    const cls = classOfEvent(ACT_VERBS[verb] ?? "");
    const unclassed = UNCLASSED.has(verb);
    const vehicle = cls === "crash" || unclassed ? vehicleBefore(lead, m.index) : undefined;
    if (vehicle) classes.add(vehicle);
    else if (!unclassed) classes.add(cls);
  }
  const [cls] = [...classes];
  return classes.size === 1 && cls && TOLL_CLASSES.has(cls) && cls !== "disaster" ? { one: cls } : {};
}

/** Vehicles and vessels whose accident has a class of its own (data/events.ts modifierClasses: "ferry" -> capsizing, "bus" -> crash). */
const MODIFIER_CLASSES: Readonly<Record<string, string>> = events.modifierClasses;
const VEHICLE = new RegExp(String.raw`\b(${Object.keys(MODIFIER_CLASSES).filter((w) => MODIFIER_CLASSES[w] === "crash" || MODIFIER_CLASSES[w] === "capsizing").join("|")})s?\b`, "gi");

/**
 * "the ferry, travelling from Java to Bali, overturned": an accident's verb tells the class of the
 * vehicle it happened to, the last one named before it in its sentence (none when none is).
 */
function vehicleBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const vehicle = [...before.slice(before.search(/[^.;!?]*$/)).matchAll(VEHICLE)].at(-1)?.[1]?.toLowerCase();
  return vehicle ? MODIFIER_CLASSES[vehicle] : undefined;
}
