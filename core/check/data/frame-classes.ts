/**
 * Classes of measures the matcher treats specially, as data (ids are frame measure ids, see
 * core/extract/subject/data/measures.json).
 */

/**
 * Counts that belong to an event by nature: a death toll is the toll of something. Two such
 * counts with no event read on either side are compared across articles only when reported
 * within a few days of each other (one news cycle); otherwise two different disasters in one
 * country would be taken for one.
 */
export const EVENT_BOUND_MEASURES: ReadonlySet<string> = new Set([
  "killed", "injured", "missing", "casualty", "arrested", "evacuated", "rescued", "affected", "trapped", "buried", "aboard",
]);

/**
 * Phases of a date claim that happen once per thing: a person is born once, a war starts once.
 * Two different dates for one of these about the same named thing are a conflict across
 * articles; an occurrence ("the bombing on 3 May") recurs, so across articles it needs a named
 * anchor, not just a place.
 */
export const ONCE_ONLY_DATE_MEASURES: ReadonlySet<string> = new Set([
  "date.birth", "date.death", "date.start", "date.end", "date.founded", "date.independence",
]);

/**
 * Dates of a happening that recurs (an incident of a kind, a start, an end; rules/date-conflict.ts,
 * rules/date-another.ts). Happenings of a kind recur where they happen (a bombing of one hotel in
 * 2003 and in 2009, one region's earthquakes, a city's fires), while outlets that date one
 * happening differently slip by days or a month, or write the wrong year. A person's elections and
 * sentences recur in a life too: "won the presidency in 2015" and "was elected president in 2019"
 * (the "re-" left out) are two elections, not one misdated.
 */
export const RECURRING_DATE_MEASURES: ReadonlySet<string> = new Set(["date.occurred", "date.start", "date.end", "date.elected", "date.re-elected", "date.sentenced"]);

/**
 * Measures that are themselves a limit: a ferry's capacity is the most it may carry, so "a
 * maximum of 580 passengers" or "up to 580" of its capacity gives the capacity, 580, not any
 * figure below it (interval.ts).
 */
export const LIMIT_MEASURES: ReadonlySet<string> = new Set(["capacity"]);
