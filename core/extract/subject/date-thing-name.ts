import type { ScopeEntity } from "../../model.js";
import { bareName, NAME, previousSentence, THINGS, thingOf } from "./named-thing.js";
import { wordAlternation } from "./alternation.js";
import phases from "./data/date-phases.js";

/**
 * Which named thing a clause is about, for the dates of a thing's phases (date-thing.ts): the
 * name that opens the clause ("The Francis Scott Key Bridge", "the Rana Plaza building in Savar,
 * close to Dhaka,", "Baltimore's Key Bridge, a 1.6-mile span,"), or a common noun of a thing
 * ("the bridge", "the tunnel") when the article names one thing of that noun only. Places,
 * people and a lone capitalised word opening the sentence are no thing.
 */

/** Head nouns of built things and vehicles besides THINGS: "the Champlain Towers South condominium". */
const HEADS = ["condominium", "condo", "complex", "plant", "factory", "mine", "hotel", "mall", "airport", "station", "terminal", "school",
  "hospital", "airliner", "aircraft", "plane", "jet", "train", "reactor", "port", "pier", "viaduct", "causeway", "overpass", "flyover", "tower block", "apartment block"];
const THING_NOUNS = wordAlternation([...THINGS, ...HEADS]);
/** The clause opens with a name, an optional common noun of a thing, and what may follow the subject. */
const NAMED = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(?:\d[\d,.]*-\p{Ll}+\s+)?(${NAME})((?:\s+(?:${THING_NOUNS})|\s+\p{Ll}{3,}(?<!ed|ly|ing))?)(?![\p{L}\p{N}])`, "u");
/** "the bridge", "the new tunnel", "the overloaded ferry": a thing named elsewhere in the article. */
const POINTER = new RegExp(String.raw`^\s*[Tt]he\s+(?:[\p{Ll}/-]+\s+){0,2}?(${THING_NOUNS})(?![\p{L}])`, "u");
/** "the roll-on/roll-off passenger ferry Al Salam Boccaccio 98", "the container ship Dali": the noun, then the name. */
const NOUN_NAMED = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(?:[\p{Ll}/-]+\s+){0,3}?(?:${THING_NOUNS})\s+(?:named\s+|called\s+)?(?:the\s+)?(${NAME})`, "u");
/** A phrase of time or manner fronted before the subject: "In the middle of the night,", "Shortly after midnight,". */
const FRONTED = /^\s*(?:In|On|At|During|After|Before|Early|Late|Overnight|Shortly|Just|Around|About|Suddenly|Then)\b[^,;:]{0,60},\s*/u;
/** The auxiliaries and adverbs of the clause's verb: "was ceremonially", "has finally been". */
const AUX_TAIL = /(?:\s+(?:was|were|is|are|has|have|had|been|being|\p{Ll}+ly))+\s*$/u;
/**
 * What may stand between the subject and its verb: an aside set off by commas ("a 1.6-mile
 * span,"), a place ("in Savar, close to Dhaka in Bangladesh,"), a parenthesis. A finite verb or a
 * relative pronoun there means the clause's verb is not the thing's.
 */
const BETWEEN = /^(?:\s*\([^)]{0,60}\))?(?:\s*,[^;:()]{1,100},|\s+(?:in|at|near|over|across|on|off|along|between|linking|connecting|spanning)\s[^;:()]{0,100})?[\s,]*$/u;
const CLAUSE_VERB = /\b(?:said|says|say|told|was|were|is|are|had|has|have|which|who|that|whose|when|after|while|because|did|does)\b/;

/** The thing a clause starting at `from` and ending at its verb (`to`) is about, or null. */
export function thingSubject(text: string, from: number, to: number, sentenceStart: number): ScopeEntity | null {
  const clause = text.slice(from, to).replace(AUX_TAIL, " ").replace(FRONTED, "");
  const called = NOUN_NAMED.exec(clause);
  if (called && BETWEEN.test(clause.slice(called[0].length)) && !CLAUSE_VERB.test(clause.slice(called[0].length))) {
    const thing = thingOf(bareName(called[1]!));
    if (thing?.kind === "named") return thing;
  }
  // "The bridge": a common noun, not a name beginning with "The".
  const named = POINTER.test(clause) ? null : NAMED.exec(clause);
  if (named) {
    const rest = clause.slice(named[0].length);
    if (!BETWEEN.test(rest) || CLAUSE_VERB.test(rest)) return null;
    const name = bareName(named[1]!);
    const thing = thingOf(name);
    if (!thing || thing.kind !== "named" || !/\p{L}/u.test(name)) return null;
    // "Officials", "Police", "Workers": one capitalised word opening the sentence names nothing,
    // unless a common noun of a thing follows it ("Eggner's Ferry Bridge", "the Holland Tunnel").
    const opens = text.slice(sentenceStart, from + named.index + named[0].indexOf(named[1]!)).trim() === "" || /^\s*[Tt]he\s*$/.test(text.slice(sentenceStart, from + named[0].indexOf(named[1]!)));
    if (!/\s/.test(name) && !named[2] && opens && !writtenMidSentence(text, name)) return null;
    return { ...thing, text: `${name}${named[2] ?? ""}`.trim() };
  }
  const pointer = POINTER.exec(clause);
  if (!pointer) return null;
  const rest = clause.slice(pointer[0].length);
  if (!BETWEEN.test(rest) || CLAUSE_VERB.test(rest)) return null;
  return thingNamedBefore(text, to, pointer[1]!.toLowerCase().replace(/\s+/g, " "), !OTHER_ONE.test(pointer[0]));
}

/** A one-word name is a name only if the article also writes it capitalised mid-sentence. */
function writtenMidSentence(text: string, name: string): boolean {
  return new RegExp(String.raw`[\p{Ll},;]\s+(?:the\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "u").test(text);
}

/**
 * The one named thing of a common noun the article names before `at`: "the Francis Scott Key
 * Bridge" or "the container ship Dali" for "the bridge" / "the ship". Two different ones: none.
 */
function thingNamedBefore(text: string, at: number, noun: string, plain = false): ScopeEntity | null {
  const before = text.slice(0, at);
  const word = noun.replace(/ /g, String.raw`\s+`);
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  const found = new Map<string, ScopeEntity>();
  const shapes = [
    new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(${NAME})\s+(?:${word}|${cap})(?![\p{L}])`, "gu"),
    new RegExp(String.raw`(?<![\p{L}])(?:${word})\s+(?:named\s+|called\s+)?(?:the\s+)?(${NAME})`, "gu"),
  ];
  for (const [k, shape] of shapes.entries()) {
    for (const m of before.matchAll(shape)) {
      const name = namePart(bareName(m[1]!));
      // "the Padma Bridge" has the id its subject reading gives it (the name with its noun); "the ship Dali", the name's.
      const thing = name.length > 1 && thingOf(name) ? thingOf(k === 0 ? namePart(m[0]).replace(/\s+/g, " ") : name) : null;
      if (thing && thing.kind === "named" && /\p{L}/u.test(thing.id)) found.set(thing.id, { ...thing, text: `${name} ${noun}` });
    }
  }
  if (found.size === 1) return [...found.values()][0]!;
  // "the bridge" in a story about the Çanakkale 1915 Bridge that names the Akashi Kaikyö Bridge once
  // to compare: the one the story opens with, when it is one of them and the pointer is plain.
  const lead = plain && found.size > 1 ? leadThing(text) : null;
  return lead && found.has(lead.id) ? found.get(lead.id)! : null;
}

/** Words a name match takes in before the name: "The", "Construction of the" (New Pamban Bridge), "Opening of". */
const NOT_OF_NAME = new RegExp(String.raw`^(?:The\s+)?(?:(?:${wordAlternation([...Object.keys(phases.nouns), ...phases.works.nouns].map((w) => w.charAt(0).toUpperCase() + w.slice(1)))})\s+(?:of|on|for)\s+(?:the\s+)?)?`, "u");
const namePart = (words: string) => words.replace(NOT_OF_NAME, "");

/** A pointer that may stand for another thing of its kind than the story's: "the old bridge", "the second tunnel". */
const OTHER_ONE = /\b(?:new|old|other|another|second|first|former|original|existing|older|newer|previous|current)\s/i;

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

/** Words a made thing's name may carry before its name: "the new", "the 35-mile (57-km) long", "the 2.1-km". */
const MODIFIERS = String.raw`(?:(?:new|old|\d[\d,.]*-\p{L}+|\(\d[^()]{0,15}\)|long|high|tall|wide|iconic|landmark|much-awaited|long-awaited)\s+){0,5}`;
/** A thing as a clause's subject or object: "the tunnel", "the new Gotthard Base Tunnel", "the Padma bridge". */
export const ANY_CASE_THING = wordAlternation([...THINGS, ...HEADS].flatMap((w) => [w, w.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())]));
const NAME_AND_NOUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?:${NAME})\s+(?:${ANY_CASE_THING})(?![\p{L}])`, "gu");
const ENDS_IN_THING = new RegExp(String.raw`\s(?:${ANY_CASE_THING})$`, "u");
const THING_PHRASE = new RegExp(String.raw`^\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?${MODIFIERS}(?:(${NAME})\s+)?(${ANY_CASE_THING})(?![\p{L}\p{N}])|^\s*(?:[Tt]he\s+)?${MODIFIERS}(${NAME})`, "u");

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

const CALLED_THING = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(${NAME})(?:,(?:[^;:.]|(?<=(?:^|[^\p{L}])\p{Lu}\p{Ll}{0,2})\.){1,80}?,?)?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}\p{N}.,()’'-]+\s+){0,6}?(?:${ANY_CASE_THING})(?![\p{L}])`, "u");

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
  for (const m of body.matchAll(/(?<!(?:^|[^\p{L}])\p{Lu}\p{Ll}?)[.!?]["”’]?\s+(?=[\p{Lu}"“‘])/gu)) start = m.index + m[0].length;
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
