import type { Claim } from "../../model.js";
import { daySpan } from "../time.js";

/**
 * A stretch of months written as one date: "In June through August 2022, parts of Europe ... were
 * affected by wildfires", "from March to May". The date reader keeps the first month; the words
 * say the stretch, which holds any day inside it ("24 July 2022"): no second dating of the season.
 */

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = String.raw`(?:${MONTHS.join("|")})`;
/** "June through August", "March to May", "June–August": a first month, a word or dash of a stretch, a last month. */
const STRETCH = new RegExp(String.raw`\b${MONTH}\s*(?:through|thru|to|until|till|into|[-–—])\s*(${MONTH})\b`, "iu");

/** The days a date's words cover when they write a stretch of months, else its value's days. */
function monthsSpan(claim: Claim): { first: number; last: number } | null {
  const span = daySpan(claim.value);
  const m = STRETCH.exec(claim.text);
  if (!span || !m || typeof claim.value !== "string") return span;
  const year = Number(claim.value.slice(0, 4));
  const to = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const from = Number(claim.value.slice(5, 7)) || 1;
  // "November to February": the stretch runs into the next year.
  const end = daySpan(`${to < from ? year + 1 : year}-${String(to).padStart(2, "0")}`);
  return end ? { first: span.first, last: end.last } : span;
}

/**
 * Whether one date's words write a stretch of months that holds the other's days.
 * @example monthsHold(juneThroughAugust2022, july24of2022) // true
 */
export function monthsHold(a: Claim, b: Claim): boolean {
  const [x, y] = [monthsSpan(a), monthsSpan(b)];
  if (!x || !y || (x.first === daySpan(a.value)?.first && x.last === daySpan(a.value)?.last && y.first === daySpan(b.value)?.first && y.last === daySpan(b.value)?.last)) return false;
  return (x.first <= y.first && y.last <= x.last) || (y.first <= x.first && x.last <= y.last);
}
