import events from "./data/events.js";
import SERVICES from "./data/story-services.js";
import { isSpace } from "./name-neighbours.js";
import { classOfEvent, EVENTS } from "./lexicon.js";
import { wordBeforeEnd } from "../word-before.js";

/**
 * An event word that is not an event: the first half of a service's name or of an idiom ("the
 * fire chief", "flood warnings", "war crimes"), which a story of any kind may hold.
 */

/**
 * Whether the word after an event word makes it a service's name or an idiom: "the fire chief",
 * "fire crews", "flood warnings", "war crimes", "fire drill" (data/story-services.ts, events.ts idioms).
 * `event`, the event word as found, is the word the idiom is read with when nothing of a word
 * stands before it (story-class.ts tollClassAt asks that first; a pair's second half is left to the pattern) and
 * it is all ASCII letters and hyphens.
 */
export function namesService(text: string, end: number, event?: string): boolean {
  const next = nextWord(text, end)?.toLowerCase();
  if (next === undefined) return false;
  if (SERVICE_WORDS.has(next)) return true;
  const word = (event !== undefined && event.length <= 20 && LOWER_WORD.test(event) ? event : /[\p{L}-]+$/u.exec(text.slice(Math.max(0, end - 20), end))?.[0])?.toLowerCase();
  return word !== undefined && IDIOMS.has(`${word} ${next}`);
}

/**
 * The word after an event word: white space (no line break), then letters, within the 24
 * characters after `end`, as `/^[^\S\n]+(\p{L}+)/u` reads `text.slice(end, end + 24)`; read by hand.
 */
function nextWord(text: string, end: number): string | undefined {
  const limit = Math.min(text.length, end + 24);
  let i = end;
  for (let c = i < limit ? text.charCodeAt(i) : -1; c >= 0 && c !== 10 && isSpace(c); c = i < limit ? text.charCodeAt(i) : -1) i++;
  if (i === end) return undefined;
  const start = i;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
      i++;
      continue;
    }
    // A pair the 24 characters cut is half a character: no letter.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < limit;
    const ch = pair ? text.slice(i, i + 2) : text[i]!;
    if (!LETTER.test(ch)) break;
    i += ch.length;
  }
  return i > start ? text.slice(start, i) : undefined;
}

const LETTER = /^\p{L}$/u;

const LOWER_WORD = /^[A-Za-z-]+$/;
const SERVICE_WORDS: ReadonlySet<string> = new Set(SERVICES);

const IDIOMS: ReadonlySet<string> = new Set(events.idioms);

/**
 * "a gunman opened fire", "police returned fire": guns fired, a shooting, not a blaze.
 * @example firesGuns("a gunman opened fire", 16) // true
 */
export function firesGuns(text: string, fireStart: number): boolean {
  return /^fire\b/i.test(text.slice(fireStart, fireStart + 5)) && GUNS_BEFORE.test(text.slice(Math.max(0, fireStart - 14), fireStart));
}

const GUNS_BEFORE = /\b(?:open|opened|opens|opening|returned|exchanged|came under)\s+$/i;

/**
 * "Quake strikes off Surigao City", "Typhoon strikes Luzon": "strike(s)" right after an event word
 * of another class is that event's verb, not an air strike: the event's class, else undefined.
 * @example strikingEvent("Quake strikes off Surigao City", 6, 13) // "earthquake"
 */
export function strikingEvent(text: string, start: number, end: number): string | undefined {
  if (!/^strikes?$/i.test(text.slice(start, end))) return undefined;
  const before = wordBeforeEnd(text.slice(Math.max(0, start - 20), start))?.toLowerCase();
  const kind = before === undefined ? undefined : EVENTS[before];
  const cls = kind === undefined ? undefined : classOfEvent(kind);
  return cls === undefined || cls === "attack" || cls === "disaster" ? undefined : cls;
}
