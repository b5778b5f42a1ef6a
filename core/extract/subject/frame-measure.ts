import type { FramePart } from "../../model.js";
import type { Span } from "../span.js";
import measures from "./data/measures.js";
import nounSynonyms from "./data/noun-synonyms.js";
import { demonymPlace } from "./places.js";
import type { Reading, SubjectInput } from "./reading.js";
import { substanceAct } from "./substance-act.js";

/**
 * The measure part of a frame: what is counted or measured, as a class of data/measures.json,
 * so "wounded" and "injured", "dead" and "killed", "Syrians under temporary protection" and
 * "Syrian refugees" meet. A status phrase around the counted words decides first (a
 * protection or asylum status is the refugee class, "fled their homes" the displaced), then
 * a casualty word, then the counted noun's class, else the noun itself. A dimension of a
 * thing is "<dimension>.<thing>": "height.tower", "depth.strip", "share.territory". A noun no
 * class of data/measures.ts names is known by its synonyms (data/noun-synonyms.ts, from WordNet:
 * "freight" and "cargo", "pupils" and "students"), never by a kind of it: a part stays a part.
 */

/** The thing of every storey count that names its thing: `floors.building`. */
export const STOREYED = "building";

const NOUN_CLASS = new Map<string, string>();
for (const [cls, nouns] of Object.entries(measures.nouns)) for (const noun of nouns) NOUN_CLASS.set(noun, cls);

const NATIONALITY = new Set<string>(measures.nationality);

const PHRASE_CLASS = new Map<string, string>();
for (const [cls, phrases] of Object.entries(measures.phrases)) for (const p of phrases) PHRASE_CLASS.set(p, cls);
/** All phrases in one alternation, longest first, matched once per window. */
const PHRASES = new RegExp(String.raw`\b(?:${[...PHRASE_CLASS.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, String.raw`\s+`)).join("|")})\b`, "gi");

/**
 * The class of a counted noun (singular), or undefined: "soldier" -> "troop".
 * @example nounClass("serviceman") // "troop"
 */
export function nounClass(noun: string): string | undefined {
  return NOUN_CLASS.get(noun);
}

/**
 * @example measureClass(reading).id // "injured" for "28 wounded"
 */
export function measureClass(r: Reading): FramePart {
  const subject = r.subject!;
  const text = r.input.text;
  const words = wordsSpan(r);
  const phrase = phraseClass(text, words, r.input.sentence);
  let cls = phrase?.cls ?? (r.casualty ? r.casualty.kind : countedClass(subject.head));
  // "196 Dutch citizens", "154 Dutch passengers": people of one nationality, however they are called.
  const counted = r.input.mention.kind === "quantity" && (!r.input.mention.dimension || r.input.mention.dimension === "count");
  if (!phrase && !r.casualty && counted && NATIONALITY.has(subject.head) && ofNationality(r)) cls = "national";
  // "a 66-room hotel", "an eight-lane highway": a count glued to its noun counts that noun ("80 rooms", "six lanes"), not the noun after.
  const glued = !phrase && !r.casualty && counted && !subject.measure ? gluedNoun(text, r.input.mention) : undefined;
  if (glued) cls = countedClass(glued);
  // "fled" counts the displaced unless a phrase says they left the country.
  // What has storeys is a building, whatever an outlet calls it ("a 24-storey residential block", "the 23-storey building").
  if (subject.measure === "floors") cls = STOREYED;
  if (subject.measure) cls = `${subject.measure}.${cls}`;
  // "5,000 liters of oil were found" and "was carrying 2.1 million liters of oil": recovered and carried.
  const act = subject.measure === "volume" || subject.measure === "weight" ? substanceAct(text, r.input.mention.start, Math.max(words.end, r.input.mention.end), r.input.sentence) : undefined;
  if (act) cls = `${cls}.${act}`;
  const source = phrase?.text ?? (r.casualty ? text.slice(r.casualty.span.start, r.casualty.span.end) : text.slice(words.start, words.end));
  return { id: cls, text: source.trim() || subject.text };
}

/** A counted noun's class: the project's own classes first, then its WordNet synonyms', else the noun. */
function countedClass(head: string): string {
  const synonym = Object.hasOwn(nounSynonyms, head) ? nounSynonyms[head]! : undefined;
  return NOUN_CLASS.get(head) ?? (synonym === undefined ? head : NOUN_CLASS.get(synonym) ?? synonym);
}

/** The noun a count is glued to by a hyphen, when it is the count's unit: "room" of "66-room". */
function gluedNoun(text: string, mention: SubjectInput["mention"]): string | undefined {
  const unit = mention.unit?.toLowerCase();
  if (!unit) return undefined;
  const written = text.slice(mention.start, mention.end).toLowerCase();
  return written.endsWith(`-${unit}`) ? unit : undefined;
}

/** Whether the counted words name a nationality: "Dutch passengers", "Afghans" (a group read from a demonym). */
function ofNationality(r: Reading): boolean {
  const group = r.subject!.group;
  if (group) return demonymPlace(group) !== null;
  return (r.phrase?.words ?? []).slice(0, -1).some((word) => /^\p{Lu}/u.test(word.text) && demonymPlace(word.text) !== null);
}

/** The words a head was read from: the counted phrase, the noun phrase, or the clause subject. */
function wordsSpan(r: Reading): Span {
  const span = r.countedSpan ?? r.phrase ?? r.headSpan ?? r.casualty?.span;
  return span ? { start: span.start, end: span.end } : { start: r.input.mention.start, end: r.input.mention.end };
}

/**
 * A status phrase inside the counted words or right after them, in the same clause:
 * "Syrians under temporary protection", "the death toll", "lives lost".
 */
function phraseClass(text: string, words: Span, sentence: Span): { cls: string; text: string } | null {
  const from = Math.max(sentence.start, words.start - 12);
  const after = /^[^,;:.!?()]{0,70}/.exec(text.slice(words.end, Math.min(sentence.end, words.end + 70)))?.[0] ?? "";
  const window = text.slice(from, words.end) + after;
  // The phrase reaching furthest wins: "the number of dead or missing" is dead or missing, not dead.
  let m: RegExpExecArray | null = null;
  PHRASES.lastIndex = 0;
  // Only phrases overlapping the first one: "... at 30 and the number of injured at 47" is still the toll's.
  for (let found = PHRASES.exec(window); found && (!m || found.index < m.index + m[0].length); found = PHRASES.exec(window)) {
    if (!m || found.index + found[0].length > m.index + m[0].length) m = found;
    PHRASES.lastIndex = found.index + 1; // overlapping: "number of dead" holds the start of "dead or missing"
  }
  const cls = m ? PHRASE_CLASS.get(m[0].toLowerCase().replace(/\s+/g, " ")) : undefined;
  return m && cls ? { cls, text: m[0] } : null;
}
