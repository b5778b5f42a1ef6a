import { casual, ParsingResult, type ParsingContext } from "chrono-node";

/** Enough for "September 23, 2020 at 10:00 GMT"; bounded so a re-read stays cheap. */
const REREAD_LENGTH = 40;

/**
 * Chrono's reading of the words of `result` from `skip` on, as a result at the same place in
 * the text: for when chrono took too much ("12 December 27" after a "$", "3 months and 2 days
 * ago" after "the last") and the rest, read alone, is the date. Null when the rest is no date.
 * @example rereadFrom(context, resultOf("12 December 27"), 3) // "December 27"
 */
export function rereadFrom(context: ParsingContext, result: ParsingResult, skip: number): ParsingResult | null {
  // The text from there on, not only chrono's words: "$30 January 5" was read as "30 January".
  const from = result.index + skip;
  const tail = context.text.slice(from, from + Math.max(REREAD_LENGTH, result.text.length - skip));
  const text = tail.trimStart();
  const lead = skip + tail.length - text.length;
  const [first] = casual.parse(text, { instant: context.reference.instant, timezone: 0 });
  if (!(first instanceof ParsingResult) || first.index !== 0) return null;
  return context.createParsingResult(result.index + lead, first.text, first.start, first.end);
}
