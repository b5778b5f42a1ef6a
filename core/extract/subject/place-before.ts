import type { ScopeEntity } from "../../model.js";
import { placeEntity, slugOf } from "./frame-scope.js";
import { gazetteerPlace, placesAround } from "./gazetteer.js";
import { MONTHS_AND_DAYS } from "./lexicon.js";
import placeWords from "./data/place-words.js";
import type { Reading } from "./reading.js";

/** Figures written as words that may open a count: "twenty-five people were killed and ...". */
const NUMBER_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?|dozens|hundreds|thousands)`;

/** "In <Place>," right before a figure; "in China, where four deaths were reported": a where clause's count is that place's. */
export const PLACE_BEFORE = /(?:^|[\s,;(])[Ii]n\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}),?\s*(?:where\s+)?$/u;

/**
 * "director of Khost province said that 25 people were killed": the official of a named
 * division gives its count (data/place-words.ts 'areas'), that division's part of the toll.
 */
const OFFICIAL_OF = new RegExp(String.raw`\bof\s+(?:the\s+)?(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})\s+(?:${placeWords.areas.join("|")})\s+(?:said|says|told\s+[\p{L}\s]{1,30}?)\s+(?:that\s+)?$`, "u");

/**
 * "director of Khost province said that 25 people were killed and 95 others were injured": a count
 * joined by "and" to the clause of a count just told shares that count's place (an "In <Place>," or
 * an official's division before it), unless the clause between names a place of its own ("in Paktia").
 */
const JOINED = new RegExp(String.raw`(?:^|[\s(])(?:\d[\d,.]*|${NUMBER_WORDS})\s+(?:[\p{Ll}-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|are|died|have\s+died)\s+(?:[\p{Ll}-]+\s*){0,2},?\s+and\s+$`, "u");

function coordinatedWith(before: string): RegExpExecArray | null {
  const joined = JOINED.exec(before);
  if (!joined) return null;
  const earlier = before.slice(0, joined.index + (/^[\s(]/.test(joined[0]) ? 1 : 0));
  return PLACE_BEFORE.exec(earlier.slice(-60)) ?? OFFICIAL_OF.exec(earlier.slice(-100));
}

/** The place of an "In <Place>," right before the figure, as a scope entity. */
export function placeBefore(r: Reading): ScopeEntity | null {
  const { text, sentence, mention } = r.input;
  const before = text.slice(Math.max(sentence.start, mention.start - 60), mention.start);
  const m = PLACE_BEFORE.exec(before) ?? OFFICIAL_OF.exec(text.slice(Math.max(sentence.start, mention.start - 100), mention.start)) ?? coordinatedWith(text.slice(sentence.start, mention.start));
  const name = m?.[1]!.replace(/[’']s$/, "");
  if (!name || MONTHS_AND_DAYS.has(name.toLowerCase()) || /^(?:The|A|An|This|That|Its|Their)$/.test(name)) return null;
  // "Death Toll In Nice Rises To 84": in a title-case line the known place is the name, not the words after it.
  const words = name.split(/\s+/);
  const known = words.map((_, i) => words.slice(0, words.length - i).join(" ")).find((prefix) => gazetteerPlace(prefix));
  const place = known ? gazetteerPlace(known) : null;
  return place ? { kind: "place", id: place, text: known!, within: placesAround(place) } : placeEntity(slugOf(name), name, text, sentence);
}
