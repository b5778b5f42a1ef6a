import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { type FoundClass } from "./named-class.js";
import { wordAlternation as alt } from "./alternation.js";
import type { NamedMeasure } from "./named-measure.js";
import { NAME, thingOf } from "./named-thing.js";
import { storyKindLoose } from "./named-kind.js";

/** A name ending in the word of a built kind ("Salesforce Tower", "Gotthard Base Tunnel"). */
const BUILT = new RegExp(String.raw`\s(?:${alt([...new Set(Object.values(data.pointerKinds).flat())])})$`, "u");

/**
 * A measure told in a phrase fronted before the main clause, whose subject is the thing measured:
 * "With its architecture height of 310 metres, Varso Tower is now the tallest building", "At 1,776
 * feet high, One World Trade Center is", "Reaching a depth of 2,300 meters the tunnel has helped".
 * Only a figure whose words named its class (a measure noun before it, an adjective after it): a bare
 * "At 300 metres, the climbers stopped" is where something happened, not a measure. The subject is a
 * name, or "the <kind>" standing for the story's one named thing of that kind (pointer-thing.ts).
 */

/** The sentence opens with the phrase holding the figure: no comma before it. */
const FRONT_OPEN = /^\s*(?:At|With|Reaching|Rising|Standing|Measuring|Stretching|Spanning|Towering|Soaring)\b[^,;.:!?]{0,60}$/u;
/** After the figure: its conversion, adjective or "in length", then the main clause's subject and a word of its verb. */
const TAIL = String.raw`^\s*(?:\([^()]{0,40}\)\s*)?(?:-?(?:tall|high|long|deep|wide)\b|in\s+(?:length|height|depth|width)\b)?\s*(,\s*|\s+)`;
// "the Salesforce Tower by Foster and Partners is": who built it may stand between the name and its verb.
const NAME_SUBJECT = new RegExp(String.raw`${TAIL}(?:the\s+)?(?:new\s+)?(${NAME})(?:[’']s)?(?:\s+by\s+[^,;.]{1,40}?)?\s+(?:is|was|remains|remained|became|has|had|stands|stood|rises|rose|towers|opened|connects|runs|spans|ranks|now|still|also|holds)\b`, "u");
const KIND_SUBJECT = new RegExp(String.raw`${TAIL}(?:the|this)\s+(${alt(Object.keys(data.pointerKinds))})\s+(?:is|was|remains|has|had|stands|rises|towers|connects|runs|spans|now|still|also|became|holds)\b`, "iu");

export function frontedMeasure(text: string, sentence: Span, m: Mention, found: FoundClass): NamedMeasure | null {
  if (!found.cls || found.cls === "cost" || !FRONT_OPEN.test(text.slice(sentence.start, m.start))) return null;
  const after = text.slice(m.end, sentence.end);
  const named = NAME_SUBJECT.exec(after);
  const thing = named ? thingOf(named[2]!) : null;
  // "At 263 metres, the Salesforce Tower is": a bare figure is a measure only of a built thing's name, not of climbers who stopped at it.
  if (!found.strong && !(thing && BUILT.test(thing.text)) && !(!named && KIND_SUBJECT.test(after))) return null;
  if (named && thing && thing.kind !== "place") {
    const start = m.end + named[0].indexOf(named[2]!, named[1]!.length + named[0].indexOf(named[1]!));
    return { cls: found.cls, words: found.words, thing, span: { start, end: start + named[2]!.length } };
  }
  const kind = named ? null : KIND_SUBJECT.exec(after);
  const story = kind ? storyKindLoose(text, kind[2]!.toLowerCase()) : null;
  return story ? { cls: found.cls, words: found.words, ...story } : null;
}
