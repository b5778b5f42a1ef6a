import type { ScopeEntity } from "../../model.js";
import type { Span } from "../span.js";
import STORY_MEASURES from "./data/story-measures.js";
import { STORY_ONGOING, STORY_PEOPLE, STORY_THINGS } from "./data/story-counted.js";
import { isPeople } from "./people-status.js";
import { isCountryPlace } from "./gazetteer.js";
import type { Reading, SubjectStep } from "./reading.js";
import { isCasualtyTotal, isToll } from "./story-event.js";
import { leadEnd } from "./story-lead.js";
import { recalledEvent } from "./recalled-event.js";
import { TENS_WORDS, UNIT_WORDS } from "../numbers/words.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import { boundaryFirst } from "../boundary-first.js";
import { mapPacked } from "../packed.js";
import { ONE_MORE } from "./data/story-counted.js";
import { besidesOtherStatus } from "./story-status-besides.js";
import { combinedCasualties } from "./story-combined-count.js";
import { commemorates } from "./anniversary.js";

// "The crush at Kanjuruhan stadium ... 125 dead": a toll of the story with no event and no place
// the steps know is about what the headline and lead name; their distinctive names anchor it.
// The story is the article's: every count of what the incident did to people ("has risen to 128",
// "200 people are still missing", "seven bodies were pulled out") that names no other event and no
// place of its own takes its names too, wherever it stands; a part ("39 of the dead", a count in
// hospital, a count of its own place) does not.
export const STORY_NAMES_STEP: SubjectStep = {
  name: "frame.story-names",
  run: (r) => {
    const context = r.input.context;
    const { text, sentence, mention } = r.input;
    const measure = r.frame.measure!;
    // The story's names are asked only of a measure this step can take (the cheap tests first).
    const mayGroup = Boolean(context) && isStoryGroup(measure.id);
    if (!context || r.frame.rules.includes("frame.other-event") || !(INCIDENT.has(measure.id) || mayGroup)) return;
    const group = mayGroup && !ongoing(storyNames(context));
    if (!INCIDENT.has(measure.id) && !group) return;
    const labelled = sentence.start >= leadEnd(context) && LABELLED.test(text.slice(sentence.start, sentence.end));
    // "including eight minors", "230 passengers and 12 crew": a group its own noun names is that
    // group of the story whatever whole it is part of, and another report's count of it is one count.
    if ((!group && partCue(text, sentence, mention) && !besidesOtherStatus(measure.id, text, sentence, mention)) || combinedCasualties(text, mention) || labelled || otherCasualty(measure.id, text.slice(Math.max(sentence.start, mention.start - 30), mention.start))) return;
    // "In another attack ...", "a similar crush two years ago", "In February 2024, a boat capsized": a figure of some other event.
    if (tellsOtherEvent(text.slice(sentence.start, sentence.end), commemorates(context)) || recalledEvent(context, text, sentence, mention)) return;
    const toll = isToll(measure, text.slice(Math.max(sentence.start, mention.start - 80), mention.start));
    const total = isCasualtyTotal(measure) && (toll || sentence.start < leadEnd(context));
    const all = storyNames(context);
    if (!total && !storyCount(r, all, group)) return;
    const names = all.filter((n) => !r.frame.scope.some((e) => e.id === n.id));
    if (names.length === 0) return;
    r.frame.scope.push(...names);
    r.frame.rules.push("frame.story-names");
  },
};

/** The incident measures (data/story-measures.ts). */
const INCIDENT: ReadonlySet<string> = new Set(STORY_MEASURES);

const GROUPS: ReadonlySet<string> = new Set([...STORY_PEOPLE, ...STORY_THINGS]);

/**
 * Whether a measure counts a group of people or things one event befell by a noun of its own
 * (data/story-counted.ts, and the lexicon's people): "minor", "pilgrim", "floors.building",
 * "house". Its root is read ("floors" of "floors.building"); a group of the dead or hurt
 * ("killed.child") is a part of a toll, left to the toll's rules.
 */
export function isStoryGroup(measure: string): boolean {
  // Asked of most counts of every article: each measure's answer is kept (a bounded set of ids).
  let group = STORY_GROUP.get(measure);
  if (group === undefined) {
    if (STORY_GROUP.size >= 5_000) STORY_GROUP.clear();
    const root = measure.split(".")[0]!;
    STORY_GROUP.set(measure, (group = GROUPS.has(root) || (!INCIDENT.has(root) && isPeople(root))));
  }
  return group;
}

const STORY_GROUP = new Map<string, boolean>();

const ONGOING: ReadonlySet<string> = new Set(STORY_ONGOING);

/** Whether a story tells of an event whose counts change by the day (data/story-counted.ts STORY_ONGOING). */
function ongoing(names: readonly ScopeEntity[]): boolean {
  const cls = storyClass(names);
  return cls !== undefined && ONGOING.has(cls);
}

/** The story's one event class, as its names carry it (story-names.ts `class:<class>`). */
function storyClass(names: readonly ScopeEntity[]): string | undefined {
  // Every name of a story carries the same class: the names' list (one per article) keeps its answer.
  let cls = CLASS_OF_NAMES.get(names);
  if (cls === undefined) CLASS_OF_NAMES.set(names, (cls = names.flatMap((n) => n.within ?? []).find((w) => w.startsWith(CLASS))?.slice(CLASS.length) ?? null));
  return cls ?? undefined;
}

const CLASS_OF_NAMES = new WeakMap<readonly ScopeEntity[], string | null>();

/** Words before a count that make it a part of another ("12 of those", "among them 4"), unless the count is the whole of "39 of the 128 dead". */
function partCue(text: string, sentence: Span, mention: Span): boolean {
  const before = text.slice(Math.max(sentence.start, mention.start - 30), mention.start);
  return (PART_CUE.test(before) && !WHOLE_OF_PART.test(before)) || INCREMENT.test(before);
}

/** "has risen to 68 after nine bodies were recovered": the count that made a toll rise is a part of it. */
const INCREMENT = /\bafter\s+(?:another\s+|a\s+further\s+)?$/iu;

/**
 * "INDIA: Two Indians were killed, and four others wounded": a paragraph of the body under a label
 * is that part's (in the lead, "JAKARTA: The death toll ..." is a dateline).
 */
const LABELLED = /^\s*\p{Lu}[\p{Lu} .'’-]{1,30}:\s/u;

/** "the injuries amount to 551" read as the dead: words just before the count naming the other casualty class. */
function otherCasualty(measure: string, before: string): boolean {
  return measure === "killed" ? INJURY_WORDS.test(before) : measure === "injured" ? DEATH_WORDS.test(before) : false;
}

// The casualty word then at most two words ("amount to", "stood at") before the count, none of them joining another count.
const INJURY_WORDS = boundaryFirst(String.raw`\b(?:injur(?:y|ies|ed)|wounded|hurt)\s+(?:(?!(?:and|or|with|while)\b)\p{L}+\s+){0,2}$`, "iu");
const DEATH_WORDS = boundaryFirst(String.raw`\b(?:deaths|dead|killed|fatalities)\s+(?:(?!(?:and|or|with|while)\b)\p{L}+\s+){0,2}$`, "iu");

/** "39 of the 128 dead": the count after "N of the" is the whole the part is of. */
const WHOLE_OF_PART = /[\d\p{L}]\s+of\s+the\s+$/u;

/**
 * Whether a count away from the lead, not called a toll, is still the story's count: it names
 * no event but the story's class, no place of its own below country level but the story's names,
 * and nothing after it makes it a part ("39 of the 128", "still in hospital", "have been identified").
 */
function storyCount(r: Reading, names: readonly ScopeEntity[], group: boolean): boolean {
  const { text, sentence, mention } = r.input;
  // "INDIA: ... four others were wounded": a count under a heading or said alone is that part's.
  if (r.frame.rules.some((rule) => NARROWED.has(rule))) return false;
  if (PART_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 24)))) return false;
  if (!group && PART_BEFORE.test(text.slice(sentence.start, mention.start))) return false;
  const whole = WHOLE_OF_PART.test(text.slice(Math.max(sentence.start, mention.start - 30), mention.start));
  if (!whole && SUBSET_AFTER.test(text.slice(mention.end, Math.min(sentence.end, mention.end + 60)))) return false;
  const cls = storyClass(names);
  const event = r.frame.event;
  if (event && cls && event.id !== cls && event.id !== GENERIC_EVENT) return false;
  const told = mapPacked(names, (n) => n.id.slice(STORY_NAME.length));
  const ofStory = (place: string) => told.some((name) => name === place || name.split("-").includes(place) || place.split("-").includes(name));
  // Pushed, not spread from a map: one elements kind whether the caller is optimised or not (packed.ts).
  const places: string[] = [];
  if (event?.place) places.push(event.place);
  for (const e of r.frame.scope) if (e.kind === "place" && e.id) places.push(e.id);
  return places.every((place) => isCountryPlace(place) || ofStory(place));
}

/** Rules of the steps that narrow a count to a part of the story: a heading's label, "in the capital alone". */
const NARROWED: ReadonlySet<string> = new Set(["frame.structure", "frame.scope-alone"]);

/** Earlier in the count's clause: "Among those killed were 10", "the dead included five children". */
const PART_BEFORE = boundaryFirst(String.raw`\b(?:among|including|included|include|includes)\b[^,;.]*$`, "iu");

/** Right after a count: it is a part of a count named next ("39 of the dead", "four among them"). */
const PART_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:of|among)\s+(?:the|those|them|whom|these)\b/iu;

/** After a count, in its clause: a subset of the dead or hurt (in hospital, identified, in a grave state). */
const SUBSET_AFTER = /^[^,;.]*?\b(?:(?:in|at)\s+(?:the\s+)?hospitals?|hospitali[sz]ed|being\s+treated|critical|serious\s+condition|identified|discharged|were\s+(?:children|women|foreigners|tourists))\b/iu;

/** Marker of the story's class in a story name's `within` (story-names.ts). */
const CLASS = "class:";

/** The event id of a generic word ("the tragedy", "the incident"): any story's. */
const GENERIC_EVENT = "disaster";

/** Words of a sentence that put its figure on another event than the story's. */
export const OTHER_EVENT_WORDS = ["another", "separate", "similar", "previous", "earlier", "second", "fresh", "ago", "anniversary", "last week", "last month", "last year"];
const OTHER_EVENT = new RegExp(String.raw`\b(?:${OTHER_EVENT_WORDS.map((w) => w.replace(" ", String.raw`\s+`)).join("|")})\b`, "i");

/**
 * "with another four people yet to be located", "another 20 were injured", "after another victim
 * succumbed to injuries" (the toll of the Crocus City Hall attack a week on): more of the story's
 * count, one more of its dead or hurt, no other event.
 */
const MORE_OF_COUNT = new RegExp(String.raw`\banother\s+(?:\d|(?:${[...UNIT_WORDS.keys(), ...TENS_WORDS.keys(), "dozen", "few", "several", ...ONE_MORE].join("|")})\b)`, "gi");

/**
 * Whether a sentence puts its figures on another event than the story's ("In another attack", "a
 * similar crush two years ago"). In a story that commemorates a past event (`commemorating`), its
 * anniversary is the story's own.
 */
export function tellsOtherEvent(sentence: string, commemorating = false): boolean {
  // MORE_OF_COUNT's matches open with "another", a word of OTHER_EVENT: a sentence without one is left as it is.
  if (!OTHER_EVENT.test(sentence)) return false;
  const told = sentence.replace(MORE_OF_COUNT, " ");
  return commemorating ? OTHER_EVENT.test(told.replace(ANNIVERSARY, " ")) : OTHER_EVENT.test(told);
}

const ANNIVERSARY = /\banniversary\b/gi;

/** Words before a count that make it a part of another: "12 of those", "among them 4", "including 3". */
export const PART_CUE = boundaryFirst(String.raw`\b(?:of\s+(?:the|those|them|whom)|among|including|includes|included|another|other|further|more)\s+(?:\p{L}+\s+)?$`, "iu");
