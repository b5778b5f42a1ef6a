import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { DAY_MONTH_OF_YEAR_TAG } from "./day-month-of-year-parser.js";
import { DAY_OF_MONTH_TAG } from "./day-of-month-parser.js";
import { WEEKDAY_DAY_TAG } from "./weekday-day-parser.js";
import { WEEKDAY_OF_WEEK_TAG } from "./weekday-of-week-parser.js";
import { hasAnyTag } from "./tags.js";

/**
 * News reports the past. A date that names no year is read as the most recent one at or before
 * publication: "Nov. 13" in an article of 2023-01-11 is 2022-11-13 (chrono's default, the
 * closest date, would often say the coming one: "the 7 October attacks" in August 2024 would
 * be 2024-10-07). Three exceptions keep announced events right:
 *  - a date within the next 14 days stays in the future ("scheduled to meet Blinken on Jan. 18");
 *  - a future cue earlier in the sentence ("will", "scheduled", "ahead of") picks the closest
 *    occurrence instead ("as will the results of the November US presidential election");
 *  - "next"/"coming"/"upcoming" right before the date picks the first occurrence after
 *    publication ("the next meeting Sept. 17"; "coming Thursday" said on a Thursday is a week on).
 * Weekdays lean the same way: "on Monday" is the Monday at or before publication.
 */
const FORWARD_GRACE_DAYS = 14;
const DAY_MS = 86_400_000;
const FUTURE_CUE =
  /\b(?:will|shall|could|might|scheduled|upcoming|(?:is|are|was|were) due|due (?:on|in|by)|expected to|set to|ahead of|planned|plans? to|likely to|is to|are to|as soon as|as early as)\b|'ll\b/i;
/** A modifier means chrono already knows which occurrence is meant: "next Monday", "last May". */
const MODIFIER = /\b(?:last|next|this|past|previous|coming|following)\b/i;

/** "this Wednesday" (chrono reads the coming one): the sentence decides (Cue.past). */
const THIS_WEEKDAY = /^(?:on\s+)?this\s+(?:sun|mon|tue|wed|thu|fri|sat)/i;
/** Words of a sentence told in the past: a verb in "-ed", a past auxiliary, a verb of happening. */
const PAST_CUE = /\b(?:was|were|had|did|died|struck|hit|took\s+place|broke\s+out|sank|[a-z]{3,}ed)\b/i;

export const PAST_LEANING_TAG = "claimcheck/past-leaning";

/** Parsers of ours that resolve their own occurrence from the reference. */
const OWN_PARSERS = [WEEKDAY_DAY_TAG, DAY_OF_MONTH_TAG, WEEKDAY_OF_WEEK_TAG, DAY_MONTH_OF_YEAR_TAG];

/**
 * Chrono sees windows, not the article; the article text before a result comes through the
 * parsing option, so a cue like "likely to be expedited in the event of a Trump win in the
 * November election" is still found.
 */
export interface NewsParsingOption {
  forwardDate: false;
  /** The article text before a position of the parsed text (at least the last 100 characters). */
  textBefore: (index: number) => string;
}

/**
 * @example chrono.refiners.push(new PastLeaningRefiner()) // "Nov. 13" on 2023-01-11 -> 2022-11-13
 */
export class PastLeaningRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = context.reference.instant;
    for (const result of results) {
      const { start } = result;
      if (start.isCertain("year")) {
        if (leanTwoDigitYear(result, ref)) result.addTag(PAST_LEANING_TAG);
        continue;
      }
      const textBefore = (context.option as Partial<NewsParsingOption>).textBefore;
      const cue = new Cue(() => (textBefore ? textBefore(result.index) : context.text.slice(0, result.index)));
      // "the collapse that occurred this Wednesday": a weekday of this week told in the past is the one at or before publication.
      if (THIS_WEEKDAY.test(result.text) && !start.isCertain("day") && start.isCertain("weekday") && cue.past()) {
        if (leanWeekday(start, ref, cue)) result.addTag(PAST_LEANING_TAG);
        continue;
      }
      // Our own parsers of partial dates already chose the past occurrence.
      if (MODIFIER.test(result.text) || hasAnyTag(result, OWN_PARSERS)) continue;
      const moved = start.isCertain("day") || start.isCertain("month")
        ? leanMonthDay(start, ref, cue)
        : start.isCertain("weekday") && leanWeekday(start, ref, cue);
      if (moved) result.addTag(PAST_LEANING_TAG);
      if (result.end && !result.end.isCertain("year")) followStartYear(result.start, result.end);
    }
    return results;
  }
}

/**
 * "coming Thursday", "the next meeting Sept. 17": chrono leaves these words outside its result.
 * Only right before the date (one word between at most): a "next" elsewhere in the sentence
 * ("next Monday or previous Monday") says nothing about this date. "following" is not one:
 * "following the 7 October attacks", "released the following Friday" tell the story's past.
 */
const NEXT_BEFORE = /\b(?:coming\s{1,2}|(?:next|upcoming)\s{1,2}(?:[a-z]{1,15}\s{1,2})?)$/i;

/**
 * What the text before a date says of its occurrence: "next" (the first after publication) or
 * "near" (the closest one: a future cue in the sentence so far, up to 100 characters back);
 * neither means the latest one at or before publication. Each is read only when asked: the
 * sentence's cue words are the costly search, and for most dates the closest occurrence is the
 * latest past one anyway, so it is never needed.
 */
class Cue {
  private left: string | undefined;

  constructor(private readonly before: () => string) {}

  private text(): string {
    this.left ??= this.before().slice(-100);
    return this.left;
  }

  next(): boolean {
    // The longest NEXT_BEFORE can match is "upcoming" and a 15-letter word with their spaces.
    return NEXT_BEFORE.test(this.text().slice(-32));
  }

  near(): boolean {
    const left = this.text();
    return FUTURE_CUE.test(left.slice(sentenceStart(left)));
  }

  /** The sentence so far tells the past ("occurred", "was", "died") and nothing to come. */
  past(): boolean {
    const left = this.text();
    const sentence = left.slice(sentenceStart(left));
    return PAST_CUE.test(sentence) && !FUTURE_CUE.test(sentence);
  }
}

/** Just after the last ".", "!" or "?" that a space follows, or 0: where the sentence so far begins. */
function sentenceStart(text: string): number {
  for (let i = text.length - 2; i >= 0; i--) {
    const ch = text[i];
    if ((ch === "." || ch === "!" || ch === "?") && /\s/.test(text[i + 1]!)) return i + 1;
  }
  return 0;
}

function leanMonthDay(start: ParsingComponents, ref: Date, cue: Cue): boolean {
  const month = start.get("month") as number;
  const day = start.isCertain("day") ? (start.get("day") as number) : null;
  const refYear = ref.getUTCFullYear();
  const at = (year: number) => Date.UTC(year, month - 1, day ?? 1, 12);
  // A month alone is compared month to month: "December" in December is this December.
  const refKey = day === null ? Date.UTC(refYear, ref.getUTCMonth(), 1, 12) : ref.getTime();
  const grace = day === null ? 0 : FORWARD_GRACE_DAYS * DAY_MS;
  // Years in which the date exists: "Feb. 29" only in leap years, so up to four back.
  const leapDay = month === 2 && day === 29;
  const years: number[] = [];
  for (let back = leapDay ? -4 : -1; back <= 1; back++) {
    const y = refYear + back;
    if (!leapDay || new Date(at(y)).getUTCDate() === 29) years.push(y);
  }
  // With a future cue, the closest occurrence: "was set to take effect on January 12" two days
  // after it is still the past one, "the November election" in August the coming one.
  const past = latestPast(years, at, refKey + grace) ?? refYear - 1;
  const near = closest(years, at, refKey);
  const year = cue.next() ? years.find((y) => at(y) > refKey) ?? refYear + 1 : near !== past && cue.near() ? near : past;
  const changed = year !== start.get("year");
  start.imply("year", year);
  return changed;
}

/** The last of `years` whose date is at or before `limit`. */
function latestPast(years: readonly number[], at: (year: number) => number, limit: number): number | undefined {
  let found: number | undefined;
  for (const y of years) if (at(y) <= limit) found = y;
  return found;
}

/** The first of `years` whose date is closest to `key`. */
function closest(years: readonly number[], at: (year: number) => number, key: number): number {
  let best = years[0]!;
  for (const y of years) if (Math.abs(at(y) - key) < Math.abs(at(best) - key)) best = y;
  return best;
}

function leanWeekday(start: ParsingComponents, ref: Date, cue: Cue): boolean {
  const weekday = start.get("weekday") as number;
  const back = (ref.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - ref.getUTCDay() + 7) % 7;
  // The publication's own weekday is the same day whether read near or past.
  const offset = cue.next() ? ahead || 7 : ahead !== 0 && cue.near() ? ahead : -back;
  const date = new Date(ref.getTime() + offset * DAY_MS);
  const changed = date.getUTCDate() !== start.get("day") || date.getUTCMonth() + 1 !== start.get("month");
  start.imply("year", date.getUTCFullYear());
  start.imply("month", date.getUTCMonth() + 1);
  start.imply("day", date.getUTCDate());
  return changed;
}

/** "July 12-15" and "12 December to 3 January": the end shares the start's leaned year. */
function followStartYear(start: ParsingComponents, end: ParsingComponents): void {
  const year = start.get("year") as number;
  const rollsOver = (end.get("month") ?? 0) < (start.get("month") ?? 0);
  end.imply("year", rollsOver ? year + 1 : year);
}

/**
 * "12/12/30" is 1930 in a text published in 2018: a two-digit year that chrono put more than a
 * year ahead of publication is read a century earlier.
 */
function leanTwoDigitYear(result: ParsingResult, ref: Date): boolean {
  const year = result.start.get("year") as number;
  if (year <= ref.getUTCFullYear() + 1 || result.text.includes(String(year))) return false;
  result.start.assign("year", year - 100);
  return true;
}
