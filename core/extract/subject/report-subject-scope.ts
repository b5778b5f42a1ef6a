import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import kindData from "./data/thing-dimensions.js";
import { FIGURE_WORDS } from "./data/report-subject-words.js";
import { gazetteerPlace } from "./gazetteer.js";
import { mainThing } from "./named-main.js";
import { candidates, clauseThing, THINGS, thingOf } from "./named-thing.js";
import type { Reading } from "./reading.js";
import { STORY_NAME, storyNames } from "./story-names.js";

/**
 * What a report is about, as the scope of a figure no subject step framed (report-subject.ts): the
 * one thing the figure's clause names, else the report's main named thing (named-main.ts), else the
 * one thing its headline names, else (for a physical measure, not a sum) its story's distinctive names (story-names.ts). A name of kind
 * nouns and plain words alone ("bridge", "National Highway") is no one thing's; a thing's figure in
 * a sentence that names a known place ("through the territory of Kyrgyzstan") may be that place's part.
 * @example reportScope(readingOf("The skyscraper dubbed “Mohammed VI Tower” will reach 984 feet")) // [{ kind: "named", id: "mohammed-vi", ... }]
 */
export function reportScope(r: Reading, measure: string): ScopeEntity[] {
  // "the Afghan city of Ghazni on Thursday, just 150km from Kabul": what a distance from a place
  // locates is the story's place, which its names carry; a name in the clause is mostly the actor's.
  if (measure.startsWith(DISTANCE_FROM)) return storyNamesOf(r);
  const scope = readScope(r).filter((entity) => entity.kind !== "named" || entity.id.startsWith(STORY_NAME) || !plainName(entity.id));
  const [only] = scope;
  const thing = scope.length === 1 && only!.kind === "named" && !only!.id.startsWith(STORY_NAME);
  return thing && placeInSentence(r.input.text, r.input.sentence, r.input.mention.start, only!.id) ? [] : scope;
}

/** A name of kind nouns and plain words alone ("bridge", "largest-hydro-power", "national-highway"): no one thing's. */
function plainName(id: string): boolean {
  return id.split("-").every((word) => KIND_WORDS.has(word) || PLAIN.has(word) || /^\d+$/.test(word));
}

/** The kind nouns of things ("bridge", "tower", "railway line"): named-thing.ts THINGS and data/thing-dimensions.ts kinds. */
export const THING_KINDS: readonly string[] = [...THINGS, ...kindData.kinds.flat()];

const KIND_WORDS: ReadonlySet<string> = new Set(THING_KINDS.flatMap((k) => k.split(/\s+/)));
const PLAIN: ReadonlySet<string> = new Set(FIGURE_WORDS.plainWords);

/** The thing its own clause names, else the report's main named thing, else its headline's, else its story's names. */
function readScope(r: Reading): ScopeEntity[] {
  const { text, sentence, mention } = r.input;
  const own = clauseThing(text, sentence, mention.start, mention.end, false);
  // Two names in the clause: which one the figure measures is not known.
  if (own === null) return [];
  if (own) return [own.thing];
  const main = mainThing(r.input.text);
  if (main) return [main.thing];
  const headline = headlineThing(text);
  if (headline) return [headline];
  // A sum is a thing's (what it cost): the places a story names tell no thing apart ("the new bridge
  // replaces the British-era Pamban Railway Bridge").
  return mention.dimension !== "money" ? storyNamesOf(r) : [];
}

/** The report's story names (story-names.ts), without its other scope entities. */
function storyNamesOf(r: Reading): ScopeEntity[] {
  const context = r.input.context;
  return context ? storyNames(context).filter((n) => n.id.startsWith(STORY_NAME)) : [];
}

/** The measure of a distance told from a named place (distance-from.ts distanceFromPlace). */
const DISTANCE_FROM = "distance.from-";

/**
 * The one thing a report's headline (its first line) names ("Bridge over the Chacao channel
 * approved", "China-Kyrgyzstan-Uzbekistan Railway Built Within 5 Years"), not a place, and named
 * again below it: what the report is about. A first sentence is no headline: "The new bridge
 * replaces the British-era Pamban Railway Bridge" is about the new one.
 */
function headlineThing(text: string): ScopeEntity | null {
  const line = HEADLINE.exec(text);
  if (!line) return null;
  const end = line[0].length;
  // A title-case headline runs a name into the words after it: the name ends at its kind noun.
  const things = candidates(text, 0, end, false).map((f) => {
    const words = text.slice(f.span.start, end);
    const kind = KIND_IN_NAME.exec(words);
    return kind ? thingOf(words.slice(0, kind.index + kind[0].length)) : null;
  }).filter((t): t is ScopeEntity => t?.kind === "named");
  const ids = new Set(things.map((t) => t.id));
  if (ids.size !== 1) return null;
  const body = text.slice(end).toLowerCase();
  const words = things[0]!.id.split("-").filter((w) => !KIND_WORDS.has(w));
  return words.length > 0 && words.every((w) => body.includes(w)) ? things[0]! : null;
}

/** A kind noun closing a thing's name ("Railway", "Tower", "Dam"), at most four words in. */
const KIND_IN_NAME = new RegExp(String.raw`^(?:[\p{L}\p{N}’'.&-]+\s+){0,4}?(?:${THING_KINDS.join("|")})s?(?![\p{L}])`, "iu");

/** A first line of up to 200 characters, ended by a line break. */
const HEADLINE = /^[^\n]{1,200}\n/u;

/**
 * "The cost of building a railway line through the territory of Kyrgyzstan is estimated at": a known
 * place the words before the figure name, whose part the figure may be; not one a superlative
 * ranks the thing in ("the tallest in Africa") nor one of a clause after the figure.
 */
function placeInSentence(text: string, sentence: Span, at: number, thing: string): boolean {
  const before = text.slice(sentence.start, at);
  for (const m of before.matchAll(PLACE_WORDS)) {
    const place = gazetteerPlace(m[1]!);
    if (place && place !== thing && !SUPERLATIVE.test(before.slice(Math.max(0, m.index! - 30), m.index))) return true;
  }
  return false;
}

/** "the tallest", "Africa's largest dam": a superlative before a place ranks the thing there. */
const SUPERLATIVE = /\b\p{L}+est(?:\s+[\p{L}-]+){0,2}\s*$/u;

const PLACE_WORDS = /\b(?:in|through|across|within|inside|territory\s+of)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu;

