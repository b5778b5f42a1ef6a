import type { EventFrame, FramePart } from "../../model.js";
import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import type { SubjectContext } from "./context.js";
import { agreedDate, agreedPlace } from "./agreement.js";
import { eventsOfClass } from "./frame-event.js";
import { structureBreaches } from "./breach.js";
import { isConsequence } from "./consequence.js";
import { wordAlternation } from "./alternation.js";
import events from "./data/events.js";
import { placesAroundIn } from "./named-place.js";
import { leadEnd } from "./story-lead.js";
import { namedClasses } from "./story-event-classes.js";
import { headlinePlace, leadDateline } from "./story-event-place.js";
import { LABEL_WORDS } from "../quantities/data/label-words.js";

/**
 * The story's event for a toll whose sentence names none: "This meant that the toll rose to
 * 101", three paragraphs after "Monday's deadly suicide attack on a mosque". A news story is
 * about one event, and later sentences about its dead and injured leave it unsaid. Taken only
 * when it is unambiguous: every event the story names before the sentence is of one class
 * (an explosion, a blast and a suicide attack are one), and no date in the sentence puts the
 * figure before the event ("Last year, 40 died in ...").
 */

/**
 * Whether a measure is a toll ("the toll rose to 101", "the death toll", "the number of martyrs
 * stood at 84", in its words or the clause before the figure):
 * a total for the event, lent the story's event. Other counts of dead ("11 children were
 * among those killed", "In Syria, 1,444 died") are often parts, or of another time, and are not.
 */
export function isToll(measure: FramePart, clause: string): boolean {
  return isCasualtyTotal(measure) && /\b(?:toll|number of [\p{L}-]+)\b/iu.test(`${measure.text} ${clause}`);
}

/** A count of all the dead, injured or casualties, not of one group of them ("killed.child"). */
export function isCasualtyTotal(measure: FramePart): boolean {
  return measure.id === "killed" || measure.id === "injured" || measure.id === "casualty";
}

/**
 * @example storyEvent(context, sentence, mentionsInSentence)?.id // "attack"
 */
export function storyEvent(context: SubjectContext, sentence: Span): EventFrame | undefined {
  return storyEventNamed(context, sentence)?.frame;
}

/**
 * The story's event with the name its mentions give ("idai" of "Cyclone Idai"), if one; with
 * `anyPlaces`, its mentions may name several places (then the frame has no place): a story of one
 * quake names its epicentre, its region and the towns it hit.
 * When the story names events of several classes before the sentence, the one class its lead
 * names is the story's ("A powerful earthquake struck ..." before "the quake triggered
 * landslides"); with several or none in the lead, the story has no one event.
 */
export function storyEventNamed(context: SubjectContext, sentence: Span, anyPlaces = false): { frame: EventFrame; name?: string } | undefined {
  // Asked for most counts of an article: once per sentence (the answer depends on the sentence only).
  const key = `${sentence.start}|${sentence.end}|${anyPlaces}`;
  const cache = (context.storyEvents ??= new Map()) as Map<string, { frame: EventFrame; name?: string } | undefined>;
  if (cache.has(key)) {
    const hit = cache.get(key);
    return hit ? { ...hit, frame: { ...hit.frame } } : undefined;
  }
  const found = readStoryEvent(context, sentence, anyPlaces);
  cache.set(key, found);
  return found ? { ...found, frame: { ...found.frame } } : undefined;
}

function readStoryEvent(context: SubjectContext, sentence: Span, anyPlaces: boolean): { frame: EventFrame; name?: string } | undefined {
  let cls: string | undefined;
  let before: ReturnType<typeof eventsOfClass> = [];
  // A headline or first sentence ("Manchester raises number of wounded to 119") takes the event the lead names after it.
  const lead = leadEnd(context);
  const limit = sentence.start < lead ? lead : sentence.start;
  const candidates: Array<{ cls: string; named: ReturnType<typeof eventsOfClass> }> = [];
  for (const candidate of (context.tollClasses ??= namedClasses(context.text))) {
    const named = eventsOfClass(context, candidate).filter((e) => e.start < limit && !isVerb(context.text, e.start) && !isConsequence(context.text, e.start));
    if (named.length === 0) continue;
    // "the disaster" after "the ferry capsized": the generic noun names the specific event.
    if (candidate === "disaster" && candidates.length) continue;
    candidates.push({ cls: candidate, named });
  }
  // "4 killed after dam breach triggers flash flood", "The breach in the Luti reservoir occurred": a breach of a dam is its collapse.
  const breaches = structureBreaches(context.text, 0, limit).map((start) => ({ start, word: "breach", id: "collapse" }));
  if (breaches.length) {
    const collapse = candidates.find((c) => c.cls === "collapse");
    if (collapse) collapse.named = [...breaches, ...collapse.named].sort((a, b) => a.start - b.start);
    // "the disaster" after a dam breach: the generic noun names the collapse.
    else candidates.splice(0, candidates.length, ...candidates.filter((c) => c.cls !== "disaster"), { cls: "collapse", named: breaches });
  }
  const inLead = candidates.filter((c) => c.cls !== "disaster" && c.named.some((e) => e.start < lead && !e.several));
  const chosen = candidates.length === 1 ? candidates[0] : inLead.length === 1 ? inLead[0] : undefined;
  if (candidates.length > 1 && !chosen) return undefined;
  if (chosen) {
    cls = chosen.cls;
    before = chosen.named;
  }
  // "230 dead following pyrotechnics disaster at club" over "deadly fire" later: the lead's generic word is the story's one event.
  const genericLead = cls !== "disaster" && eventsOfClass(context, "disaster").some((e) => e.start < lead && !e.several && !isVerb(context.text, e.start));
  if (!cls || !(before.some((e) => e.start < lead) || genericLead)) return undefined;
  // One event of the class: none counted several ("twin blasts", "the fires"), one name at most,
  // and places and days that agree.
  // "deadlier than a 2015 tailings dam collapse", "the worst since the 2005 bombings": a background event, not the story's.
  const all = eventsOfClass(context, cls).filter((e) => !isVerb(context.text, e.start) && !BACKGROUND.test(context.text.slice(Math.max(0, e.start - 50), e.start)));
  if (all.some((e) => e.several || countedBefore(context.text, e.start) || (PLURAL_MEANS_SEVERAL.has(cls) && /s$/.test(e.word) && !/ss$/.test(e.word) && !isShaking(context.text, e.start + e.word.length)))) return undefined;
  const names = new Set(all.map((e) => e.name).filter(Boolean));
  if (names.size > 1) return undefined;
  const around = (id: string) => placesAroundIn(context, id);
  // With `anyPlaces`, mentions may name different places of one event (an epicentre, a region, a town hit).
  if (!anyPlaces && disagree(all.map((e) => e.place), (a, b) => a === b || around(a).includes(b) || around(b).includes(a))) return undefined;
  if (disagree(all.map((e) => e.date), (a, b) => a.startsWith(b) || b.startsWith(a))) return undefined;
  const frame: EventFrame = { id: cls, text: /^[\p{L}-]+/u.exec(context.text.slice(before[0]!.start, before[0]!.start + 40))?.[0] ?? cls };
  const date = agreedDate(all);
  if (date) frame.date = date;
  // "Manchester raises number of wounded to 119 ... the concert bombing": the place the headline names.
  // "SURFSIDE, FLORIDA (NYTIMES) -": else the place the story is datelined from.
  const place = anyPlaces ? undefined : agreedPlace(all, around) ?? headlinePlace(context) ?? leadDateline(context);
  if (place) frame.place = place;
  if (otherTime(context, sentence, frame.date)) return undefined;
  return { frame, ...(names.size ? { name: [...names][0] } : {}) };
}

/** Words before an event mention that make it a background event: "than a", "since the", "like the". */
const BACKGROUND = /\b(?:than|since|unlike|like|similar\s+to)\s+(?:a|an|the|its|their)?\s*(?:[\p{L}\d’'-]+\s+){0,4}$/iu;

/** Classes whose plural names several events: "the fires", "the attacks" (but "the floods", "the clashes" name one). */
const PLURAL_MEANS_SEVERAL = new Set(["attack", "fire", "earthquake", "storm", "tornado", "crash", "raid", "avalanche", "eruption", "stampede", "collapse"]);

const SHAKING = new RegExp(String.raw`^\s+(?:(?:were|was|could\s+be|had\s+been|have\s+been|are|being)\s+)?(?:${wordAlternation(events.shakingVerbs)})\b`, "i");

/** "The tremors were felt in the capital": the plural is one quake's shaking, not several quakes. */
function isShaking(text: string, end: number): boolean {
  return SHAKING.test(text.slice(end, end + 40));
}

/** "16 international floods": a figure counting the events (not "Nov. 13 attack", a day). */
function countedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // "the magnitude 6.8 earthquake", "a 7.8 magnitude quake": a measure of the one event, no count of events.
  if (/\d\.\d+\s+(?:\p{L}+\s+)?$|magnitude\s+(?:\p{L}+\s+)?$/iu.test(before)) return false;
  const m = /(?:^|[^\p{L}.])(\p{L}*\.?)[\s-]*\d[\d,]*\s+(?:\p{L}+\s+)?$/u.exec(before);
  // "the now Category 5 hurricane": a scale's class before the noun, no count of events.
  return Boolean(m) && !MONTH.test(m![1]!) && !LABEL.has(m![1]!.toLowerCase().replace(/\.$/, ""));
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const LABEL: ReadonlySet<string> = new Set(LABEL_WORDS);

/** Whether two of the values given are incompatible. */
function disagree(values: ReadonlyArray<string | undefined>, compatible: (a: string, b: string) => boolean): boolean {
  const given = values.filter((v): v is string => Boolean(v));
  return given.some((a, i) => given.slice(i + 1).some((b) => !compatible(a, b)));
}

/**
 * "caused the roof to collapse", "may have caught fire and exploded": an event word after "to" is a
 * verb, and a fire caught or set is what an event did, not another event named.
 */
function isVerb(text: string, at: number): boolean {
  return /\b(?:to|caught|catch|catches|catching|set|sets|setting|on)\s+$/i.test(text.slice(Math.max(0, at - 10), at));
}

/**
 * A date in the sentence before the event's day, or, for an undated event, more than a month
 * before publication: the figure is of another time. A later date is when the toll stood.
 */
function otherTime(context: SubjectContext, sentence: Span, day: string | undefined): boolean {
  const dates: readonly Mention[] = context.dates;
  const floor = day ?? monthBefore(context.published);
  for (const date of dates) {
    if (date.start < sentence.start || date.end > sentence.end) continue;
    const value = String(date.value);
    if (!floor) return true;
    if (value < floor && !floor.startsWith(value)) return true;
  }
  return false;
}

/** "2024-05-08" -> "2024-04-08"; undefined without a publication date. */
function monthBefore(published: string | undefined): string | undefined {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  const [y, mo] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return `${y}-${String(mo).padStart(2, "0")}-${m[3]}`;
}
