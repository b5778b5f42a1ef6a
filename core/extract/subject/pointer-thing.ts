import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import { QUAL } from "./named-class.js";
import { gazetteerPlace } from "./gazetteer.js";
import { lowercaseKindNames } from "./kind-names.js";
import { candidates, type FoundThing, NAME, previousSentence, thingOf } from "./named-thing.js";

/**
 * The named thing a pointer stands for when a measure's sentence names none: "It's 145m high",
 * "the bridge is 12,828 ft long", "this stadium has a capacity of 40,000", "her displacement of
 * 148,528 gross tons", "With a seating capacity of 66,349, it is ...". News and reference writing
 * name a thing once and point back at it: the pointer is the thing the sentences before open with
 * (following "It ..." / "The bridge ..." back up to four sentences), or, for a common noun of a
 * kind ("the dam"), the story's one named thing of that kind. A name between the pointer and the
 * figure, two named things of the kind, or a "new"/"old" one of it give nothing.
 */

const NOUNS = Object.keys(data.pointerKinds);
/** "…, it is", "…, the stadium hosts": a pointer opening the main clause after a fronted frame with the figure. */
const POINTER_AFTER = new RegExp(String.raw`^[^,;()]{0,40},\s+(?:(?:it|she)|(?:the|this|that)\s+(${alt(NOUNS)}))(?![\p{L}])`, "iu");
/** A sentence opening with a pointer ("It was completed", "The bridge is", "Established in 1969, this stadium"). */
const OPENS_POINTING = new RegExp(String.raw`^\s*(?:[^,;.]{1,80}[,:]\s+)?(?:(?:[Ii]ts?|[Ss]he|[Hh]er)|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(${alt(NOUNS)}))(?![\p{L}])`, "u");
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:it|she)\s+(?:is|was|has|had|stands|stood|rises|rose|measures|spans|stretches|covers|weighs|seats|can)(?![\p{L}])/giu;
const OPENS_NAME = new RegExp(String.raw`^\s*(?:[Tt]he\s+)?(${NAME})`, "u");
/** "At the time of building, the Queen Mary II weighed ...": the name after a fronted phrase, when none opens the sentence. */
const FRONTED_NAME = new RegExp(String.raw`^\s*[^,;.]{1,80}[,:]\s+(?:[Tt]he\s+)?(${NAME})`, "u");
const LABELS = new Set(Object.keys(data.nounFrames).flatMap((k) => k.split(" ")));
const NOT_NAMES = new Set(data.notNames);
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu;
/** A name after these is where the thing stands, not another thing. */
const PLACED = /\b(?:in|of|at|near|on|outside|inside|across|over)\s+(?:the\s+)?$/;

interface Pointer { start: number; end: number; noun?: string }

/** The sentence's subject as a pointer: "It was completed ...", "Built to withstand storms, the bridge is ...". */
function openingPointer(text: string, from: number, to: number): Pointer | null {
  const hit = OPENS_POINTING.exec(text.slice(from, to));
  return hit ? { start: from + hit.index + hit[0].length - (hit[1] ? hit[1].length : 3), end: from + hit.index + hit[0].length, noun: hit[1]?.toLowerCase() } : null;
}

/** "its main span being 4,200 feet", "her displacement of 148,528 gross tons": a possessive pointer heading the figure's noun phrase. */
const POSSESSIVE = new RegExp(String.raw`(?<![\p{L}])(?:[Ii]ts|[Hh]er)\s+(?:[\p{Ll}-]+\s+){0,3}(?:\([^()]{0,20}\)\s*)?(?:${alt(data.frameLinks)})?\s*${QUAL}$`, "u");

/**
 * Whether a stretch holds a name that may be the thing measured instead ("to Royal Caribbean's
 * 154,407 GT Freedom of the Seas"); a place it is in ("in the Benishangul-Gumuz Region of Ethiopia") is none.
 */
function namesBetween(stretch: string): boolean {
  return [...stretch.matchAll(CAPITALISED)].some((m) => {
    const words = m[0].split(/\s+/).filter((w) => !NOT_NAMES.has(w) && !LABELS.has(w.toLowerCase()) && !/^(?:It|Its|She|Her|This|That)$/.test(w));
    return words.length > 0 && !PLACED.test(stretch.slice(Math.max(0, m.index! - 12), m.index)) && !gazetteerPlace(words.join(" "));
  });
}

/**
 * The thing a pointer in the figure's clause stands for: the sentence's opening pointer, a possessive
 * heading the figure's phrase, or a pointer opening the main clause after a fronted frame.
 * @example pointerThing("The Golden Gate Bridge is a suspension bridge. It is almost 2 miles long.", sentence, 60, 67)?.thing.id // "golden-gate"
 */
export function pointerThing(text: string, sentence: Span, start: number, end: number): FoundThing | null {
  const opening = openingPointer(text, sentence.start, start);
  let pointer = opening;
  if (!pointer && POSSESSIVE.test(text.slice(Math.max(sentence.start, start - 60), start))) pointer = { start, end: start };
  // "and on its completion in 2006 it was the largest dam, reaching a height of 185 m": "it" and its verb open the main clause.
  const subject = pointer ? null : [...text.slice(sentence.start, start).matchAll(PRONOUN_SUBJECT)].at(-1);
  if (subject) pointer = { start: sentence.start + subject.index!, end: sentence.start + subject.index! + subject[0].length };
  if (pointer && namesBetween(text.slice(pointer.end, start))) return null;
  if (!pointer) {
    const after = POINTER_AFTER.exec(text.slice(end, sentence.end));
    if (!after || namesBetween(after[0])) return null;
    pointer = { start: end, end: end + after[0].length, noun: after[1]?.toLowerCase() };
  }
  return backward(text, sentence.start, pointer.noun, 0) ?? (pointer.noun ? storyKind(text, pointer.noun) : null);
}

/** The thing the sentences before open with, following sentences that open with a pointer. */
function backward(text: string, before: number, noun: string | undefined, depth: number): FoundThing | null {
  const previous = depth < 4 ? previousSentence(text, before) : null;
  if (!previous) return null;
  const opening = text.slice(previous.start, previous.end);
  const pointing = OPENS_POINTING.exec(opening);
  if (pointing) {
    // "The dam is located ... It's 145m high": "it" is the dam the sentence before points at.
    const further = pointing[1]?.toLowerCase();
    if (further && noun && further !== noun) return null;
    return backward(text, previous.start, noun ?? further, depth + 1) ?? (!noun && further ? storyKind(text, further) : null);
  }
  const plain = OPENS_NAME.exec(opening);
  const name = plain && thingOf(plain[1]!) ? plain : FRONTED_NAME.exec(opening);
  if (!name) return null;
  const at = previous.start + name.index + name[0].length - name[1]!.length;
  // The opening name as the measure readers weigh names (speakers, modifiers, places left out).
  const found = candidates(text, at, previous.end, false)[0];
  if (!found || found.span.start !== at) return null;
  // "the bridge": the name is a bridge's ("Akashi Kaikyo Bridge"), or the sentence says it is one ("Anfield is a football stadium").
  const ends = noun ? data.pointerKinds[noun]! : [];
  const kind = !noun || ends.some((e) => found.thing.text.toLowerCase().endsWith(e.toLowerCase())) || new RegExp(String.raw`\b(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}${noun}\b`, "iu").test(opening);
  return kind ? found : null;
}

/** A kind's two patterns, made once per kind as kind-names.ts makes its own: "a new bridge", and the kind's capitalised names. */
const KIND_PATTERNS = new Map<string, { other: RegExp; names: RegExp } | null>();
function kindPatterns(noun: string): { other: RegExp; names: RegExp } | null {
  if (KIND_PATTERNS.has(noun)) return KIND_PATTERNS.get(noun)!;
  const ends = data.pointerKinds[noun]!;
  const made = ends.length === 0 ? null : {
    other: new RegExp(String.raw`\b(?:new|old|other|another|second|former|original|existing|first|older|newer)\s+${noun}\b`, "i"),
    // Global, read only by matchAll, which reads a copy: its lastIndex is never moved.
    names: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}’'.&-]*[ \t]+){1,3}(?:${ends.join("|")})(?![\p{L}])`, "gu"),
  };
  KIND_PATTERNS.set(noun, made);
  return made;
}

/** The story's one named thing of a kind (exported for the tests) ("Grand Ethiopian Renaissance Dam" or "the Koilwar bridge" for "the dam", "the bridge"), none when two or a new and an old one. */
export function storyKind(text: string, noun: string): FoundThing | null {
  const found = storyKindNames(text, noun);
  return found?.size === 1 ? [...found.values()][0]! : null;
}

/**
 * The story's names of a kind, capitalised or lowercase, each once; null when the kind has no
 * pattern or the story tells of a new and an old one.
 */
export function storyKindNames(text: string, noun: string): Map<string, FoundThing> | null {
  const patterns = kindPatterns(noun);
  if (!patterns || patterns.other.test(text)) return null;
  const found = new Map<string, FoundThing>();
  for (const hit of text.matchAll(patterns.names)) {
    const thing = thingOf(hit[0]);
    if (thing?.kind === "named" && !found.has(thing.id)) found.set(thing.id, { thing, span: { start: hit.index!, end: hit.index! + hit[0].length } });
  }
  // Many outlets write the kind in lowercase ("the Koilwar bridge"): one story's names of the kind either way,
  // so a capitalised and a lowercase name of two things give none (storyKindLoose only fell back to them).
  for (const [id, thing] of lowercaseKindNames(text, noun)) if (!found.has(id)) found.set(id, thing);
  return found;
}

/** "The main span is 1.24 miles (2 km) long": a part of a thing opening the sentence, its figure right after the verb. */
const PART_SUBJECT = new RegExp(String.raw`^\s*(?:[^,;.]{1,80},\s+)?(?:[Tt]he|[Ii]ts)\s+(${alt(Object.keys(data.partSubjects))})\s+(?:is|was|measures|measured|stretches|spans)\s+${QUAL}$`, "u");

/**
 * A part's measure whose thing is the one the sentences before open with: the part's own class
 * ("span"), never the whole's length, whatever adjective follows.
 * @example partMeasure("In Japan, the Akashi Kaikyo Bridge is 2.43 miles long. The main span is 1.24 miles long.", sentence, 71, 81)?.cls // "span"
 */
export function partMeasure(text: string, sentence: Span, start: number): { cls: string; words: string; found: FoundThing } | null {
  const hit = PART_SUBJECT.exec(text.slice(sentence.start, start));
  if (!hit) return null;
  const found = backward(text, sentence.start, undefined, 0);
  return found ? { cls: data.partSubjects[hit[1]!.toLowerCase()]!, words: hit[1]!, found } : null;
}
