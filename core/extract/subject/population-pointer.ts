import type { Span } from "../span.js";
import { QUAL } from "./named-class.js";
import { type FoundThing, NAME, previousSentence, thingOf } from "./named-thing.js";

/** "It is home to just 6,500 people", "Combined with Pine Cove, it's home to nearly 4,000 people": a place's people told by a pointer. */
export const POPULATION_POINTER = new RegExp(String.raw`^\s*(?:[^,;.]{1,80},\s+)?[Ii]t(?:\s+is|’s|'s|\s+has)\s+(?:home\s+to|a\s+population\s+of)\s+${QUAL}$`, "u");
/** The name a sentence is about: its opening name, or the name after a fronted phrase ("Last year, Lampedusa saw ..."). */
const OPENS_NAME = new RegExp(String.raw`^\s*(?:[^,;.]{1,80},\s+)?(?:[Tt]he\s+)?(${NAME})`, "u");
const NOT_SUBJECT = /^(?:It|Its|This|That|The|A|An|In|On|At|Last|Next|Since|After|Before|When|While|But|And|So|Yet|However|Officials?|Police)$/;

/**
 * The place or thing a population pointer stands for: the name the sentences before open with
 * (up to two back, past sentences that open with "it"), a place allowed, unlike the standing
 * measures' pointer (pointer-thing.ts), since a population is a place's. None when the name is no
 * thing or the sentence before opens with none.
 */
export function populationPointer(text: string, sentence: Span, start: number): FoundThing | null {
  if (!POPULATION_POINTER.test(text.slice(sentence.start, start))) return null;
  let before = sentence.start;
  for (let depth = 0; depth < 2; depth++) {
    const previous = previousSentence(text, before);
    if (!previous) return null;
    const opening = text.slice(previous.start, previous.end);
    if (/^\s*(?:[^,;.]{1,80},\s+)?[Ii]t\b/.test(opening)) { before = previous.start; continue; }
    const hit = OPENS_NAME.exec(opening);
    const words = hit?.[1]!.split(/\s+/).filter((w) => !NOT_SUBJECT.test(w)).join(" ");
    const thing = words ? thingOf(words) : null;
    if (!thing || !words) return null;
    const at = previous.start + opening.indexOf(words, hit!.index);
    return { thing, span: { start: at, end: at + words.length } };
  }
  return null;
}
