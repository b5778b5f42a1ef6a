/**
 * How far in time each key of the claim index reads (claim-index-keys.ts): one window per key, so
 * that two claims under one key are compared the same way from both sides, and how many of the
 * nearest claims a key reads (the data: claim-index-windows.ts).
 */
import { STORY } from "./claim-index-event.js";
import { TOLD } from "./claim-index-story.js";
import { countsAnIncident, holdsAtAnyTime, INDEX_WINDOWS } from "./claim-index-windows.js";
import { NEWS_CYCLE_DAYS } from "./frame/news-cycle.js";
import { HEAD_KEY } from "./frame/head-keys.js";
import { SLOT_KEY, THING_ANCHOR } from "./aligned/slot-keys.js";

/** What a key is filed under, after its measure: `killed/event:bombing@baghdad` -> `event:bombing@baghdad`. */
const anchorPart = (key: string) => key.slice(key.indexOf("/") + 1);

/**
 * How many days either side of a claim's time a key reads: one window per key, so that two
 * claims under one key are compared the same way from both sides.
 * @example windowDays("killed/event:bombing@baghdad") // 3
 */
export function windowDays(key: string): number {
  if (key.startsWith(HEAD_KEY)) return INDEX_WINDOWS.storyDays;
  const slash = key.indexOf("/");
  const anchor = key.slice(slash + 1);
  // A measure of a named thing (`slot-m.length/thing:peljesac`) is read at any distance in time; the nearest cap bounds it.
  if (key.startsWith(SLOT_KEY) && anchor.startsWith(THING_ANCHOR)) return INDEX_WINDOWS.onceOnlyDays;
  // A slot's known-city key (aligned/slot-keys.ts) keeps an incident's week; its rare names' keys read three weeks (below).
  if (key.startsWith(SLOT_KEY) && !anchor.startsWith(`${STORY}@`)) return INDEX_WINDOWS.incidentDays;
  if (key.startsWith("date:")) {
    const measure = key.slice("date:".length, slash);
    if ((INDEX_WINDOWS.onceOnlyDates as readonly string[]).includes(measure)) return INDEX_WINDOWS.onceOnlyDays;
    return unnamedHappening(anchor) ? INDEX_WINDOWS.happeningDays : INDEX_WINDOWS.dateDays;
  }
  if (anchor.startsWith("event:")) return INDEX_WINDOWS.eventDays;
  // A retold event's key (`killed/told:earthquake@tangshan#1976-07-28`): its anniversaries, years apart.
  if (anchor.startsWith(TOLD)) return INDEX_WINDOWS.onceOnlyDays;
  // A rare name's story key (`killed/story:@idai`): a disaster's toll is still counted weeks on.
  if (anchor.startsWith(`${STORY}@`)) return INDEX_WINDOWS.storyDays;
  const measure = key.slice(0, slash).split(".")[0] ?? "";
  if (standingKey(key, slash, measure)) return INDEX_WINDOWS.onceOnlyDays;
  return countsAnIncident(measure) ? INDEX_WINDOWS.incidentDays : INDEX_WINDOWS.levelDays;
}

/** An anchor of a happening's class or place, not of a name: `event:attack@basra`, `place:iraq`, `story:attack@basra` (a rare story name, `story:@idai`, is a name). */
const unnamedHappening = (anchor: string) =>
  INDEX_WINDOWS.happeningAnchors.some((a) => anchor.startsWith(a)) && !anchor.startsWith(`${STORY}@`);

/** A standing measure of a named thing under the thing's own key: `size/named:burj-khalifa`, not `.planned`, not inside it. */
function standingKey(key: string, slash: number, measure: string): boolean {
  const anchor = key.slice(slash + 1);
  return anchor.startsWith("named:") && !anchor.startsWith("named:in:") && !key.slice(0, slash).endsWith(".planned")
    && holdsAtAnyTime(measure);
}

/**
 * The most days before its own time a claim under `key` may read: its window, and under an
 * event's keys the news cycle besides (`lookupsFor`). The batch re-check holds a key's claims that long.
 * @example reachDays("killed/event:bombing@baghdad") // 10
 */
export function reachDays(key: string): number {
  return windowDays(key) + (isEventKey(key) ? NEWS_CYCLE_DAYS : 0);
}

export const isEventKey = (key: string) => !key.startsWith("date:") && anchorPart(key).startsWith("event:");

/**
 * How many claims a lookup of `key` reads on each side of its time: keys of long windows (levels,
 * dates) and a known place's story keys read the nearest INDEX_WINDOWS.nearest; the few days of
 * an event or incident are read whole.
 * @example nearestOf("refugee/place:turkey") // 3
 * @example nearestOf("killed/story:collapse@mumbai+pinned") // 3
 */
export function nearestOf(key: string): number | undefined {
  return windowDays(key) > INDEX_WINDOWS.incidentDays || knownStoryKey(key) ? INDEX_WINDOWS.nearest : undefined;
}

/** A known place's story key (`killed/story:collapse@mumbai[+pinned]`): a busy city's week, met within days (frame/story-agree.ts). */
const knownStoryKey = (key: string) => !key.startsWith("date:") && anchorPart(key).startsWith(STORY) && !anchorPart(key).startsWith(`${STORY}@`);
