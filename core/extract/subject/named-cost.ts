import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import { classOf, QUAL } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { bareName, NAME, placeAndKind, thingOf } from "./named-thing.js";
import { lowercaseKind } from "./named-kind.js";

/**
 * The cost of a built thing the story is about, in the shapes news writes it: a sum before the
 * thing ("the Rs 277.67-crore project", "The $817 million third-intake project", "the Rs 950
 * crore Bogibeel bridge"), a thing "worth" a sum ("The concrete bridge worth rupees 12 crores"),
 * and a cost verb with the thing as the clause's subject ("The bridge was built at a cost of over
 * Rs 13 crore", "Constructed at a cost of Rs 58 crore, the bridge will ..."). The thing is the
 * name written with the sum, else the story's one named thing of the kind ("the Sattarghat
 * Bridge"), else the story's thing of that kind, which only the story's names tie to another
 * report ("cost.bridge"). A part's cost ("the approach road of the bridge", "the first phase")
 * is no cost of the whole and gives nothing.
 */

const KINDS = Object.keys(data.costKinds);
/** The kinds as written in a sentence or a headline: "bridge", "Bridge". */
const KIND = alt(KINDS.flatMap((k) => [k, k[0]!.toUpperCase() + k.slice(1)]));
/** Right after the sum: a unit glued on, up to two modifiers or a name, the thing. */
// "inaugurates $9bn 'new' Suez Canal": a modifier may stand in quotes.
const COMPOUND_AFTER = new RegExp(String.raw`^(?:-\s*(?:crore|lakh|million|billion))?\s+(?:['‘’"“”]?[\p{Ll}-]+['‘’"“”]?\s+){0,2}?(?:(${NAME})\s+)?(?:[\p{Ll}-]+\s+){0,2}?(${KIND})(?![\p{L}-])(?!\s+(?:${alt(data.costNotThing)})\b)`, "u");
/** What may stand before "the sum and the thing": an article, an apposition's comma, or a headline's verb of opening ("Egypt inaugurates $9bn 'new' Suez Canal"). */
const ARTICLE_BEFORE = /(?:\b(?:the|a|an|its|this|that)\s+|,\s*|\b(?:inaugurates?|inaugurated|opens|opened|unveils|unveiled)\s+)$/i;
// "the Koilwar bridge over Sone river (tributary of Ganga) in Bihar worth Rs 266 crore": where the thing is may stand between.
const WORTH_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${KIND})(?:\s+(?:over|across|on|in|at|near|between|linking|connecting)\s+[^,;.]{1,70}?)?\s+worth\s+(?:of\s+)?${QUAL}$`, "u");
/** "Constructed at a cost of Rs 58 crore, the bridge": a fronted participle, the thing after the comma. */
const FRONTED = /^\s*(?:Built|Constructed|Completed|Erected|Developed)\b[^,;]*$/i;
const AFTER_COMMA = new RegExp(String.raw`^[^,;]{0,40},\s+(?:(?:the|this|a|an|The|This|A|An)\s+)?(?:[\p{L}-]+\s+){0,2}?(${KIND})(?![\p{L}-])`, "u");
/** The clause's thing before a cost verb: "The bridge was built at", "The dam is being built by ... at a cost of". */
const SUBJECT_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:the|this|that|a|an|its|The|This|That|A|An|Its)\s+((?:[\p{L}\p{N}.,-]+\s+){0,3}?)(${KIND})(?![\p{L}-])`, "gu");
/** A kind word that only names the cost after it ("a project cost of"). */
const COST_NOUN_AFTER = /^\s+cost\s+of\b/i;
/** Modifiers that are a name: "The Padma Bridge", "the Gordie Howe International Bridge". */
const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{N}’'.&-]*\s+)+$/u;
/** Words that make the sum a part's or a piece of work's, not the whole thing's cost. */
const PART = new RegExp(String.raw`\b(?:${alt(data.costParts)})\b`, "i");

const NEW = ["new", "newer"];

/** Patterns of one kind of thing, compiled once per kind (the kinds are data, so few). */
const PATTERNS = new Map<string, RegExp>();
function pattern(key: string, source: () => string, flags: string): RegExp {
  let found = PATTERNS.get(key);
  if (!found) PATTERNS.set(key, (found = new RegExp(source(), flags)));
  return found;
}

const TITLE_WORD = /\s(?:Of|For|In|On|At|To|And|With|By|After|Before|Over)\s/;

interface KindAt { kind: string; span: Span; name?: string }

/** The thing of a sum of money, by the shapes above, or null. */
function kindOf(text: string, sentence: Span, m: Mention): KindAt | null {
  const before = text.slice(sentence.start, m.start);
  const after = text.slice(m.end, Math.min(sentence.end, m.end + 80));
  const compound = ARTICLE_BEFORE.test(before) ? COMPOUND_AFTER.exec(after) : null;
  if (compound) {
    const start = m.end + compound[0].length - compound[2]!.length;
    const name = compound[1] ? bareName(compound[1]) : undefined;
    return { kind: compound[2]!.toLowerCase(), span: { start, end: start + compound[2]!.length }, ...(name ? { name: `${name} ${compound[2]!}` } : {}) };
  }
  const worth = WORTH_BEFORE.exec(before);
  if (worth) return at(sentence.start + worth.index + worth[0].indexOf(worth[1]!), worth[1]!);
  if (classOf(text, sentence, m)?.cls !== "cost" || PART.test(before)) return null;
  if (FRONTED.test(before)) {
    const thing = AFTER_COMMA.exec(after);
    return thing ? at(m.end + thing[0].length - thing[1]!.length, thing[1]!) : null;
  }
  // "The construction of the bridge began in 2011 at a project cost of": "project" names the cost, the bridge is the thing.
  const subjects = [...before.matchAll(SUBJECT_BEFORE)];
  const things = subjects.filter((hit) => !COST_NOUN_AFTER.test(before.slice(hit.index! + hit[0].length)));
  const subject = (things.length > 0 ? things : subjects).at(-1);
  if (!subject) return null;
  const kind = at(sentence.start + subject.index! + subject[0].length - subject[2]!.length, subject[2]!);
  // "The Padma Bridge was built at": the clause names its thing.
  return CAPITALISED.test(subject[1]!) && /^\p{Lu}/u.test(subject[2]!) ? { ...kind, name: `${subject[1]!}${subject[2]!}` } : kind;
}

function at(start: number, word: string): KindAt {
  return { kind: word.toLowerCase(), span: { start, end: start + word.length } };
}

/** The story's one named thing of a kind ("Sattarghat Bridge"), or null when it names none or several. */
function storyNamed(text: string, kind: string): { words: string; start: number } | null {
  const endings = data.costKinds[kind] ?? [];
  if (endings.length === 0) return null;
  const found = new Map<string, { words: string; start: number }>();
  for (const hit of text.matchAll(pattern(`named|${kind}`, () => String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}’'.&-]*\s+){1,3}(?:${endings.join("|")})(?![\p{L}])`, "gu"))) {
    // "Part Of Bridge Built For Rs 12 Crore": a headline's capitals are no name.
    if (TITLE_WORD.test(hit[0]) || placeAndKind(hit[0])) continue;
    const thing = thingOf(hit[0]);
    if (thing && thing.kind === "named") found.set(thing.id, { words: hit[0], start: hit.index! });
  }
  if (found.size === 0) {
    // "the Koilwar bridge": a name with a lowercase ending (named-kind.ts).
    const loose = lowercaseKind(text, kind);
    return loose ? { words: text.slice(loose.span.start, loose.span.end), start: loose.span.start } : null;
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * The cost of the built thing a sum of money is told of, or null.
 * @example namedCost("The bridge was built at a cost of over Rs 13 crore.", sentence, mentionOf("over Rs 13 crore"))?.cls // "cost.bridge"
 */
export function namedCost(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  if (m.dimension !== "money" || m.change) return null;
  const found = kindOf(text, sentence, m);
  // "the new bridge replaces the British-era Pamban Railway Bridge", "the old bridge was dilapidated": with an old and a new
  // one, which one the story's is unknown; "the new bridge" alone is the story's bridge.
  if (!found) return null;
  let one: ReturnType<typeof storyNamed> | undefined;
  const storyOne = () => (one === undefined ? (one = storyNamed(text, found.kind)) : one);
  const told = (which: string, words: readonly string[]) =>
    pattern(`${which}|${found.kind}`, () => String.raw`(?<![\p{L}-])(?:${alt(words)})\s+(?:[\p{L}-]+\s+)?${found.kind}\b`, "iu").test(text);
  if (!found.name && (told("other", data.otherOfKind) || (told("new", NEW) && storyOne()))) return null;
  const own = found.name ? thingOf(found.name) : null;
  if (own && own.kind === "named") return { cls: "cost", words: found.name!, thing: own, span: { start: found.span.end - found.name!.length, end: found.span.end } };
  const named = storyOne();
  const thing = named ? thingOf(named.words) : null;
  if (named && thing) return { cls: "cost", words: named.words, thing, span: { start: named.start, end: named.start + named.words.length } };
  const words = text.slice(found.span.start, found.span.end);
  return { cls: `cost.${found.kind}`, words, thing: { kind: "named", id: found.kind, text: words }, span: found.span, story: true };
}
