import { isStoryName } from "./story-names.js";
import type { Claim, EventFrame, Frame } from "../../model.js";
import { EVENT_BOUND_MEASURES } from "../data/frame-classes.js";
import { EVENT_NOUNS, GENERIC_EVENT_CLASSES, VENUES } from "../data/event-words.js";
import { PLACE_COUNTED, SAYS_WHEN, WIDER_THAN_STORY } from "../data/counted-where.js";
import { gazetteerPlace } from "../../extract/subject/gazetteer.js";
import { sentenceOf } from "../context.js";
import { daySpan } from "../time.js";
import { relateEvents } from "./event.js";

/**
 * The one event a story is about, read from its own claims. A report of a bombing says "32
 * dead" or "the toll stood at 63" without naming the bombing again in that sentence: such a
 * bare toll is a toll of the story's event, and two bare tolls of one story (an aid worker's 32,
 * a consul's three) are two counts of it. That holds only when the story names one event: every
 * claim that names an event names one of the same type class, counted alike (a "series of
 * blasts" is not "the blast"), with places and dates that agree. A story naming two classes,
 * two places or two dates has no single event, and its bare tolls stay unattached.
 */

/** The rule name a toll given the story's event carries (same-thing.ts makes such a match weak). */
export const STORY_EVENT = "check.story-event";

function eventOf(claim: Claim): EventFrame | undefined {
  const event = claim.subject?.frame?.event;
  if (!event || event.id.trim() === "") return undefined;
  // A date claim's event carries no date: the claim's value is it ("the explosions on 12 August 2015").
  return claim.kind === "date" && typeof claim.value === "string" && !event.date ? { ...event, date: claim.value } : event;
}

/** The story's one event, and the places its claims name (ids and words, lowercase). */
export interface Story {
  event: EventFrame;
  places: Set<string>;
}

/**
 * The story's event, or undefined when its claims name none or more than one.
 * @example storyEvent(claimsOfOneBombingReport)?.event // { id: "attack", text: "bombing", place: "kabul" }
 */
export function storyEvent(claims: readonly Claim[]): Story | undefined {
  let story: { event: EventFrame; frame: Frame } | undefined;
  const places = new Set<string>();
  let undated = false;
  for (const claim of claims) {
    const event = eventOf(claim);
    const frame = claim.subject?.frame;
    if (!event || !frame) continue;
    for (const entity of frame.scope) if (entity.kind === "place") for (const name of [entity.id, ...(entity.within ?? []), entity.text]) places.add(name.toLowerCase());
    if (event.place) places.add(event.place.toLowerCase());
    if (!story) {
      story = { event, frame };
      continue;
    }
    if (relateEvents(story.event, event, story.frame.scope, frame.scope).kind !== "same") return undefined;
    if (Boolean(story.event.date) !== Boolean(event.date)) undated = true;
    // The fullest reading of the one event: its place and date wherever the story gives them.
    // "the tragedy" after "the stampede": the story's event is the stampede.
    const specific = GENERIC_EVENT_CLASSES.has(story.event.id) && !GENERIC_EVENT_CLASSES.has(event.id) ? event : story.event;
    story.event = { ...specific, place: story.event.place ?? event.place, date: story.event.date ?? event.date };
  }
  if (!story) return undefined;
  // Some mentions dated days before the story and some not ("the 1976 Tangshan earthquake" in
  // a page on 2008's): the dated one is more likely another event the story recalls.
  if (undated && recalled(story.event.date, claims)) return undefined;
  return { event: story.event, places };
}

/** An event dated this many days or more before the story is more likely another, recalled one. */
const RECALLED_DAYS = 7;

function recalled(date: string | undefined, claims: readonly Claim[]): boolean {
  const then = daySpan(date);
  const story = claims.map((claim) => daySpan(claim.asOf)?.first).filter((day): day is number => day !== undefined);
  return Boolean(then && story.length > 0 && Math.max(...story) - then.last >= RECALLED_DAYS);
}

/** A toll with nothing of its own to say which event: no event, and no place or name in its scope. */
function bare(frame: Frame): boolean {
  return !frame.event && EVENT_BOUND_MEASURES.has(frame.measure.id)
    && frame.scope.every((entity) => isStoryName(entity) || (entity.kind === "named" && VENUES.has(entity.id)));
}

/**
 * Whether the toll's sentence says where something was counted, a place or venue the frame did
 * not read: "15 died at the airport", "105 people died in Gansu and 397 were injured", "41 had
 * been killed at Al Noor Mosque", "four people have died in hospital". Such a toll is more
 * likely a part of the story's than its total, so it is not given the story's event.
 */
function located(claim: Claim, body: string, story: Story): boolean {
  const sentence = sentenceOf(claim, body);
  // "Nationwide, ... the detention of 1,065": counted over the country, wider than the event's place.
  if (WIDER_THAN_STORY.test(sentence)) return true;
  // "Kisumu had 2 deaths", "Nakuru, Kajiado and Mombasa reported 3 deaths each": a known place that counted them.
  for (const match of sentence.matchAll(PLACE_COUNTED)) {
    const place = gazetteerPlace(match[1] ?? "");
    if (place && !story.places.has(place) && !story.places.has((match[1] ?? "").toLowerCase())) return true;
  }
  // "two hospitals reported 278 were killed": a count from some venues, a part of the toll.
  for (const match of sentence.matchAll(COUNTED_VENUES)) if (VENUES.has((match[1] ?? "").toLowerCase().replace(/s$/u, ""))) return true;
  for (const match of sentence.matchAll(/(?:^|\s)(?:at|in|inside|near|from)\s+(?:(?:the|a|an|two|three|four|five|several|both|\d+)\s+)?([\p{L}-]+)/gu)) {
    const word = match[1] ?? "";
    // The story's own place ("in Afghanistan's capital of Kabul") is where every toll of it is.
    if (story.places.has(word.toLowerCase().replace(/['’]s$/u, ""))) continue;
    if (VENUES.has(word.toLowerCase().replace(/s$/u, "")) || (/^\p{Lu}/u.test(word) && !SAYS_WHEN.test(word))) return true;
  }
  return false;
}

/** A number of venues: "two hospitals", "three mosques", "5 hospitals". */
const COUNTED_VENUES = /(?:^|\s)(?:two|three|four|five|six|several|both|\d+)\s+([\p{L}-]+s)\b/gu;

/** Words before a toll that make it a part of another count: "the count of 63 dead includes the 21 bodies". */
const PART_OF = /\b(?:includ(?:e|es|ed|ing)|among them|of (?:them|whom|these|those))\b/iu;

function partOfAnother(claim: Claim, body: string): boolean {
  const start = claim.sentence && Number.isInteger(claim.sentence.start) ? claim.sentence.start : Math.max(0, claim.start - LOOK_BACK);
  return PART_OF.test(body.slice(start, claim.start));
}

/** How far before a toll its sentence is read when the extractor gave no sentence. */
const LOOK_BACK = 160;

/** "in that incident", "in the earlier attack": a toll of an event named just before, not the story's. */
const THAT_EVENT = new RegExp(String.raw`\b(?:that|those|the earlier|the previous|the other|an earlier|a previous)\s+(?:incident|${EVENT_NOUNS.join("|")})s?\b`, "iu");

/**
 * The claim with the story's event when it is a bare toll, else the claim itself.
 * @example inStory(thirtyTwoDead, seriesOfBlasts, body).subject.frame.event // seriesOfBlasts
 */
export function inStory(claim: Claim, story: Story | undefined, body: string): Claim {
  const subject = claim.subject;
  const frame = subject?.frame;
  if (!story || !subject || !frame || claim.kind === "date" || !bare(frame)) return claim;
  if (located(claim, body, story) || partOfAnother(claim, body) || THAT_EVENT.test(sentenceOf(claim, body))) return claim;
  return { ...claim, subject: { ...subject, frame: { ...frame, event: story.event, rules: [...(frame.rules ?? []), STORY_EVENT] } } };
}

/** The rule of the extraction step that lends a story's event to a count naming none (core/extract/subject). */
const LENT = "frame.story-event";

/**
 * A count the extraction gave the story's event (a lead's "two hospitals reported 41 dead") that
 * its own sentence says was counted somewhere narrower, or is a part of another count: the same
 * guard as `inStory` applies to the check's own lending, so the lent event does not make a part
 * the story's toll.
 * @example lentPart(fortyOneAtTwoHospitals, story, body) // true
 */
export function lentPart(claim: Claim, story: Story | undefined, body: string): boolean {
  if (!claim.subject?.frame?.rules?.includes(LENT) || claim.kind === "date") return false;
  return located(claim, body, story ?? { event: { id: "", text: "" }, places: new Set(lentPlaces(claim)) }) || partOfAnother(claim, body);
}

/** The places a claim's own frame names, lowercase: where its lent event is, not a narrower count. */
function lentPlaces(claim: Claim): string[] {
  const frame = claim.subject?.frame;
  if (!frame) return [];
  return [frame.event?.place ?? "", ...frame.scope.flatMap((e) => [e.id, e.text, ...(e.within ?? [])])].filter(Boolean).map((p) => p.toLowerCase());
}
