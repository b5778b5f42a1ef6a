import type { Claim, Frame } from "../../model.js";
import { isCountry } from "../data/countries.js";
import { type DaySpan, daySpan, formatDate } from "../time.js";
import { type Pair, specificAnchor } from "./pair.js";
import { nameOf } from "./why.js";

/**
 * The news-cycle presumption: a report about an event that it does not date is about a recent
 * event, one of the days before the report ("the death toll from the Paris attacks has risen to
 * 130", published a week after them). Stories that retell an older event say so ("last year's",
 * a year, "the anniversary of"), and the extraction dates the event from those words. So an
 * undated event may have happened on any day of the cycle before its report, and a report whose
 * possible days hold the day another report dates the event on may be about that event: weaker
 * than both dating it alike.
 */

/** How many days before its report an undated event is presumed to have happened. */
export const NEWS_CYCLE_DAYS = 7;

/**
 * The days a figure's event may have happened on: its date when the text gives one, else the
 * cycle before the report (only for a report of a known day: a year or a month tells too little).
 * @example possibleDays(tollOf("2015-11-20"), frameWithoutDate) // 13 to 20 November 2015
 */
export function possibleDays(claim: Claim, frame: Frame): DaySpan | null {
  if (frame.event?.date) return daySpan(frame.event.date);
  const report = daySpan(claim.asOf);
  if (!report || report.first !== report.last) return null;
  return { first: report.first - NEWS_CYCLE_DAYS, last: report.last };
}

/**
 * Whether an event one report dates falls in the cycle before the other report, which does not
 * date its event. Two undated events pin no day at all: reports of "a bombing in Kabul" a week
 * apart are as likely two bombings, so they stay apart unless one news cycle holds both reports.
 */
export function mayCoincide({ a, b, fa, fb }: Pair): boolean {
  if (Boolean(fa.event?.date) === Boolean(fb.event?.date)) return false;
  const [x, y] = [possibleDays(a, fa), possibleDays(b, fb)];
  return x !== null && y !== null && x.first <= y.last && y.first <= x.last;
}

/**
 * What the two figures share that is narrower than a country: the event's place named on both
 * sides (a city, a town, a street), or a scope entity both name that is specific (a city, a
 * group, an organisation, a proper name; not a venue noun, not a country alone: a country has
 * many events of one class in a week).
 */
export function localAnchor({ event, fa, fb, scope }: Pair): string | undefined {
  if (event.kind === "same" && event.placed) {
    const place = fa.event?.place ?? fb.event?.place;
    if (place && !isCountry(place) && fb.event?.place && !isCountry(fb.event.place)) return textOf(place, fa, fb);
  }
  const entity = scope.shared.find((e) => specificAnchor(e) && !(e.kind === "place" && isCountry(e.id)));
  return entity ? nameOf(entity, [fa, fb]) : undefined;
}

function textOf(id: string, fa: Frame, fb: Frame): string {
  return nameOf([...fa.scope, ...fb.scope].find((e) => e.id === id) ?? { id, text: id }, [fa, fb]);
}

/**
 * Why the presumption made them one event, for the explanation.
 * @example presumptionWhy(pair, "Paris") // "; the report of 20 November 2015 does not date it: presumed one of the 7 days before, as the other's (13 November 2015), both in Paris"
 */
export function presumptionWhy({ a, b, fa, fb }: Pair, anchor: string): string {
  const undated = [[a, fa], [b, fb]].filter(([, frame]) => !(frame as Frame).event?.date).map(([claim]) => formatDate((claim as Claim).asOf));
  const dated = fa.event?.date ?? fb.event?.date;
  const reports = undated.length === 1 ? `the report of ${undated[0]} does not date the event` : `neither report (${undated.join(", ")}) dates the event`;
  return `; ${reports}: taken as one of the ${NEWS_CYCLE_DAYS} days before${dated ? `, like the event of ${formatDate(dated)}` : ""}, both about ${anchor}`;
}
