import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";

/**
 * Chrono's end-of-period refiner ("end of March", "the last day of the month") matches a
 * pattern ending in "of (the)" against the whole text before every result of the call (an
 * article's joined windows: a few thousand characters, read once per date). Such a prefix
 * holds "end of" or "last day of" followed by a space, so a text without either leaves every
 * result as it is, and the refiner is skipped there. Chrono exports no refiner classes and a
 * minifier renames them: it is known by its own method, which keeps its name.
 */
const END_OF = /\b(?:last\s+day|end)\s+of\s/i;

/**
 * Whether `refiner` is chrono's end-of-period refiner.
 * @example casual.refiners.filter(readsEndOfPrefix) // [ENEndOfPeriodRefiner]
 */
export function readsEndOfPrefix(refiner: Refiner): boolean {
  return typeof (refiner as Refiner & { moveToEndOfMonth?: unknown }).moveToEndOfMonth === "function";
}

/**
 * @example chrono.refiners = chrono.refiners.map((r) => (readsEndOfPrefix(r) ? new NeedsEndOf(r) : r))
 */
export class NeedsEndOf implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return END_OF.test(context.text) ? this.inner.refine(context, results) : results;
  }
}
