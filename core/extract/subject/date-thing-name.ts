import type { ScopeEntity } from "../../model.js";
import { bareName, NAME, thingOf } from "./named-thing.js";
import { namePart, OTHER_ONE, THING_NOUNS } from "./date-thing-nouns.js";
import { leadThing } from "./date-thing-lead.js";
import { literalPattern } from "../literal-pattern.js";

/**
 * Which named thing a clause is about, for the dates of a thing's phases (date-thing.ts): the
 * name that opens the clause ("The Francis Scott Key Bridge", "the Rana Plaza building in Savar,
 * close to Dhaka,", "Baltimore's Key Bridge, a 1.6-mile span,"), or a common noun of a thing
 * ("the bridge", "the tunnel") when the article names one thing of that noun only. Places,
 * people and a lone capitalised word opening the sentence are no thing.
 */

/** The clause opens with a name, an optional common noun of a thing, and what may follow the subject. */
const NAMED = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(?:\d[\d,.]*-\p{Ll}+\s+)?(${NAME})((?:\s+(?:${THING_NOUNS})|\s+\p{Ll}{3,}(?<!ed|ly|ing))?)(?![\p{L}\p{N}])`, "u");
/** "the bridge", "the new tunnel", "this tower": a thing named elsewhere in the article. */
const POINTER = new RegExp(String.raw`^\s*(?:[Tt]he|[Tt]his)\s+(?:[\p{Ll}/-]+\s+){0,2}?(${THING_NOUNS})(?![\p{L}])`, "u");
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
  return new RegExp(String.raw`[\p{Ll},;]\s+(?:the\s+)?${literalPattern(name)}\b`, "u").test(text);
}

/**
 * The one named thing of a common noun the article names before `at`: "the Francis Scott Key
 * Bridge" or "the container ship Dali" for "the bridge" / "the ship". Two different ones: none.
 */
export function thingNamedBefore(text: string, at: number, noun: string, plain = false): ScopeEntity | null {
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
