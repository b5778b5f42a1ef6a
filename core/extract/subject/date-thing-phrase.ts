import type { ScopeEntity } from "../../model.js";
import { bareName, previousSentence, thingOf } from "./named-thing.js";
import { OTHER_ONE, THING_NOUNS } from "./date-thing-nouns.js";
import { CALLED_THING, ENDS_IN_THING, leadThing, THING_PHRASE } from "./date-thing-lead.js";
import { thingNamedBefore } from "./date-thing-name.js";

/**
 * The made thing a phrase, an "it" or the sentence before names, for the dates of a thing's
 * phases (date-thing.ts, thing-acts.ts, thing-works.ts): "the new Pamban Railway Bridge", "It
 * opened to the public on" after "Lotte World Tower is a 123-floor skyscraper".
 */

/**
 * The made thing a phrase starting at `from` names, with where the phrase ends: "the tunnel"
 * (the one tunnel the article names before), "the new Pamban Railway Bridge", "the 35-mile
 * (57-km) long Gotthard Base Tunnel". A bare name must be one the article calls a thing by a
 * noun ("the Gotthard Base Tunnel"), so a person or a company is no object of "opened".
 * @example phraseThing("Opened in 2016, the tunnel links", 16)?.thing.id // the tunnel the article named before
 */
export function phraseThing(text: string, from: number): { thing: ScopeEntity; end: number } | null {
  const m = THING_PHRASE.exec(text.slice(from, from + 160));
  if (!m) return null;
  const end = from + m[0].length;
  if (m[2]) {
    if (m[1]) {
      // The id as the thing's subject reads it (named-thing.ts): the whole name with its noun.
      const thing = thingOf(`${bareName(m[1])} ${m[2]}`.replace(/\s+/g, " "));
      return thing?.kind === "named" && /\p{L}/u.test(thing.id) ? { thing, end } : null;
    }
    const named = thingNamedBefore(text, from, m[2].toLowerCase().replace(/\s+/g, " "), !OTHER_ONE.test(m[0]));
    return named ? { thing: named, end } : null;
  }
  // A name without a noun of a thing: a thing only if its last word is one ("Lotte World Tower").
  const name = bareName(m[3]!);
  if (!ENDS_IN_THING.test(name)) return null;
  const thing = thingOf(name);
  return thing?.kind === "named" ? { thing: { ...thing, text: name.replace(/\s+/g, " ") }, end } : null;
}

/**
 * "It opened to the public on April 11, 2017" after "Lotte World Tower is a 123-floor
 * skyscraper": "it" is the made thing the sentence before opens with, when its name ends in a
 * noun of a made thing. Any other antecedent (a company, a person, a place) is none. The
 * sentence before is found by its stop, not by line breaks: pages wrap lines mid-sentence.
 */
export function previousThing(text: string, sentenceStart: number): ScopeEntity | null {
  const from = Math.max(0, sentenceStart - 400);
  const before = text.slice(from, sentenceStart).replace(/\s+$/u, "");
  const body = before.replace(/[.!?]["”’]?$/u, "");
  let start = 0;
  // "St. Petersburg", "Mt. Everest": the stop of a short capitalised abbreviation ends no sentence.
  // A headline ends at its line: "Hoover Dam History\n\nThe Hoover Dam is ..." opens with "The Hoover Dam".
  for (const m of body.matchAll(/(?:(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}?)[.!?]["”’]?\s+|\n\s*)(?=[\p{Lu}"“‘])/gu)) start = m.index + m[0].length;
  if (start === 0 && from > 0) return null;
  // "The Burj Khalifa is a skyscraper in Dubai": a name the sentence itself calls a made thing.
  const called = CALLED_THING.exec(body.slice(start));
  if (called) {
    const thing = thingOf(bareName(called[1]!));
    return thing?.kind === "named" && /\p{L}/u.test(thing.id) ? thing : null;
  }
  const found = phraseThing(body, start);
  if (!found || !/^\s*(?:,[^,;]{1,80},\s*)?(?:is|was|has|had|\p{Ll}{2,}(?:s|ed))\b/u.test(body.slice(found.end))) return null;
  return found.thing;
}

/** The one made thing a stretch names by a phrase ("the tunnel", "the Sela Tunnel"), or null when it names none or two. */
export function onlyThingIn(text: string, from: number, to: number): ScopeEntity | null {
  const found = new Map<string, ScopeEntity>();
  for (const m of text.slice(from, to).matchAll(/(?:^|\s)(?=[Tt]he\s|\p{Lu})/gu)) {
    const hit = phraseThing(text, from + m.index + m[0].length);
    if (hit && hit.end <= to) found.set(hit.thing.id, hit.thing);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * What "it" opening a sentence stands for: the made thing the sentence before opens with, or, when
 * that sentence's own subject is "it" too ("Despite being taller than the Eiffel Tower, it remains
 * little known."), the one before it (two sentences back at most).
 */
export function itThing(text: string, sentenceStart: number, depth = 0): ScopeEntity | null {
  const thing = previousThing(text, sentenceStart);
  if (thing || depth >= 2) return thing;
  const previous = previousSentence(text, sentenceStart);
  if (!previous || !/(?:^|[,\s])(?:it|It)\s+(?:is|was|remains|has|had|stands|\p{Ll}+s)\b/u.test(text.slice(previous.start, previous.end))) return null;
  return itThing(text, previous.start, depth + 1);
}

/** The thing a noun's object names: "the bridge", "the Sela Tunnel in Arunachal Pradesh"; a part ("4 km of the tunnel") is none. */
export function objectThing(text: string, at: number, end: number): ScopeEntity | null {
  const found = phraseThing(text, at);
  if (!found || found.end > end) return null;
  return /^(?:\s+(?:in|at|near|across|over|under|beneath|on)\s+(?:the\s+)?\p{Lu}[^,;:]*)?\s*$/u.test(text.slice(found.end, end)) ? found.thing : null;
}

/** A clause whose subject describes a made thing rather than naming it: "South Korea's tallest building", "the new bridge". */
const DESCRIBED = new RegExp(String.raw`^\s*(?:[Tt]he\s+|\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}[’']s\s+)(?:[\p{Ll}-]+\s+){0,2}?(${THING_NOUNS})(?![\p{L}])`, "u");

/**
 * "South Korea's tallest building was unveiled ... ahead of its grand opening": a subject that
 * describes a made thing is the one thing of its noun the article names before, or the thing
 * the story opens with (date-thing-lead.ts).
 */
export function describedThing(text: string, sentenceStart: number): ScopeEntity | null {
  const described = DESCRIBED.exec(text.slice(sentenceStart, sentenceStart + 120));
  if (!described) return null;
  return thingNamedBefore(text, sentenceStart, described[1]!.toLowerCase().replace(/\s+/g, " "), true) ?? leadThing(text);
}
