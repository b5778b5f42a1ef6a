import events from "./data/events.js";
import { classOfEvent, EVENTS } from "./lexicon.js";
import { BREACH, breachedStructure } from "./breach.js";
import { isConsequence } from "./consequence.js";
import { wordTrie } from "../word-trie.js";

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
const EVENT_WORD = new RegExp(`\\b${wordTrie([...LEXICON_WORDS, ...BREACH])}(?![\\p{L}-])`, "giu");

/** A letter or hyphen: before an event word, it makes the word the end of a longer one. */
const WORD_CHAR = /[\p{L}-]/u;

/** Words before an event word that count another event of its kind: "a second quake", "another blast", "twin bombings". */
const ANOTHER = /\b(?:another|second|third|fresh|new|separate|earlier|previous|twin|two|three|several|series\s+of)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Words after an ordinal's event word that make it a tally of past events, not a second event of
 * the story: "the third deadly building collapse in six months", "the second such blast this year",
 * "the fourth quake since 2015": the story still tells of one event of its class.
 */
const TALLY = /^[\p{L}-]*\s+(?:(?:in|within|over)\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+(?:days?|weeks?|months?|years?|decades?)|this\s+(?:week|month|year|season|monsoon)|since\b|so\s+far\s+this)/iu;

/** An ordinal that tallies ("second", "third" ... then TALLY after the event word). */
const ORDINAL = /\b(?:second|third|fourth|fifth)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * The one class of event the headline and lead tell of, read from their event words alone (no
 * other step's reading: this runs once per article, before some figures are read): none when
 * they name several classes (a generic "disaster" is none), or when the story names another
 * event of the class ("a second quake struck a day later", "another blast").
 * @example storyClass(text, 0, leadEnd) // "earthquake"
 */
export function storyClass(text: string, end: number): string | undefined {
  // The lead's classes first; the rest of the text is read in full only when the lead names none.
  const inLead = new Set<string>();
  const later: { cls: string; at: number }[] = [];
  EVENT_WORD.lastIndex = 0;
  for (let m = EVENT_WORD.exec(text); m; m = EVENT_WORD.exec(text)) {
    const cls = tollClassAt(text, m);
    if (!cls) continue;
    if (m.index < end) inLead.add(cls);
    else if (inLead.size > 0) break;
    else later.push({ cls, at: m.index });
  }
  // The lead's one class; a lead naming none ("Death toll at Nairobi mall climbs") takes the text's one class.
  const classes = inLead.size > 0 ? inLead : new Set(later.map((f) => f.cls));
  if (classes.size !== 1) return undefined;
  const [cls] = [...classes] as [string];
  const another = (at: number) => {
    const before = text.slice(Math.max(0, at - 40), at);
    return ANOTHER.test(before) && !(ORDINAL.test(before) && TALLY.test(text.slice(at, at + 60)));
  };
  if (inLead.size === 0) return later.some((f) => another(f.at)) ? undefined : cls;
  // Every word of that class in the text, read by a pattern of its words alone (a whole word is
  // one match wherever it stands, so it finds each of them as the pattern of all event words does).
  const words = classWords(cls);
  words.lastIndex = 0;
  for (let m = words.exec(text); m; m = words.exec(text)) if (tollClassAt(text, m) === cls && another(m.index)) return undefined;
  return cls;
}

/** The toll class of an event word found at m, unless it ends a longer word ("post-quake"). */
function tollClassAt(text: string, m: RegExpExecArray): string | undefined {
  if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) return undefined;
  // "a small dam collapsed, causing a flash flood": what the happening brought about is not the story's class.
  if (isConsequence(text, m.index)) return undefined;
  if (BREACH.includes(m[0].toLowerCase())) return breachedStructure(text, m.index, m.index + m[0].length) ? "collapse" : undefined;
  const cls = classOfWord(m[0]);
  // "Mumbai building crash", "the worst building crash this monsoon": a structure comes down; only vehicles crash.
  return cls === "crash" && structureBefore(text, m.index) ? "collapse" : cls;
}

/** Structures whose generic event is a collapse ("the dam disaster": data/events.ts modifierClasses). */
const COLLAPSING = new Set(Object.entries(events.modifierClasses).filter(([, cls]) => cls === "collapse").map(([word]) => word));

/** Whether the word right before an event word is such a structure ("building crash"). */
function structureBefore(text: string, at: number): boolean {
  return COLLAPSING.has(/([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? "");
}

/** The words of one toll class as a whole-word pattern like EVENT_WORD, built on first need. */
function classWords(cls: string): RegExp {
  let pattern = CLASS_WORDS.get(cls);
  if (!pattern) {
    const words = LEXICON_WORDS.filter((w) => classOfWord(w) === cls);
    CLASS_WORDS.set(cls, (pattern = new RegExp(`\\b${wordTrie(words)}(?![\\p{L}-])`, "giu")));
  }
  return pattern;
}

const CLASS_WORDS = new Map<string, RegExp>();
