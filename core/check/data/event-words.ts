import eventData from "../../extract/subject/data/events.js";

/**
 * Words that name an event a count can belong to, and the determiners that bring in a new one
 * ("another car bomb", "a second blast"), as data for core/check/frame/new-event.ts.
 */
export const EVENT_NOUNS: readonly string[] = [
  "attack", "assault", "bomb", "bombing", "bomber", "blast", "explosion", "airstrike", "air strike", "strike", "shelling",
  "bombardment", "shooting", "massacre", "ambush", "stabbing", "raid", "earthquake", "quake", "tremor", "aftershock",
  "flood", "flooding", "landslide", "mudslide", "fire", "wildfire", "blaze", "storm", "hurricane", "typhoon", "cyclone",
  "tornado", "eruption", "crash", "collision", "derailment", "stampede", "collapse",
];

/** Determiners that introduce an event the text has not named before. */
export const NEW_EVENT_DETERMINERS: readonly string[] = [
  "a", "an", "another", "a second", "a third", "a fourth", "a fifth", "a separate", "a further", "a new", "one more", "a later",
  // An ordinal alone ("2nd explosion kills 2", "the second blast") counts events too.
  "2nd", "3rd", "4th", "second", "third", "fourth",
];

/**
 * Event classes that name no kind of event ("the tragedy", "the disaster", "the incident"): a
 * story's later words for its event, of any type class, so they agree with every class.
 */
export const GENERIC_EVENT_CLASSES: ReadonlySet<string> = new Set(["disaster", "tragedy", "incident", "catastrophe", "event"]);

/** Venue nouns ("the market", "a bus"): a named thing of many events, not one event's anchor. */
export const VENUES: ReadonlySet<string> = new Set(eventData.venues);
