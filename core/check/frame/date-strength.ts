import { ONCE_ONLY_DATE_MEASURES } from "../data/frame-classes.js";
import { daySpan } from "../time.js";
import { type Pair, specificAnchor, type Strength } from "./pair.js";

/**
 * A date is one event's only when something names it: inside one article the same class of
 * event or a shared entity; across articles a once-only phase (a birth, the start of a war)
 * with an anchor, or an occurrence tied to a named thing, a group or an organisation, or to a
 * street within two days, since bombings in one city recur.
 */
export function dateStrength({ a, b, fa, event, scope }: Pair): Strength {
  if (event.kind === "one-sided") return null;
  // A venue noun ("the market") is no name: markets are bombed in many cities.
  const named = scope.shared.some((entity) => entity.kind !== "place" && specificAnchor(entity));
  if (a.articleId === b.articleId) {
    if (event.kind !== "same" && scope.shared.length === 0) return null;
    // Two occurrences of one class in one place, dated apart in year, month and day ("the quake
    // of 14 August 2021" and "the 12 January 2010 quake"), are two events the story tells; one
    // field apart ("26 April 1564" / "26 April 1654", "June 17" / "July 17") is a slip.
    return ONCE_ONLY_DATE_MEASURES.has(fa.measure.id) || named || oneFieldApart(a.value, b.value) ? "strong" : null;
  }
  const placed = scope.shared.length > 0 || (event.kind === "same" && event.placed);
  if (ONCE_ONLY_DATE_MEASURES.has(fa.measure.id)) return named || placed ? "strong" : null;
  if (named) return "strong";
  // A place inside a city (a street) pins the event down: the same kind of event there a day or
  // two apart is more likely one event misdated (a time zone, a wire's dateline) than two. A city
  // or a country does not: car bombs in Mosul on a Monday and on a Tuesday are two events.
  const street = scope.shared.some((entity) => entity.kind === "place" && (entity.within?.length ?? 0) >= 2);
  return placed && street && daysBetween(a.value, b.value) <= MISDATED_DAYS ? "strong" : null;
}

/** Whether two full dates differ in one of year, month and day only. */
function oneFieldApart(x: unknown, y: unknown): boolean {
  const parts = (value: unknown) => (typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value)?.slice(1) : undefined);
  const [p, q] = [parts(x), parts(y)];
  if (!p || !q) return true;
  return p.filter((part, i) => part !== q[i]).length <= 1;
}

/** Dates this close, for one kind of event on one street, are read as one event's. */
const MISDATED_DAYS = 2;

function daysBetween(x: unknown, y: unknown): number {
  const [a, b] = [daySpan(x), daySpan(y)];
  return a && b ? Math.max(0, a.first - b.last, b.first - a.last) : Infinity;
}
