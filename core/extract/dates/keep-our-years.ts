import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { DAY_LIST_TAG } from "./day-list-parser.js";
import { DECADE_TAG, YEAR_TAG } from "./year-parser.js";
import { hasAnyTag } from "./tags.js";

/**
 * Chrono's UnlikelyFormatFilter drops every result whose text is only digits, which is right for
 * its own parsers ("12" alone is no date) and wrong for ours: YearParser has already checked the
 * cue ("in 2011", "(2019)"), and DayListParser has seen the month ("18" in "18 and 19 June").
 * This wraps the filter so it only judges chrono's results.
 */
/**
 * @example chrono.refiners = chrono.refiners.map((r) => r.constructor.name === "UnlikelyFormatFilter" ? new KeepOurYears(r) : r)
 */
export class KeepOurYears implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ours: ParsingResult[] = [];
    const theirs: ParsingResult[] = [];
    for (const result of results) (isOurs(result) ? ours : theirs).push(result);
    if (ours.length === 0) return this.inner.refine(context, theirs);
    return [...this.inner.refine(context, theirs), ...ours].sort((a, b) => a.index - b.index);
  }
}

const OUR_TAGS = [YEAR_TAG, DECADE_TAG, DAY_LIST_TAG];

function isOurs(result: ParsingResult): boolean {
  return hasAnyTag(result, OUR_TAGS);
}
