/**
 * How far apart in time two claims filed under one index key may be and still be compared
 * (claim-index.ts). Data, not code: a window belongs to the kind of key, so it is the same for
 * both claims of a pair and the batch re-check can walk a key's claims in time order with one
 * window per key.
 */
export const INDEX_WINDOWS = {
  /**
   * Keys of an event ("killed in the bombing in Baghdad"): the event's date, a few days either
   * way for reports that date it by their own day ("on Sunday" read from a Monday paper).
   * Events on dates further apart are different events and are never compared.
   */
  eventDays: 3,
  /**
   * Keys of dates ("the raid on Oxford Street happened on DATE"): the date claimed, compared
   * with dates claimed for the same event within about a year (a misdated raid, birth or
   * uprising is rarely off by more).
   */
  dateDays: 400,
  /**
   * Dates of a happening known only by its class and place (`date:date.occurred/event:attack@basra`,
   * `…/place:basra`): a report misdates such a happening by a day or a few, and an attack in one
   * city on dates weeks apart is another attack, so these keys read the days of an event and the
   * news cycle, not a year. Under a name (a person, a named thing, a rare story name) dateDays holds.
   */
  happeningDays: 10,
  happeningAnchors: ["event:", "place:", "story:"],
  /**
   * Dates of what happens once to one thing (a birth, a death, the start or end of an uprising, a
   * made thing's opening, opening to service, inauguration, completion, start of construction, foundation
   * stone, groundbreaking, topping out, founding, first run):
   * any two dates claimed for it are about the same moment, however far apart they are.
   */
  onceOnlyDates: ["date.birth", "date.death", "date.start", "date.end", "date.opening", "date.service", "date.inauguration", "date.completion", "date.construction-start", "date.foundation-stone", "date.groundbreaking", "date.topping-out", "date.founded", "date.first"],
  onceOnlyDays: 200 * 366,
  /**
   * Keys of a measure without an event: a level that holds for a while (a refugee population,
   * a rate, a height). Some years either way.
   */
  levelDays: 5 * 366,
  /**
   * Measures that count what happens in one incident: a toll without a recognised event is
   * still a toll of some incident near its date, not a level that holds for years.
   */
  incidentDays: 7,
  /**
   * Keys of a story's rare name (`killed/story:@idai`): its tolls are read three weeks either way
   * (frame/story-names.ts STORY_LATER_DAYS: a large disaster's toll is still counted weeks on);
   * the nearest cap bounds the reads. A known place's story key (`killed/story:earthquake@mandalay`)
   * keeps the week of an incident.
   */
  storyDays: 21,
  incidentMeasures: ["killed", "injured", "dead", "missing", "arrested", "rescued", "evacuated", "hostage", "casualty", "trapped", "buried", "aboard"],
  /**
   * Measures of a named thing that hold at any time (frame/named-measure.ts standingMeasure): a
   * ship's length or tonnage, a tower's height, a stadium's seats. Under the thing's own key
   * (`size/named:burj-khalifa`) they are read at any distance in time, like dates that happen
   * once; the nearest cap keeps the reads bounded. A planned measure (".planned") is not standing.
   */
  standingMeasures: ["size", "extent", "length", "height", "width", "depth", "span", "tonnage", "deadweight", "displacement", "weight", "capacity", "floors", "area", "volume"],
  /**
   * At most this many claims are read on each side of a claim's time under one key (the nearest
   * in time), however many the window holds: a level reported every week for years, or a busy
   * city's tolls, would otherwise make a check read more as the archive grows denser. The
   * nearest reports are the ones a figure is best compared with; older ones are explained by time.
   * Three, not five: on the bench's newsroom archive a level's check read 46 items at 5 and 34 at
   * 3 (bench/reads.mjs), with the same findings on every corpus set.
   */
  nearest: 3,
  /**
   * At most this many containing places of one place are filed under (nearest first): a city,
   * its region and its country, not a continent.
   */
  maxContainers: 2,
} as const;

const listedRoot = (list: readonly string[], measure: string): boolean => list.includes(measure.split(".")[0] ?? "");

/** Whether a measure counts what one incident fixes (INDEX_WINDOWS.incidentMeasures), by its root: "killed.in-hospital" does. */
export const countsAnIncident = (measure: string): boolean => listedRoot(INDEX_WINDOWS.incidentMeasures, measure);

/** Whether a measure holds at any time (INDEX_WINDOWS.standingMeasures), by its root: "floors.hotel" does. */
export const holdsAtAnyTime = (measure: string): boolean => listedRoot(INDEX_WINDOWS.standingMeasures, measure);
