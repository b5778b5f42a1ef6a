import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import kindData from "./data/thing-dimensions.js";
import { KIND_MODIFIERS, MEASURED_KINDS } from "./data/measure-slots.js";
import { anyCase, wordAlternation as alt } from "./alternation.js";
import { thingOf } from "./named-thing.js";

/**
 * Which named thing a figure of a measure is of, as a reader finds it (measure-slot.ts): the one
 * named thing of its sentence ("The Chacao Bridge length will be 2,574 m", "The Qamchiq Tunnel,
 * which is 19.2 kilometers long"), else the report's main thing when the clause speaks of it, else
 * the one named thing of the kind its clause points at ("the bridge", "the dam") that the report
 * names, else for "it" / "its" the report's one named thing. A name is capitalised words ending or
 * opening with a kind noun (data/thing-dimensions.ts kinds, data/measure-slots.ts MEASURED_KINDS);
 * two names where one is looked for give nothing.
 */

const GROUPS: readonly (readonly string[])[] = [...kindData.kinds, ...MEASURED_KINDS];
const GROUP_OF = new Map<string, number>(GROUPS.flatMap((group, i) => group.map((noun) => [noun, i] as [string, number])));
const KINDS = anyCase(GROUP_OF.keys());
const CAP = String.raw`\p{Lu}[\p{L}\p{N}’'-]*(?<![’']s)`;
/** "the Pelješac Bridge", "Kampala-Entebbe Expressway", "Noor Ouarzazate solar plant": capitals, at most two words of a kind's modifiers, a kind. */
const ENDING = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${CAP}\s+){1,4}(?:(?:${alt(KIND_MODIFIERS)})\s+){0,2}(?:${KINDS})s?(?![\p{L}])`, "gu");
/** "Lake Chad", "Mount Bellamy", "Port of Chancay": a kind opening the name. */
const LEADING = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:Lake|Mount|Port\s+of|Port)\s+(?:the\s+)?${CAP}(?:\s+${CAP}){0,2}`, "gu");
const OPENER = /^(?:The|A|An|This|That|In|At|On|From|To|With|And|But|Its|Their)\s+/u;
const POINTER = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,3}?(${KINDS})s?(?![\p{L}])`, "u");
const IT = /(?<![\p{L}])(?:It|it|Its|its)(?![\p{L}])/u;

/** One named thing found in a text, with its kind group. */
interface Named {
  thing: ScopeEntity;
  group: number | undefined;
  /** Where the name starts in the text read. */
  start: number;
}

/** The kind group of a name: its last kind noun's ("Maputo-Katembe bridge": bridge). */
function groupOf(words: string): number | undefined {
  const lower = words.toLowerCase();
  let found: number | undefined;
  let at = -1;
  for (const [noun, group] of GROUP_OF) {
    const i = lower.lastIndexOf(noun);
    if (i > at && new RegExp(String.raw`(?<![\p{L}])${noun}s?(?![\p{L}])`, "u").test(lower.slice(i))) [found, at] = [group, i];
  }
  return found;
}

/** The named things of a stretch of text, each once. */
export function namedThings(text: string): Named[] {
  const out = new Map<string, Named>();
  for (const pattern of [LEADING, ENDING]) {
    for (const hit of text.matchAll(pattern)) {
      let words = hit[0];
      for (let opener = OPENER.exec(words); opener; opener = OPENER.exec(words)) words = words.slice(opener[0].length);
      const thing = thingOf(words);
      if (!thing || thing.kind !== "named" || !/\s|-/u.test(words.trim()) || out.has(thing.id)) continue;
      out.set(thing.id, { thing, group: groupOf(words), start: hit.index! + hit[0].length - words.length });
    }
  }
  return [...out.values()];
}

/** How many characters after a figure a name it modifies may start ("the 51.4 km Kampala-Entebbe Expressway"). */
const MODIFIED_REACH = 12;

/** The one thing of a list, or undefined for none or several. */
const one = (things: readonly Named[]): ScopeEntity | undefined => (things.length === 1 ? things[0]!.thing : undefined);

/**
 * The named thing a figure's clause measures, or undefined when none or several may be.
 * @example measuredThing(body, sentence, "The Chacao Bridge length will be")?.id // "chacao-bridge"
 */
export function measuredThing(body: string, sentence: Span, figure: Span, clause: string, main?: ScopeEntity): ScopeEntity | undefined {
  // A name before the figure (its clause's subject) or right after it ("the 923m Kazungula bridge"); one told after, further on, is another thing compared.
  const [before, after] = [figure.start - sentence.start, figure.end - sentence.start + MODIFIED_REACH];
  const own = one(namedThings(body.slice(sentence.start, sentence.end)).filter((n) => n.start < before || n.start <= after));
  if (own ?? main) return own ?? main;
  const all = namedThings(body);
  const pointer = POINTER.exec(clause);
  if (pointer) return one(all.filter((n) => n.group === GROUP_OF.get(pointer[1]!.toLowerCase().replace(/\s+/gu, " "))));
  return IT.test(clause) ? one(all) : undefined;
}
