import events from "./data/events.js";
import { classOfEvent, EVENT_VERBS, EVENTS } from "./lexicon.js";
import { storyEventNamed } from "./story-event.js";
import { tellsOtherEvent } from "./story-names-step.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import { leadEnd, leadEndAtMost } from "./story-lead.js";
import { datesBetween } from "./context.js";
import { buildSubject } from "./key.js";
import type { SubjectInput, SubjectReading } from "./reading.js";
import { firstWordsIn } from "./words.js";
import { cueFamily, mayHold } from "./date-cues.js";

/**
 * The day of a story's happening told by its toll, the happening after the day: "Ninety-one
 * people were killed and more than 100 injured in Sierra Leone's capital on Friday when a fuel
 * tanker exploded", "A total of 116 persons were killed on Tuesday in a stampede", "At least 33
 * people were killed and 22 injured on Wednesday when a bus fell into a gorge". A lead tells its
 * dead and the day first and the happening after ("when", "as", "after", "in a"): the day the
 * dead were killed is the happening's day. The frame is the story's happening, of the class the
 * clause after the day names (or the story's), known by the story's names, as the lead's other
 * days are (story-day.ts), so two reports of one story dating it apart meet.
 * Not a day of a later death ("Two more people died on Monday", "died on Monday in hospital",
 * "after being injured"), of a saying, or in a sentence of another happening.
 */

const TOLL_CLASSES: ReadonlySet<string> = new Set(events.tollClasses);

/** The toll's verb, then where and how many more were hurt, then the day: "were killed and more than 100 injured in Sierra Leone's capital on". */
const TOLL_BEFORE = /\b(?:killed|died|dead|injured|wounded|hurt|perished|lost\s+their\s+lives)\b([^;:.()\n]{0,90}?)\s+(?:(?:early|late)\s+(?:on\s+)?|on\s+(?:the\s+(?:night|morning|evening|afternoon)\s+of\s+)?)?$/iu;
/** Words in the toll's stretch that make the day another's: a saying, a later or added death, a change of the toll, a count of the missing as of that day, another clause. */
const NOT_THE_TOLL = /\b(?:said|says|told|reported|announced|confirmed|according|another|later|since|rose|risen|climbed|reached|stood|when|after|which|who|that|while|hospital|hospitals|being|missing|unaccounted|remain|remained|remains|feared)\b/iu;
/** Words before the toll's verb that make its dead more than the happening's: "Two more people died", "another victim died". */
const ADDED = /\b(?:more(?!\s+than)|another|further|additional|later)\b/iu;
/** The happening after the day: "when a fuel tanker exploded", "in a stampede at", "as a bus plunged". */
const HAPPENING_AFTER = /^(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:(when|as|after)\s+(?!being\b|he\b|she\b|they\b|it\b)|(?:in|during)\s+(?:an?|the)\s+)/iu;
/** How many words after "when" or "in a" the happening's word may stand: "when a fuel tanker exploded". */
const REACH = 5;
const CUE = cueFamily(["killed", "died", "dead", "injured", "wounded", "hurt", "perished", "lives"]);
const RULE = "frame.toll-day";

/** @example tollDay(inputOf("... 91 people were killed in Freetown on Friday when a fuel tanker exploded ...", "Friday"))?.subject.frame?.measure.id // "date.occurred" */
export function tollDay(input: SubjectInput): SubjectReading | null {
  const { text, sentence, mention, context } = input;
  if (typeof mention.value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(mention.value) || !context) return null;
  if (sentence.start >= leadEndAtMost(context) || !mayHold(input, CUE)) return null;
  const from = Math.max(sentence.start, mention.start - 140);
  const toll = TOLL_BEFORE.exec(text.slice(from, mention.start));
  if (!toll || NOT_THE_TOLL.test(toll[0]) || /\d{4}|\b(?:yesterday|today)\b/i.test(toll[1]!)) return null;
  // "Two more people died on Monday": the dead the toll adds, not the happening's.
  if (ADDED.test(text.slice(Math.max(sentence.start, from + toll.index - 40), from + toll.index))) return null;
  const rest = text.slice(mention.end, Math.min(sentence.end, mention.end + 120));
  const after = HAPPENING_AFTER.exec(rest);
  if (!after) return null;
  const next = mention.end + after[0].length;
  const word = firstWordsIn(text, next, sentence.end, REACH).find((w) => EVENTS[w.lower] ?? EVENT_VERBS[w.lower]);
  const own = word ? classOfEvent((EVENTS[word.lower] ?? EVENT_VERBS[word.lower])!) : undefined;
  // "in a stampede" names the happening; "when a bus fell into a gorge" may name none the lexicon knows: the story's then.
  if (!after[1] && !own) return null;
  if (sentence.start >= leadEnd(context) || tellsOtherEvent(text.slice(sentence.start, sentence.end))) return null;
  // "were missing on Friday, after a ferry ... sank on Thursday afternoon": a happening told with a day of its own is that day's.
  if (datesBetween(context, mention.end, sentence.end).some((d) => d.value !== mention.value)) return null;
  const story = storyEventNamed(context, sentence, true)?.frame.id;
  const cls = own && own !== "disaster" ? own : story;
  if (!cls || !TOLL_CLASSES.has(cls) || cls === "disaster" || (story && story !== "disaster" && story !== cls)) return null;
  const names = storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
  if (names.length === 0) return null;
  const said = word ? text.slice(word.start, word.end) : toll[0].split(/\s/)[0]!;
  const subject = buildSubject({ text: said, head: cls, measure: "date" });
  subject.frame = { measure: { id: "date.occurred", text: said }, scope: [...names], event: { id: cls, text: said }, rules: [RULE] };
  return { subject, rules: [RULE] };
}
