import measures from "./data/measures.js";
import { wordAlternation } from "./alternation.js";
import type { Reading } from "./reading.js";
import { singular } from "./words.js";

/**
 * The size of a crowd, one measure however a report tells it: "250,000 protesters showed up",
 * "150,000 rallied in the city", "at least 400,000 had protested in Manhattan", "Half a million
 * people showed up on the National Mall", "organizers estimated the turnout at half a million",
 * "a crowd count of half a million". Organisers, police and city officials give different
 * figures for one march or rally, and each report words it differently: without one measure
 * they never meet. A count with a status word (arrested, injured, killed) is read before this
 * step and keeps its class.
 */

const NOUNS = new Set<string>(measures.crowd.nouns);
/**
 * The crowd's verbs as the data writes them (the past: "took to the streets") and in the other
 * forms of "take" a report uses ("Hundreds of thousands of people have taken to the streets",
 * "are taking to the streets").
 */
const VERBS: readonly string[] = measures.crowd.verbs.flatMap((verb) => (verb.startsWith("took ") ? ["took", "taken", "taking", "take"].map((form) => `${form}${verb.slice("took".length)}`) : [verb]));
/** The crowd's people after the figure, past the "of" of a vague figure: "Tens of thousands of citizens gathered". */
const PEOPLE = wordAlternation(measures.crowd.people);
const OF_PEOPLE = String.raw`(?:\s+of)?\s+(?:${PEOPLE})(?:\s+and\s+(?:${PEOPLE}))?`;
const QUALIFIER = String.raw`(?:(?:at\s+least|about|around|some|nearly|almost|roughly|over|more\s+than|up\s+to|an\s+estimated|estimated|approximately)\s+)?`;
/** "people showed up", "had protested", "came to attend the concert": what the crowd's people did, after the figure and an optional people noun. */
const DID = new RegExp(String.raw`^(?:${OF_PEOPLE})?(?:\s+(?:have|has|had|were|was|reportedly|also|who|that|all))*\s+(?:${wordAlternation(VERBS)}|(?:attended|attending|(?:came|come)\s+to\s+attend)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+,?\s+){0,3}?(?:${wordAlternation(measures.crowd.attended)}))\b`, "iu");
/**
 * "there were about 22,000 people at the concert" (Las Vegas 2017), "one of about 200 people at yesterday's event"
 * (Phnom Penh 2010), "around 1,500 people were in attendance" (Buenos Aires 2004), "At least 15,000 persons were present at the
 * satsang" (Hathras 2024): the people where an event was held.
 */
const AT_EVENT = new RegExp(String.raw`^(?:${OF_PEOPLE})(?:\s+(?:were|was))?(?:\s+present)?(?:\s+(?:at|in)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|\p{L}+[’']s\s+)?(?:[\p{L}-]+\s+)?(?:${wordAlternation(measures.crowd.attended)})\b|\s+in\s+attendance\b)([^,.;:!?]*)`, "iu");
/** A status word after the crowd's words: "About 50 people at the concert were injured" counts the injured. */
const STATUS_AFTER = new RegExp(String.raw`\b(?:${wordAlternation(Object.values(measures.casualty).flat())})\b`, "i");
/** "estimated the turnout at", "a crowd count of", "crowds of", "the crowd was put at": the crowd's noun names the figure. */
const COUNT_BEFORE = new RegExp(String.raw`\b(?:${wordAlternation(measures.crowd.counts)})\s+(?:(?:was|were|is|has|had|been|of|at|to|estimated|put|numbering|numbered|reached|swelled|grew|officially|reportedly)\s+){1,3}${QUALIFIER}$`, "i");
/** "attended by around 1,500 people", "drew a record six million people": the attendance of an event, told before the figure. */
const ATTENDED_BY = new RegExp(String.raw`\b(?:${wordAlternation(measures.crowd.before)})\s+(?:(?:a|a\s+record|an\s+estimated|a\s+crowd\s+of)\s+)?${QUALIFIER}$`, "i");
/** The people an attendance counts: "attended by 8,000 guests", never "by nearly 100 heads of state". */
const ATTENDEES = new Set<string>([...measures.crowd.people, ...measures.crowd.attendees]);
/** Any crowd word near the figure: the cheap test before the patterns. */
const GATE = new RegExp(String.raw`\b(?:${wordAlternation([...measures.crowd.counts, ...measures.crowd.nouns.map((n) => `${n}s?`), ...measures.crowd.attended])}|${wordAlternation([...new Set([...VERBS.map((v) => v.split(" ")[0]!), "attended", "attending"])])})\b`, "i");

/**
 * @example crowdSize(readingOf("150,000 rallied in the city")) // true: measure "crowd"
 */
export function crowdSize(r: Reading): boolean {
  const { text, sentence, mention } = r.input;
  if (mention.kind !== "quantity" || (mention.dimension && mention.dimension !== "count")) return false;
  const from = Math.max(sentence.start, mention.start - 60);
  const to = Math.min(sentence.end, mention.end + 70);
  if (!GATE.test(text.slice(from, to))) return false;
  if (r.phrase && r.phrase.words.length <= 2 && NOUNS.has(singular(r.phrase.head.lower))) return true;
  const before = text.slice(from, mention.start);
  if (COUNT_BEFORE.test(before)) return true;
  const after = text.slice(mention.end, to);
  if (ATTENDED_BY.test(before) && (!r.phrase || ATTENDEES.has(r.phrase.head.lower)) && !STATUS_AFTER.test(after)) return true;
  const at = AT_EVENT.exec(after);
  if (at && !STATUS_AFTER.test(at[1]!)) return true;
  // The phrase reader may have taken the verb as a noun ("150,000 rallied"): read from the figure.
  return DID.test(after);
}
