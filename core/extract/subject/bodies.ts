import type { Casualty } from "./casualty.js";
import { EVENTS } from "./lexicon.js";
import type { NounPhrase } from "./noun-phrase.js";

/**
 * "Twenty-six bodies have been recovered", "78 bodies have been retrieved from the shipwreck",
 * "at least 15 bodies have been brought to a hospital": bodies found are the dead confirmed so
 * far, which reports give as the toll, so they count the dead. Bodies found at one spot ("two
 * bodies were retrieved from the tunnel") or the rest of them ("the remaining 38 bodies") are a part.
 */
const BODIES_FOUND = /^\s+(?:have|has|had|were|was|are|is)?\s*(?:now\s+|so\s+far\s+|also\s+)?(?:been\s+)?(?:recovered|retrieved|found|pulled|brought|taken|located|received|dug)\b/i;
/** "today", "on Monday", "overnight": bodies found in one day's search are that day's, added to the count. */
const THAT_DAY = /^\s+(?:today|yesterday|overnight|daily|a\s+day|per\s+day|each\s+day|every\s+day|this\s+(?:morning|afternoon|evening)|on\s+\p{L}+day|in\s+the\s+past\s+\d+\s+hours)\b/iu;
/** "The death toll ... has risen to 68 after nine bodies were recovered": bodies told beside the toll they add to. */
const BESIDE_TOLL = /\b(?:toll|count|tally)\b[^.;!?\n]*$/i;
/** "..., taking the body count to 54": the figure is added to a total given in the same sentence. */
const ADDED_TO = /\b(?:taking|bringing|raising|pushing|increasing)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:toll|count|total|number|tally)\b/iu;
const FROM_SPOT = /^\s+(?:out\s+)?from\s+(?:the\s+|a\s+)?((?:[\p{L}-]+\s*){1,4})/iu;
const REST = /\b(?:remaining|other|another|more|further|additional)\s+$/i;

/**
 * The dead counted by their bodies found, or null for a part of them.
 * @example bodiesFound("26 bodies have been recovered", phraseOf("bodies"), 0, 2)?.kind // "killed"
 */
export function bodiesFound(text: string, phrase: NounPhrase, mentionStart: number, mentionEnd: number): Casualty | null {
  if (!/^bod(?:y|ies)$/.test(phrase.head.lower) || phrase.words.length > 2) return null;
  // "All but 5 of the bodies were recovered": a count of bodies not found, or some of them.
  if (/\S/.test(text.slice(mentionEnd, Math.max(mentionEnd, phrase.words[0]!.start))) || /\ball\s+but\s+$/i.test(text.slice(Math.max(0, mentionStart - 10), mentionStart))) return null;
  const verb = BODIES_FOUND.exec(text.slice(phrase.end, phrase.end + 60));
  if (!verb || REST.test(text.slice(Math.max(0, mentionStart - 20), mentionStart)) || BESIDE_TOLL.test(text.slice(Math.max(0, mentionStart - 160), mentionStart))) return null;
  const end = phrase.end + verb[0].length;
  const rest = text.slice(end, end + 160);
  if (THAT_DAY.test(rest) || ADDED_TO.test(/^[^.;!?]*/.exec(rest)![0])) return null;
  // "from the Pylos shipwreck" names the event; "from the Tapovan tunnel" one spot of it.
  const spot = FROM_SPOT.exec(rest);
  if (spot && !spot[1]!.split(/\s+/).some((word) => EVENTS[word.toLowerCase()])) return null;
  return { kind: "killed", span: { start: phrase.head.start, end }, bodies: true };
}
