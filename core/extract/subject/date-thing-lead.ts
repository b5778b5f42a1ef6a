import type { ScopeEntity } from "../../model.js";
import { bareName, NAME, thingOf } from "./named-thing.js";
import { ANY_CASE_THING, namePart } from "./date-thing-nouns.js";

/**
 * The made thing a story is about, by the way news and reference pages open: the thing its
 * headline or first sentence names ("The Çanakkale 1915 Bridge, the world's longest ...").
 * Phrases of made things (THING_PHRASE) and "X is a <thing>" (CALLED_THING) are read here too,
 * for date-thing-phrase.ts.
 */

/** Words a made thing's name may carry before its name: "the new", "the 35-mile (57-km) long", "the 2.1-km". */
const MODIFIERS = String.raw`(?:(?:new|old|\d[\d,.]*-\p{L}+|\(\d[^()]{0,15}\)|long|high|tall|wide|iconic|landmark|much-awaited|long-awaited)\s+){0,5}`;
const NAME_AND_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?:${NAME})\s+(?:${ANY_CASE_THING})(?![\p{L}])`, "gu");
export const ENDS_IN_THING = new RegExp(String.raw`\s(?:${ANY_CASE_THING})$`, "u");
export const THING_PHRASE = new RegExp(String.raw`^\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?${MODIFIERS}(?:(${NAME})\s+)?(${ANY_CASE_THING})(?![\p{L}\p{N}])|^\s*(?:[Tt]he\s+)?${MODIFIERS}(${NAME})`, "u");


export const CALLED_THING = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(${NAME})(?:,(?:[^;:.]|(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2})\.){1,80}?,?)?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.,()’'-]+\s+){0,6}?(?:${ANY_CASE_THING})(?![\p{L}])`, "u");


let leadMemo: { text: string; thing: ScopeEntity | null } | null = null;

/**
 * The made thing a story opens with: the first line (a headline) or the first sentence after it
 * opens with its name ("The Çanakkale 1915 Bridge, the world's longest ...", "The Pelješac bridge is
 * finished", "The Lakhta Centre, located near St. Petersburg, is the tallest skyscraper"). News and
 * reference pages name their subject first and then write "the bridge", "it", "the grand opening".
 */
export function leadThing(text: string): ScopeEntity | null {
  if (leadMemo?.text === text) return leadMemo.thing;
  let thing: ScopeEntity | null = null;
  let at = 0;
  for (let k = 0; k < 2 && !thing && at < text.length; k++) {
    const start = at + (/^\s*/.exec(text.slice(at))![0].length);
    const end = /[.!?](?=\s)|\n/.exec(text.slice(start, start + 400));
    const stop = start + (end ? end.index : 400);
    // A headline names its story's thing anywhere ("Why the 1915 Canakkale Bridge matters"); a sentence, first.
    thing = openingThing(text, start, stop) ?? (k === 0 ? onlyNamed(text.slice(start, stop)) : null);
    at = start + (end ? end.index + 1 : 400);
  }
  leadMemo = { text, thing };
  return thing;
}

/** The one made thing a stretch names by a name and a noun of a thing ("the 1915 Canakkale Bridge"), or null. */
function onlyNamed(stretch: string): ScopeEntity | null {
  const found = new Map<string, ScopeEntity>();
  for (const m of stretch.matchAll(NAME_AND_NOUN)) {
    const thing = thingOf(namePart(m[0]));
    if (thing?.kind === "named" && /\p{L}/u.test(thing.id)) found.set(thing.id, { ...thing, text: namePart(m[0]) });
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The made thing a sentence opens with, by name: a name ending in a noun of a thing, or one the sentence calls a thing. */
function openingThing(text: string, start: number, end: number): ScopeEntity | null {
  const called = CALLED_THING.exec(text.slice(start, end));
  if (called) {
    const thing = thingOf(bareName(called[1]!));
    return thing?.kind === "named" && /\p{L}/u.test(thing.id) ? thing : null;
  }
  const m = THING_PHRASE.exec(text.slice(start, end));
  if (!m || (m[2] && !m[1])) return null;
  const name = m[2] ? `${bareName(m[1]!)} ${m[2]}`.replace(/\s+/g, " ") : bareName(m[3]!);
  if (!m[2] && !ENDS_IN_THING.test(name)) return null;
  const thing = thingOf(name);
  return thing?.kind === "named" && /\p{L}/u.test(thing.id) ? { ...thing, text: name } : null;
}
