import type { ScopeEntity } from "../../model.js";
import phases from "./data/date-phases.js";
import { leadThing } from "./date-thing-lead.js";
import { objectThing, previousThing } from "./date-thing-phrase.js";
import { NAME, THINGS, thingOf } from "./named-thing.js";
import { norm, phaseReading } from "./thing-phase.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { anyCase } from "./alternation.js";

/**
 * The date of a made thing's ceremony, told by its noun (thing-works.ts asks it last): "The
 * grand opening was on the 26th of June", "the inauguration of the bridge took place on", and a
 * wire photo's caption "A view of X Bridge during the opening ceremony, Croatia, 26 July 2022".
 * A venue's ceremony is the event held there, not the venue's own phase.
 */

const CEREMONIES = new Map([...Object.entries(phases.nouns).filter(([, p]) => !p.startsWith("occurred:")), ...Object.entries(phases.ceremonies)]);
const VENUE = new RegExp(String.raw`(?:^|\s)(?:${phases.venues.join("|")})$`, "i");
const CEREMONY = anyCase(CEREMONIES.keys());
/** "The grand opening was on the 26th of June", "Its inauguration took place on": the sentence is about the phase. */
const CEREMONY_WAS = new RegExp(String.raw`^\s*(?:[Tt]he|(Its))\s+(?:official\s+|formal\s+)?(${CEREMONY})\s+(?:took\s+place|was\s+held|happened|was)\s+(?:on|in)\s+(?:the\s+)?$`, "u");
/** "the inauguration of the bridge took place on", "The opening of the new tunnel was on": the phase of a thing a pointer names (date-thing.ts reads a name). */
const CEREMONY_OF = new RegExp(String.raw`(?:^|[^\p{L}])[Tt]he\s+(?:official\s+|formal\s+)?(${CEREMONY})\s+of\s+(?=the\s)([^,;:()]{2,80}?)(?:\s+(?:took\s+place|was\s+held|happened|was))?\s+(?:on|in)\s+(?:the\s+)?$`, "u");
/** A wire photo's caption: "... during the opening ceremony, Croatia, 26 July 2022", "at the inauguration of X in Y, Country, Tuesday, July 26, 2022". */
const CAPTION = new RegExp(String.raw`\b(?:during|at)\s+(?:the|an|its)\s+(?:official\s+)?(${CEREMONY})(?:\s+of\s+([^,;:()]{2,80}?))?(?:\s+in\s+|\s*,\s*)(?:\p{Lu}[\p{L}’'.-]*(?:[ -]\p{Lu}[\p{L}’'.-]*){0,3}\s*,\s*){1,3}$`, "u");
const NAMED_THING = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(${NAME})\s+(?:${anyCase(THINGS)})(?![\p{L}])`, "gu");

/** A ceremony's date: the sentence about it, or a caption's. */
export function ceremony(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const before = text.slice(sentence.start, mention.start);
  const was = CEREMONY_WAS.exec(before);
  if (was) {
    const thing = was[1] ? previousThing(text, sentence.start) ?? leadThing(text) : leadThing(text);
    return thing && (!/ceremon/i.test(was[2]!) || !VENUE.test(thing.text)) ? phaseReading(thing, was[2]!, CEREMONIES.get(norm(was[2]!))!, "subject.thing-date-ceremony") : null;
  }
  const of = /\sof\s+the\s/.test(before) ? CEREMONY_OF.exec(before) : null;
  if (of) {
    const objAt = sentence.start + of.index + of[0].indexOf(of[2]!, of[0].indexOf(of[1]!) + of[1]!.length);
    const thing = objectThing(text, objAt, objAt + of[2]!.length);
    return thing ? phaseReading(thing, of[1]!, CEREMONIES.get(norm(of[1]!))!, "subject.thing-date-ceremony") : null;
  }
  const caption = CAPTION.exec(before);
  if (!caption) return null;
  let thing: ScopeEntity | null = null;
  if (caption[2]) {
    const objAt = sentence.start + caption.index + caption[0].indexOf(caption[2], caption[0].indexOf(caption[1]!) + caption[1]!.length);
    thing = objectThing(text, objAt, objAt + caption[2].length);
  } else {
    // The one made thing the caption names before the ceremony.
    const named = new Map<string, ScopeEntity>();
    for (const m of before.slice(0, caption.index).matchAll(NAMED_THING)) {
      const found = thingOf(m[0].replace(/^The\s+/, ""));
      if (found?.kind === "named") named.set(found.id, { ...found, text: m[0].replace(/^The\s+/, "") });
    }
    thing = named.size === 1 ? [...named.values()][0]! : null;
  }
  if (!thing || VENUE.test(thing.text)) return null;
  return phaseReading(thing, caption[1]!, CEREMONIES.get(norm(caption[1]!))!, "subject.thing-date-caption");
}
