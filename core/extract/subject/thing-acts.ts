import { itThing, phraseThing } from "./date-thing-phrase.js";
import phases from "./data/date-phases.js";
import { norm, OPENER, phaseReading, planned, TO_DATE } from "./thing-phase.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { wholeWords } from "../word-trie.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * Dates of a made thing's phases told as an act on it or before it (date-thing.ts reads the
 * thing as the subject of its phase verb): an agent's act with the thing as its object ("PM
 * Modi inaugurated the New Pamban Railway Bridge on Sunday", "Switzerland yesterday ... opened
 * the Gotthard Base Tunnel") and a participle opening the sentence ("Opened in December 2016,
 * the tunnel links ..."). Plans ("is set to inaugurate") are no claim, as in date-thing.ts.
 */

/** The verbs of an act on a made thing: its phases, not what happens to it ("collapsed" is date-thing.ts's). */
// Only the acts of the phase data (date-thing.ts reads happenings to the thing).
const VERBS = new Map(Object.entries(phases.verbs).filter(([, phase]) => !phase.startsWith("occurred:")));
const ACTS = [...VERBS.keys()];
/** A verb of an act as a whole word, case-blind; no lookbehind at every position (word-trie.ts). */
const nextVerb = wholeWords(ACTS);
/** The acts as cue words of the date's window (date-cues.ts), asked first: every match of nextVerb holds one. */
const CUE = cueFamily(ACTS);
/** A cheap test first: most dates have no verb of a phase near them (the full pattern is slow to scan). */
const GATE = new RegExp([...new Set(ACTS.map((verb) => verb.split(" ").find((w) => !/^(?:was|first|officially|formally)$/.test(w))!.slice(0, 5)))].join("|"), "i");

/**
 * "Opened in December 2016, the tunnel links Erstfeld with Bodio", "Inaugurated on 1 June 2016,
 * the Gotthard Base Tunnel ...": a participle of a phase opens the sentence with its date, and
 * the thing is the subject of the clause after the comma.
 */
export function participleOpener(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const before = text.slice(sentence.start, mention.start);
  if (before.length > 60 || !mayHold(input, CUE) || !GATE.test(before)) return null;
  const verb = nextVerb(before);
  if (!verb || !/^\s*(?:(?:first|originally|officially|formally)\s+)?$/i.test(before.slice(0, verb.index)) || !TO_DATE.test(before.slice(verb.index + verb[0].length))) return null;
  // "Completed in 1986, during the reign of dictator Saddam Hussein, the dam is": an aside of time or place may follow.
  const comma = /^\s*(?:\([^()]{0,40}\))?\s*,(?:\s*(?:during|under|amid|after|before|in|at|by)\s[^,;:]{1,80},)?/.exec(text.slice(mention.end, sentence.end));
  const found = comma ? phraseThing(text, mention.end + comma[0].length) : null;
  // "Completed in 2019, it is located 12 km outside St Petersburg": "it" is the thing the sentences before are about.
  if (!found && comma && /^\s*it\s+(?:is|was|has|had|stands|remains|\p{Ll}+s)\b/u.test(text.slice(mention.end + comma[0].length, sentence.end))) {
    const it = itThing(text, sentence.start);
    return it ? phaseReading(it, verb[0], VERBS.get(norm(verb[0]))!, "subject.thing-date-participle") : null;
  }
  if (!found || !/^\s+(?:\p{Ll}+s|is|was|has|had|remains|became|\p{Ll}+ed)\b/u.test(text.slice(found.end, sentence.end))) return null;
  return phaseReading(found.thing, verb[0], VERBS.get(norm(verb[0]))!, "subject.thing-date-participle");
}

/** Between an object of a phase verb and its date: places, a time of day, "on". */
const OBJECT_TO_DATE = /^(?:,?\s+(?:in|at|near|across|over|off|outside)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|district|province|state|region|county|city|town)){0,4}){0,3}(?:,?\s+(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm))?,?\s*(?:on|in|at)?\s*(?:the\s+)?$/u;
/** A verb of the agent's: "inaugurated", "opened", never a passive ("was opened" is read by verbBefore). */
const ACTIVE = /(?:^|\s)(?:was|were|is|are|be|been|being|has|have|had)\s+$/i;

/** "PM Modi inaugurated the New Pamban Railway Bridge at Rameswaram on Sunday": an agent's act on the thing, then its date. */
export function objectAfter(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const from = Math.max(sentence.start, mention.start - 220);
  const stretch = text.slice(from, mention.start);
  if (!mayHold(input, CUE) || !GATE.test(stretch)) return null;
  for (let m = nextVerb(stretch); m; m = nextVerb(stretch, m.index + m[0].length)) {
    const verbAt = from + m.index;
    const phase = VERBS.get(norm(m[0]))!;
    if (ACTIVE.test(text.slice(sentence.start, verbAt))) continue;
    const found = phraseThing(text, verbAt + m[0].length);
    if (!found || found.end > mention.start || !OBJECT_TO_DATE.test(text.slice(found.end, mention.start))) continue;
    return planned(text, sentence.start, verbAt) ? null : phaseReading(found.thing, m[0], phase, "subject.thing-date-object");
  }
  return null;
}

/**
 * "Switzerland yesterday won another battle ... when it opened the Gotthard Base Tunnel", "On
 * Sunday, Modi inaugurated the bridge": the date follows the sentence's subject or opens it, and
 * the agent's act on the thing is the sentence's (or its "when" clause's), with no other date,
 * saying or plan between.
 */
export function objectBefore(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention } = input;
  const lead = text.slice(sentence.start, mention.start);
  if (!mayHold(input, CUE) || (!OPENER.test(lead) && !/^\s*(?:The\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+$/u.test(lead))) return null;
  const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 200));
  if (!GATE.test(after)) return null;
  for (let m = nextVerb(after); m; m = nextVerb(after, m.index + m[0].length)) {
    const verbAt = mention.end + m.index;
    const phase = VERBS.get(norm(m[0]))!;
    const between = after.slice(0, m.index);
    if (ACTIVE.test(text.slice(sentence.start, verbAt)) || BETWEEN_ACTS.test(between) || DATE_WORD.test(between)) return null;
    const found = phraseThing(text, verbAt + m[0].length);
    if (!found) continue;
    return planned(text, sentence.start, verbAt) ? null : phaseReading(found.thing, m[0], phase, "subject.thing-date-object");
  }
  return null;
}

/** Words that put the act in another clause or time than the date's: a saying, a plan, a sequence. */
const BETWEEN_ACTS = /\b(?:said|says|say|told|announced|will|would|plans?|planned|expected|after|before|since|until|while|which|who|that|but|[Ll]ater|[Ee]arlier)\b|[;:]/;
const DATE_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|\d{4})\b/;
