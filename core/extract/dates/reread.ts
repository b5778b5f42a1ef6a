import { casual, ParsingResult, type ParsingContext } from "chrono-node";

/**
 * Chrono's reading of the words of `result` from `skip` on, as a result at the same place in
 * the text: for when chrono took too much ("12 December 27" after a "$", "3 months and 2 days
 * ago" after "the last") and the rest, read alone, is the date. Null when the rest is no date.
 * @example rereadFrom(context, resultOf("12 December 27"), 3) // "December 27"
 */
export function rereadFrom(context: ParsingContext, result: ParsingResult, skip: number): ParsingResult | null {
  const tail = result.text.slice(skip);
  const text = tail.trimStart();
  const lead = skip + tail.length - text.length;
  const [first] = casual.parse(text, { instant: context.reference.instant, timezone: 0 });
  if (!(first instanceof ParsingResult) || first.index !== 0) return null;
  return context.createParsingResult(result.index + lead, first.text, first.start, first.end);
}
