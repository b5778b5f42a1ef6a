import measures from "./data/measures.js";
import { wordAlternation } from "./alternation.js";
import { QUAL } from "./named-class.js";
import type { Span } from "../span.js";
import { eventOf } from "./quantity-head.js";
import type { Reading, SubjectStep } from "./reading.js";

/**
 * The area a fire burned, told by the verb before it (issue 15, session 22): "The fire has burned
 * 23,700 acres", "consuming more than 8,000 acres", "scorched 5,000 hectares of forest". It is
 * the measure "23,700 acres burned" and "hectares burnt" give (`area.burned`); read without it
 * the figure had no subject, and the commonest figure of a wildfire report was never compared.
 * A verb that burns nothing by itself ("consumed", "destroyed") counts only in a sentence naming a
 * fire (data/measures.ts 'areaBurned'). Several fires' area together ("these blazes have scorched nearly
 * 39,000 acres") is its own measure (`area.burned-all`), never one fire's.
 */

const words = measures.areaBurned;
const OWN = new Set(words.own);
const VERB_BEFORE = new RegExp(String.raw`\b(${wordAlternation(words.verbs)})\s+(?:(?:through|across|over|about|around|some)\s+)?${QUAL}$`, "i");
const FIRE = new RegExp(String.raw`\b(?:${wordAlternation(words.fire)})\b`, "i");
/** "these blazes have scorched", "Combined with smaller fires": the area of several fires together. */
const SEVERAL = new RegExp(String.raw`\b(?:${wordAlternation(words.several)})\b`, "i");

/**
 * The verb that makes an area the area burned, and whether several fires burned it; or null.
 * @example areaBurned(readingOf("The fire has burned 23,700 acres.", "23,700 acres"))?.several // false
 */
function areaBurned(r: Reading): { verb: Span; several: boolean } | null {
  const { text, sentence, mention } = r.input;
  if (mention.kind !== "quantity" || mention.dimension !== "area") return null;
  const from = Math.max(sentence.start, mention.start - 50);
  const verb = VERB_BEFORE.exec(text.slice(from, mention.start));
  if (!verb) return null;
  if (!OWN.has(verb[1]!.toLowerCase()) && !FIRE.test(text.slice(sentence.start, sentence.end))) return null;
  const start = from + verb.index + verb[0].indexOf(verb[1]!);
  return { verb: { start, end: start + verb[1]!.length }, several: SEVERAL.test(text.slice(sentence.start, start)) };
}

export const AREA_BURNED_STEP: SubjectStep = {
  name: "subject.area-burned",
  run: (r) => {
    if (r.head !== undefined || r.named) return;
    const burned = areaBurned(r);
    if (!burned) return;
    r.head = burned.several ? "burned-all" : "burned";
    r.headSpan = burned.verb;
    r.phrase = null;
    r.rules.push("subject.area-burned");
    eventOf(r);
  },
};
