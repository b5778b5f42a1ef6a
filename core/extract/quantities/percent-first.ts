import { getUnit } from "../../units/index.js";
import { mark, type Candidate } from "./candidate.js";

/** "percent of 10", "per cent of twenty-two": the percent named before its number. */
const PERCENT_OF = /(?:^|[^\w])(percents?|per[ \t]cent|percentage)[ \t]{1,2}of[ \t]{1,2}$/i;
/** A number right before the percent word owns it ("5 percent of 10,000"). */
const NUMBER_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|half))[ \t]{0,2}$/i;
const ENDS_CLAUSE = /^[ \t]{0,2}(?:[.,;:!?)]|$)/;

/**
 * The percent word written first, only where nothing else can own it: no number before the
 * word and nothing counted after the number ("a large percent of 10 million people" is a count).
 */
export function percentFirst(text: string, c: Candidate): void {
  if (c.unit || c.countUnit) return;
  const head = text.slice(Math.max(0, c.start - 30), c.start);
  const m = PERCENT_OF.exec(head);
  if (!m?.[1] || !ENDS_CLAUSE.test(text.slice(c.end, c.end + 4))) return;
  const wordStart = c.start - head.length + head.lastIndexOf(m[1]);
  if (NUMBER_BEFORE.test(text.slice(Math.max(0, wordStart - 12), wordStart))) return;
  c.unit = getUnit("%");
  c.kind = "percent";
  c.start = wordStart;
  mark(c, "percent");
}
