/**
 * A verb in the past between a happening's word and a date is the date's own verb: "after a
 * motorway bridge collapsed in Genoa ended overnight into Sunday" dates the search's end, not the
 * collapse. The date readers that take the nearest happening before a date (date-head.ts,
 * story-day.ts, occurrence-clause.ts) stop at one. Read by its regular ending: a lowercase word
 * of three letters or more before "-ed" ("ended", "resumed"; not "aged", not a name).
 * @example pastVerbBetween(" in Genoa ended overnight into ") // true
 */
export function pastVerbBetween(between: string): boolean {
  return PAST.test(between);
}

const PAST = /(?<![\p{L}'’-])\p{Ll}{3,}ed(?![\p{L}'’-])/u;
