import type { Span } from "../span.js";
import { placeEntity } from "./frame-scope.js";
import { buildSubject } from "./key.js";
import type { NounPhrase } from "./noun-phrase.js";
import { placeStartingAt } from "./place.js";
import type { SubjectReading } from "./index.js";
import { wordsIn } from "./words.js";

/**
 * "30 km north of Aleppo": a compass word after a distance is not what the number measures. The
 * distance is from the place named after "of", in that direction; without such a place there is
 * nothing to compare, so no subject. Read as the bare head "north", "30 km north of Aleppo" and
 * "40 km north of Idlib" would contradict each other in any story that places two towns.
 */

const COMPASS = /^(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|n|s|e|w|ne|nw|se|sw|nne|ene|ese|sse|ssw|wsw|wnw|nnw)$/i;

/**
 * Whether a noun phrase's head is a compass direction ("north", "northwest", "SSE").
 * @example isCompassHead(readNounPhrase("30 km north of Aleppo", 5, 22)) // true
 */
export function isCompassHead(phrase: NounPhrase | null): boolean {
  return phrase !== null && COMPASS.test(phrase.head.text);
}

/** "of the capital Harare", "of the city of Goma", "of the port town Kismayo": where the place's name starts. */
const KIND_OF_PLACE = /^(?:capital|city|town|village|port|provincial|state|regional|district|county|coastal|border|mining|market|commercial)$/;
function placeWordAt(words: readonly { lower: string }[]): number {
  if (words[1]?.lower !== "the") return 1;
  let j = 2;
  while (j < 5 && KIND_OF_PLACE.test(words[j]?.lower ?? "")) j++;
  if (j === 2) return 1;
  return words[j]?.lower === "of" ? j + 1 : j;
}

/**
 * The distance-from-a-place subject of "<distance> <direction> of <Place>", or null.
 * @example directionSubject("30 km north of Aleppo", sentence, northPhrase)?.subject.key // "distance|north|aleppo"
 */
export function directionSubject(text: string, sentence: Span, phrase: NounPhrase): SubjectReading | null {
  const words = wordsIn(text, phrase.end, Math.min(sentence.end, phrase.end + 60));
  if (words[0]?.lower !== "of") return null;
  const place = placeStartingAt(words, placeWordAt(words), true);
  if (!place) return null;
  const direction = phrase.head.lower.replace("-", "");
  const subject = buildSubject({ text: text.slice(phrase.start, place.end), head: "distance", measure: direction, place: place.place });
  subject.frame = {
    measure: { id: `distance.${direction}`, text: phrase.head.text },
    scope: [placeEntity(place.place, text.slice(place.start, place.end), text, sentence)],
    rules: ["subject.direction-of-place"],
  };
  return { subject, rules: ["subject.direction-of-place"] };
}
