import type { Claim, ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import { DISTANCE_FROM, NOT_PLACE_WORDS } from "./data/measure-slots.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import { wordAlternation as alt } from "./alternation.js";

/**
 * How far one named place lies from another, as two reports of one story tell it ("Nove Zamky,
 * 110 km east of the capital Bratislava" / "the town of Nove Zamky, about 80 kilometers east of
 * the capital Bratislava"): a distance that holds at any time, the same measure whichever event
 * the reports are of. The thing measured is the pair of places: the nearest name before the
 * figure in its clause, and the name the distance is counted from. A distance from "the site" or
 * "the border", or with no name before it, is none.
 */

const CAP = String.raw`\p{Lu}[\p{L}’'-]*`;
const NAME = String.raw`${CAP}(?:[\s-]+${CAP}){0,2}`;
/** "east of the capital Bratislava", "from Stockholm", "northwest of Podgorica", "(185 miles) east of Istanbul". */
const FROM = new RegExp(String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:${alt(DISTANCE_FROM)})\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:capital|city|town)(?:\s+of)?,?\s+)?(${NAME})`, "u");
/** The names of a clause before the figure, nearest last. */
const NAMES = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])${NAME}`, "gu");
/** A word opening a name that is no place: "The", "Police", a month or a weekday ("Monday", not "MONDAY"). */
function notPlace(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_PLACE_WORDS.has(word) || (MONTHS_AND_DAYS.has(lower) && word === `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`);
}

/** Letters without their marks, lowercase: "Brăila" -> "braila". */
export const plain = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Letters without marks, words joined: "Örebro" -> "orebro". */
const slug = (name: string) => plain(name).replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/gu, "");

/**
 * The places a distance is between, as a thing (`orebro-from-stockholm`), or undefined when the
 * figure is no distance between two named places.
 * @example distanceThing(body, sentence, claimOf("160 kilometers"))?.id // "orebro-from-stockholm"
 */
export function distanceThing(body: string, sentence: Span, claim: Claim): ScopeEntity | undefined {
  if (claim.dimension !== "length") return undefined;
  const from = FROM.exec(body.slice(claim.end, Math.min(sentence.end, claim.end + 80)));
  if (!from) return undefined;
  const before = body.slice(sentence.start, claim.start);
  // The clause the figure sits in: back to a semicolon or a sentence's opening.
  const clause = before.slice(Math.max(before.lastIndexOf(";"), 0));
  const names = [...clause.matchAll(NAMES)].map((m) => m[0]).filter((n) => !notPlace(n.split(/\s+/u)[0]!));
  const place = names.at(-1);
  if (place === undefined || slug(place) === slug(from[1]!)) return undefined;
  return { kind: "named", id: `${slug(place)}-from-${slug(from[1]!)}`, text: `${place} from ${from[1]}` };
}
