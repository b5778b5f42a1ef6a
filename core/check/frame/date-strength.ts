import { isCountry } from "../data/countries.js";
import { ONCE_ONLY_DATE_MEASURES } from "../data/frame-classes.js";
import { daySpan, gapDays, yearOf } from "../time.js";
import { type Pair, specificAnchor, type Strength } from "./pair.js";
import { isStoryName, STORY_NAME_DAYS, storyMatch, storyNamesOf } from "./story-names.js";
import { storyWhy } from "./story-shared.js";
import { byMeasure, leadDayOfMeasure, leadDayStory, storyDay } from "./date-lead-day.js";
import { rareNameDay } from "./date-rare-name.js";

/**
 * A date is one event's only when something names it: inside one article the same class of
 * event or a shared entity; across articles a once-only phase (a birth, the start of a war)
 * with an anchor, or an occurrence tied to a named thing, a group or an organisation, or to a
 * street within two days, since bombings in one city recur.
 */
/** The mark rules/date-conflict.ts puts on both frames of a pair told on the two sides of one midnight (time.ts aroundMidnight). */
export const AROUND_MIDNIGHT = "date.around-midnight";
const atMidnight = ({ fa, fb }: Pair) => Boolean(fa.rules?.includes(AROUND_MIDNIGHT) && fb.rules?.includes(AROUND_MIDNIGHT));

/** The strength of a match by `retoldLandmark`, told apart so the explanation can say why. */
const RETOLD: Strength = "weak";

/**
 * A date match with what it rests on beyond the frames, for the explanation.
 * @example dateMatch(pair) // { strength: "weak", note: "; one report retells it a year or more on ..." }
 */
export function dateMatch(pair: Pair): { strength: Strength; note?: string } {
  const strength = dateStrength(pair);
  // The days two leads give their events (extract/subject/lead-event-day.ts): said why they are one story's.
  const lead = strength ? leadDayStory(pair) : null;
  if (lead) return { strength, note: `; each lead dates its report's event, the ${pair.fa.measure.text} / the ${pair.fb.measure.text}, and the two are one story (${storyWhy(lead)})` };
  const rare = strength && !lead ? rareNameDay(pair) : undefined;
  if (rare) return { strength, note: `; each lead dates its report's event, both at ${rare}, a name no other place shares, on days at most two apart: one event misdated rather than two` };
  if (strength && atMidnight(pair)) return { strength, note: "; one is told late in its day or the other early in the next: the hour around midnight, a time zone or a dateline may explain the day apart" };
  if (strength !== RETOLD || !retoldLandmark(pair) || pair.a.articleId === pair.b.articleId) return { strength };
  const days = daysBetween(pair.a.value, pair.b.value);
  return { strength, note: `; the dates are ${days} day${days === 1 ? "" : "s"} apart and one report retells the event a year or more on, when an event of its class and place within days is rare` };
}

export function dateStrength(pair: Pair): Strength {
  const { a, b, fa, fb, event, scope } = pair;
  // A lead's day of its event (extract/subject/lead-event-day.ts) holds its verb's class as its event; a
  // frame of the same measure that names none (a head's "died on") is of that class (`byMeasure`).
  if (event.kind === "one-sided" && !leadDayOfMeasure(fa, fb)) return null;
  // A venue noun ("the market") is no name: markets are bombed in many cities. A story's name
  // (a city, a district) is no name of the happening either.
  const named = scope.shared.some((entity) => entity.kind !== "place" && !isStoryName(entity) && !where(entity) && specificAnchor(entity));
  const headed = dateHead(fa) || dateHead(fb);
  // The day a lead gives its story's happening (extract/subject/story-day.ts): across reports,
  // one happening when the story match ties the two stories (their distinctive names, class and
  // days); dated apart, a discrepancy (a contradiction when a named thing ties them too).
  // So too a date read by its clause's head (extract/subject/date-head.ts: "was admitted on", "set sail"): the
  // phase of the story's one subject, when the clauses name nothing that differs.
  if (a.articleId !== b.articleId && (storyDay(fa) || storyDay(fb) || headed) && storyMatch(a, ...byMeasure(fa, fb, b))) return named ? "strong" : "weak";
  // Two leads' days of one class of event at a rare name, however far apart the reports (date-rare-name.ts).
  if (rareNameDay(pair)) return "weak";
  if (a.articleId === b.articleId) {
    if (event.kind !== "same" && scope.shared.length === 0) return oneStoryPhase(pair) ? "weak" : null;
    if (ONCE_ONLY_DATE_MEASURES.has(fa.measure.id)) return "strong";
    // Two occurrences of one class told by their years ("behind the 1900 hurricane that hit
    // Galveston and the 1928 hurricane") are two events: storms, quakes and bombings recur. Two
    // full dates a year apart to the day are more likely a slip of the year (below).
    if (yearsDiffer(a.value, b.value) && !(fullDay(a.value) && fullDay(b.value))) return null;
    // Two occurrences of one class in one place, dated apart in year, month and day ("the quake
    // of 14 August 2021" and "the 12 January 2010 quake"), are two events the story tells; one
    // field apart ("26 April 1564" / "26 April 1654", "June 17" / "July 17") is a slip.
    return named || oneFieldApart(a.value, b.value) ? "strong" : null;
  }
  // A head's clause names where its phase happened as often as what it happened to ("left the
  // port of Manila", "admitted to a hospital in Mumbai"): ferries leave one port daily, so a place
  // alone ties no two head dates.
  const placed = !headed && (scope.shared.length > 0 || (event.kind === "same" && event.placed));
  // "admitted to Breach Candy Hospital" in two reports of one week: one admission, weakly.
  if (headed && scope.shared.some(where) && publishedApart(a, b) <= STORY_NAME_DAYS) return "weak";
  if (ONCE_ONLY_DATE_MEASURES.has(fa.measure.id)) return named || placed ? "strong" : null;
  if (named) return "strong";
  // "at 11:59 pm on Monday, December 18" and "early Tuesday": one happening of one class told on the two sides of a midnight.
  // Not when both stories are told by names and share none: two dam collapses in two districts.
  if (atMidnight(pair) && event.kind === "same" && !storiesApart(fa, fb)) return "weak";
  if (retoldLandmark(pair)) return RETOLD;
  // A place inside a city (a street) pins the event down: the same kind of event there a day or
  // two apart is more likely one event misdated (a time zone, a wire's dateline) than two. A city
  // or a country does not: car bombs in Mosul on a Monday and on a Tuesday are two events.
  const street = scope.shared.some((entity) => entity.kind === "place" && (entity.within?.length ?? 0) >= 2);
  return placed && street && daysBetween(a.value, b.value) <= MISDATED_DAYS ? "strong" : null;
}

/** The mark of a date frame read by its clause's head (extract/subject/date-head-frame.ts DATE_HEAD). */
const DATE_HEAD = "frame.date-head";
const dateHead = (frame: Pair["fa"]) => Boolean(frame.rules?.includes(DATE_HEAD));

/**
 * Inside one report, two dates of one phase a day or two apart, one of them read by its clause's
 * head and told of no name of its own ("She has now passed away on Sunday" after "Lata
 * Mangeshkar passed away on Saturday morning"): the report's one subject, dated twice. A weak
 * match: a report may tell two such happenings of two people a day apart.
 */
function oneStoryPhase({ a, b, fa, fb }: Pair): boolean {
  if (daysBetween(a.value, b.value) > MISDATED_DAYS) return false;
  const unnamed = (frame: Pair["fa"]) => dateHead(frame) && frame.scope.every((entity) => isStoryName(entity));
  return unnamed(fa) || unnamed(fb);
}

/** The mark of a name a head's clause gives after its verb (extract/subject/date-head-frame.ts WHERE). */
const where = (entity: Pair["fa"]["scope"][number]) => entity.within?.includes("clause:where") ?? false;

/** Days between two claims' reports. */
function publishedApart(a: Pair["a"], b: Pair["b"]): number {
  return gapDays(a.asOf, b.asOf) ?? Infinity;
}

/** Whether two frames both carry their stories' names (extract/subject/story-names.ts) and share none. */
function storiesApart(fa: Pair["fa"], fb: Pair["fb"]): boolean {
  const [x, y] = [fa, fb].map((frame) => storyNamesOf(frame).map((e) => e.id));
  return x!.length > 0 && y!.length > 0 && !x!.some((id) => y!.includes(id));
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

const daysBetween = (x: unknown, y: unknown): number => gapDays(x, y) ?? Infinity;

/** Whether two dates name different years. */
function yearsDiffer(x: unknown, y: unknown): boolean {
  const [p, q] = [yearOf(x), yearOf(y)];
  return p !== null && q !== null && p !== q;
}

/** Whether a date value names a day ("2021-08-14"), not only a month or a year. */
function fullDay(value: unknown): boolean {
  const span = daySpan(value);
  return span !== null && span.first === span.last;
}

/**
 * Told this long after the event, an event is one a story retells as known (an anniversary, a
 * history). Under a year: anniversary pieces come out in the days around the date, and one of
 * the two dates compared is the wrong one.
 */
const RETOLD_DAYS = 330;

/**
 * Two dates of an event of one class at one place (both name it, a town or narrower, not a
 * country alone), a day or two apart, one of them told a year or more after it: an event retold
 * years on is one remembered by itself ("the Brumadinho dam collapse", "the attacks in Paris"),
 * and a second one of its class and place within days is rare; a wire's dateline, a time zone
 * or a slip of memory is the likelier cause. Weak: a discrepancy at most, since two such events
 * do happen (Paris, 7 and 9 January 2015). Two reports of the time alone are not enough: car
 * bombs in one city on a Monday and a Tuesday are two events.
 */
function retoldLandmark({ a, b, fa, fb, event }: Pair): boolean {
  if (event.kind !== "same" || !event.placed || daysBetween(a.value, b.value) > MISDATED_DAYS) return false;
  if (!localPlace(fa) || !localPlace(fb)) return false;
  const latest = Math.max(daySpan(a.value)?.last ?? Infinity, daySpan(b.value)?.last ?? Infinity);
  const told = (claim: Pair["a"]) => (daySpan(claim.asOf)?.first ?? -Infinity) - latest >= RETOLD_DAYS;
  return told(a) || told(b);
}

/** Whether a date claim's event is placed narrower than a country (a city, a town, a street). */
function localPlace(frame: Pair["fa"]): boolean {
  const place = frame.event?.place;
  return place !== undefined && !isCountry(place);
}
