import measures from "./data/measures.js";
import { wordAlternation } from "./alternation.js";
import type { Mention } from "../mention.js";
import type { Reading } from "./reading.js";
import { singular } from "./words.js";
import { VESSEL_PREFIX } from "./named-thing.js";

/**
 * Everyone aboard a vessel or inside a site when an event struck, one measure however it is
 * worded: "180 to 200 people had been on board the vessel", "the boat had carried about 170
 * people", "carrying 400 to 600 refugees", "467 passengers and crew", "87 people inside the mine
 * at the time of the explosion", "110 men in the mine when the blast occurred", "about 160 people
 * were on the vessel". Reports of one
 * wreck or blast give this figure differently, and without one measure they are never compared.
 * A part of those aboard keeps its own noun ("ten foreigners on board", "68 passengers" without
 * the crew): only nouns that name everyone there (data/measures.ts 'aboard') are read here.
 */

const WHOLE = new Set<string>(measures.aboard.whole);
const CREW_TOO = new Set<string>(measures.aboard.withCrew);

/** "carrying", "had carried", "ferrying": a vessel's load, right before the figure. */
const CARRIED = new RegExp(String.raw`\b(?:${wordAlternation(measures.aboard.carryVerbs)})\s+(?:an?\s+estimated\s+|some\s+|about\s+|around\s+)?$`, "i");
/** "a capacity to carry about 450 people", "designed to carry": what a vessel may hold, not who was aboard. */
const CAPACITY = /\b(?:capacity|designed|registered|licensed|permitted|allowed|able|built|meant|certified|rated|can|could|may)\s+(?:to\s+)?carry\s+(?:an?\s+estimated\s+|some\s+|about\s+|around\s+|up\s+to\s+)?$/i;
/** "on board the vessel", "in total had been aboard": where they were, after the counted noun. */
// "72 people including 4 crew members on board": an aside on who they were may come first.
// "796 people were listed as being on board" (AFP, Le Joola), "as many as 350 people are believed to have been aboard": a verb of telling may come between.
const ON_BOARD = /^(?:,?\s+including\s+[^,.;:()]{1,40}?)?(?:\s+(?:in\s+total|in\s+all|altogether|total))?(?:\s+(?:were|was|had\s+been|have\s+been|are|is|had\s+been\s+travelling|travelling|traveling))?(?:\s+(?:listed|registered|reported|thought|believed|said|estimated|feared)\s+(?:as\s+being|to\s+be|to\s+have\s+been))?\s+(?:on\s+board|onboard|aboard)\b/i;
/** "about 160 people were on the vessel", "40 people were in the bus": everyone aboard, told by where they were. */
const ON_VESSEL = new RegExp(String.raw`^\s+(?:were|was|had\s+been)\s+(?:on|in|inside)\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+)?(?:${wordAlternation(measures.aboard.vessels)})\b`, "iu");
/** "There were 456 passengers on the boat": a vessel's people told as being there, the place right after the noun. */
const THERE_WERE = /\bthere\s+(?:were|was|are|is)\s+(?:an?\s+estimated\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/i;
const IN_VESSEL = new RegExp(String.raw`^\s+(?:on|in|inside|aboard)\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+)?(?:${wordAlternation(measures.aboard.vessels)})\b`, "iu");
/** "inside the mine at the time of the explosion", "in the mine in Amasra, on the Black Sea coast, when the blast occurred". */
// "more than 30 people were inside.": inside, with no place after it, is inside the site the story tells of.
const INSIDE = /^(?:\s+(?:were|was|working|trapped|sleeping|staying))?\s+(?:(?:in|inside|within)\s+the\s+[^.;:!?]{1,80}?\b(?:at\s+the\s+time|when)\b|inside\s*(?:[.;!]|$|\s+at\s+the\s+time\b|\s+when\b))/i;
/** "an overcrowded boat with 278 passengers", "a bus carrying 40": the vessel's load right before the figure. */
// "the bus, carrying 52", "trains, which were carrying around 2,000": a comma and two words may come between.
const VESSEL_WITH = new RegExp(String.raw`\b(?:${wordAlternation(measures.aboard.vessels)}),?\s+(?:[\p{L}-]+\s+){0,2}?(?:with|carrying|carried|holding)\s+(?:an?\s+estimated\s+|some\s+|about\s+|around\s+)?$`, "iu");
/** "The MV Nyerere was carrying as many as 200 passengers", "the ferry MS Estonia, carrying 989 passengers": a vessel named by its prefix (case kept: "Ms Smith" is no ship). */
const VESSEL_NAME_WITH = new RegExp(String.raw`(?<![\p{L}])(?:${VESSEL_PREFIX})\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,2}\p{Lu}[\p{L}\p{N}-]*,?\s+(?:(?:was|is|were|had\s+been)\s+)?(?:with|carrying|carried|holding)\s+(?:[Aa]n?\s+estimated\s+|some\s+|about\s+|around\s+)?$`, "u");
/**
 * "Only 104 of the estimated 750 passengers survived", "killing 36 of the 60 people": the whole a
 * part of the people there died or survived from; the verb after it is the part's.
 */
export const WHOLE_OF = /\b(?:\d[\d,.]*|[a-z]+)\s+of\s+(?:the|an?)\s+$/i;
// "three of the 15 people killed were children": a participle right after the whole is its own ("killed"), not the part's verb.
export const PART_VERB = /^\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:all\s+)?(?:killed|rescued|saved)|(?:have\s+|had\s+|has\s+)?(?:survived|died|perished|drowned|lost\s+their\s+lives|made\s+it|escaped))\b/i;
/** The crew told apart near the passengers: "Six crew members were also on board". */
const CREW_NEAR = /\bcrew\b/i;

/** "a ferry sank with 459 on board", "carrying 150 aboard": a bare count right before "on board" is everyone there. */
const BARE_ON_BOARD = /^\s+(?:on\s+board|onboard|aboard)\b/i;
const CARRIED_BARE = /\b(?:with|carrying|carried|had|has)\s+(?:an?\s+estimated\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?$/i;

function bareAboard(text: string, sentenceEnd: number, mention: Mention): boolean {
  if (mention.unit || (mention.dimension && mention.dimension !== "count")) return false;
  return CARRIED_BARE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) && BARE_ON_BOARD.test(text.slice(mention.end, Math.min(sentenceEnd, mention.end + 60)));
}

/** "passengers and crew", "passengers and crew members": the figure counts both. */
const AND_CREW = /^\s+(?:and|plus)\s+(?:the\s+)?crew(?:\s+members)?\b/i;
/** "44 students and teachers", "pilgrims and their guides": two groups sharing one figure (data/measures.ts aboard 'joined'). */
const JOINED_NOUNS = new Set<string>(measures.aboard.joined);
const JOINED = new RegExp(String.raw`^\s+(?:and|plus)\s+(?:their\s+|the\s+)?(?:${wordAlternation(measures.aboard.joined)})(?:s|es|ren|en)?\b`, "i");
/** "68 passengers and four crew": the figure counts the passengers alone. */
const CREW_APART = /^\s+and\s+(?:\S+\s+){1,2}crew\b/i;

/**
 * @example aboard(readingOf("the boat had carried about 170 people")) // true: measure "aboard"
 */
export function aboard(r: Reading): boolean {
  const phrase = r.phrase;
  if (r.input.mention.kind !== "quantity") return false;
  const { text, sentence, mention } = r.input;
  if (!phrase) return bareAboard(text, sentence.end, mention);
  const noun = singular(phrase.head.lower);
  const after = text.slice(phrase.end, Math.min(sentence.end, phrase.end + 140));
  const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
  if (CREW_TOO.has(noun)) {
    if (AND_CREW.test(after)) return !CREW_APART.test(after);
    // "approximately 40 passengers on board", "104 of the estimated 750 passengers survived":
    // everyone, unless the crew is counted apart nearby. A vessel must be named before a carrying
    // verb: "the airline carried 19.2 million passengers" is a year's traffic, nobody aboard.
    const there = VESSEL_WITH.test(before) || VESSEL_NAME_WITH.test(before) || ON_BOARD.test(after) || (THERE_WERE.test(before) && IN_VESSEL.test(after))
      || (WHOLE_OF.test(before) && PART_VERB.test(after));
    return phrase.words.length <= 2 && !CAPACITY.test(before) && there
      && !CREW_NEAR.test(text.slice(Math.max(0, mention.start - 200), mention.end + 200));
  }
  const joined = JOINED_NOUNS.has(noun) ? JOINED.exec(after) : null;
  if (joined) {
    const rest = after.slice(joined[0].length);
    return phrase.words.length <= 2 && !CAPACITY.test(before) && (CARRIED.test(before) || VESSEL_WITH.test(before) || ON_BOARD.test(rest) || ON_VESSEL.test(rest));
  }
  if (!WHOLE.has(noun) || phrase.words.length > 2) return false;
  if (CAPACITY.test(before)) return false;
  return CARRIED.test(before) || VESSEL_WITH.test(before) || ON_BOARD.test(after) || INSIDE.test(after) || ON_VESSEL.test(after);
}
