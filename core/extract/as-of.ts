import type { Mention } from "./mention.js";
import type { Span } from "./span.js";

/**
 * When a claim holds. A number is tied to a date the writer put in the same clause ("as of
 * March 2024, 3.2 million"), or to a date that opens its sentence and so governs all of it
 * ("In 2019, Russia pledged a 30-km strip"). Anything else holds as of publication, which is
 * why 3.6 million (published 2024) and 3.5 million (2020) are different claims in time.
 * "since December 1, 2019" is not a time the count holds at but where it starts counting, so
 * since, after, before, until and from never tie a number to a date.
 */

export interface AsOfInput {
  text: string;
  sentence: Span;
  mention: Mention;
  /** Date mentions of the article, after overlaps are resolved. */
  dates: readonly Mention[];
  published?: string;
}

const TYING_WORD = /(?:^|\s)(?:as of|as at|in|on|by|at the end of|at end of|during|for)\s*$/i;
const OPENING = /^\s*(?:(?:as of|as at|in|on|by|at the end of|at end of|during)\s+)?$/i;

/**
 * @example asOfFor({ text, sentence, mention, dates, published: "2024-08-06T10:00:00Z" }) // { asOf: "2024-08-06" }
 */
export function asOfFor(input: AsOfInput): { asOf?: string; rule?: string } {
  if (input.mention.kind !== "date") {
    const stated = statedDate(input);
    if (stated) return { asOf: stated, rule: "asOf.stated-date" };
    const update = updateHeadingDate(input);
    if (update) return { asOf: update, rule: "asOf.update-heading" };
  }
  const published = publicationDay(input.published);
  return published ? { asOf: published, rule: "asOf.published" } : {};
}

/**
 * The date the writer tied the number to: the nearest date sharing its clause ("The toll from
 * the quake that struck before dawn on Monday rose to 41 on Tuesday" holds on Tuesday), else a
 * date opening the sentence. A count someone gave on a day ("A state government statement Sunday
 * evening said that 123 people were killed", "officials said Sunday that 123") holds on that day.
 */
function statedDate({ text, sentence, mention, dates }: AsOfInput): string | undefined {
  let best: { value: string; distance: number } | undefined;
  let opening: string | undefined;
  for (const date of dates) {
    if (date === mention || date.start < sentence.start || date.end > sentence.end || typeof date.value !== "string") continue;
    if (sharesClause(text, date, mention) || saidOn(text, date, mention)) {
      const distance = date.start >= mention.end ? date.start - mention.end : mention.start - date.end;
      if (!best || distance < best.distance) best = { value: date.value, distance };
    } else if (opening === undefined && opensSentence(text, sentence, date)) opening = date.value;
  }
  return best?.value ?? opening;
}

/**
 * The YYYY-MM-DD part of an ISO date or datetime (or a partial "YYYY-MM"), else undefined.
 * @example publicationDay("2020-01-14T08:00:00+03:00") // "2020-01-14"
 */
export function publicationDay(published: string | undefined): string | undefined {
  if (!published) return undefined;
  // A full date or datetime gives its day; a bare "2024-08" or "2024" is kept as written.
  const day = /^(\d{4}-\d{2}-\d{2})|^(\d{4}(?:-\d{2})?)$/.exec(published.trim());
  return day ? day[1] ?? day[2] : undefined;
}

function opensSentence(text: string, sentence: Span, date: Mention): boolean {
  const lead = text.slice(sentence.start, date.start);
  return OPENING.test(lead) && /^\s*,/.test(text.slice(date.end, date.end + 3));
}

function sharesClause(text: string, date: Mention, mention: Mention): boolean {
  if (!TYING_WORD.test(text.slice(Math.max(0, date.start - 20), date.start)) && !/^(?:as of|in|on|by)\b/i.test(text.slice(date.start, date.end))) return false;
  const between = date.start > mention.end ? text.slice(mention.end, date.start) : text.slice(date.end, mention.start);
  return between.length <= 80 && !/[,;:()–—]|\b(?:since|because|when|where|which|who|while|although|after|before|until|but|and)\b/i.test(between);
}

const SAYING = String.raw`(?:said|says|announced|reported|confirmed|stated|added)`;
const SAID_AFTER_DATE = new RegExp(String.raw`^\s*${SAYING}\s+(?:that\s+)?`, "i");
const SAID_BEFORE_DATE = new RegExp(String.raw`\b${SAYING}\s+(?:on\s+)?$`, "i");

/**
 * Whether the date is the day a count was given: "statement Sunday evening said that 123", "said
 * Sunday that 123", with the count in the said clause right after. "said Sunday's blast killed 12"
 * (a possessive: the blast's day) and a count after "since" or "before" in that clause are not.
 */
function saidOn(text: string, date: Mention, mention: Mention): boolean {
  if (date.end > mention.start || /^['’]s\b/.test(text.slice(date.end, date.end + 3))) return false;
  const after = text.slice(date.end, mention.start);
  const said = SAID_AFTER_DATE.exec(after) ?? (SAID_BEFORE_DATE.test(text.slice(Math.max(0, date.start - 20), date.start)) ? /^\s*,?\s*(?:that\s+)?/.exec(after) : null);
  if (!said) return false;
  const clause = after.slice(said[0].length);
  return clause.length <= 80 && !/[;:()–—]|\b(?:since|because|when|where|which|while|after|before|until|earlier|previous|last)\b/i.test(clause);
}

/**
 * A live page's update heading on a line of its own ("Update 13:45 NP, 2014/08/04") dates the
 * paragraphs below it, up to the next heading: the toll under the 4 August update holds on 4 August,
 * not on the day the page was last published. A heading with no date ("Update 23:05 NP") dates nothing.
 */
function updateHeadingDate({ text, mention }: AsOfInput): string | undefined {
  if (!hasUpdateHeadings(text)) return undefined;
  // A heading with no full stop after it may open the figure's sentence: look back from the figure.
  const at = Math.max(text.lastIndexOf("\nUpdate", mention.start), text.lastIndexOf("\nUPDATE", mention.start));
  if (at < 0) return undefined;
  const end = text.indexOf("\n", at + 1);
  if (end < 0 || end > mention.start || end - at > 60) return undefined;
  // The sentence's date mentions stop at its window, so the heading's day is read here, written as
  // digits (2014/08/04, 2014-08-04) only: a heading in words dates nothing yet.
  const day = /\b(\d{4})[/-](\d{1,2})[/-](\d{1,2})\b/.exec(text.slice(at, end));
  if (!day || Number(day[2]) > 12 || Number(day[3]) > 31) return undefined;
  return `${day[1]}-${day[2]!.padStart(2, "0")}-${day[3]!.padStart(2, "0")}`;
}

/** Whether the text has any update heading, asked once per text (each figure of a long page would scan it back). */
let headings: { text: string; has: boolean } | undefined;
function hasUpdateHeadings(text: string): boolean {
  if (headings?.text !== text) headings = { text, has: /\n(?:Update|UPDATE)\b/.test(text) };
  return headings.has;
}
