import type { ParsingResult } from "chrono-node";

/**
 * Whether the result carries one of `tags`, on its start or its end (what result.tags() holds).
 * Chrono's result.tags() builds a new set of both every call, and the refiners ask this of
 * every result of every article.
 * @example hasAnyTag(result, [YEAR_TAG, DECADE_TAG]) // true for "in 2011" read by our YearParser
 */
export function hasAnyTag(result: ParsingResult, tags: readonly string[]): boolean {
  const start = result.start.tags();
  for (const tag of tags) if (start.has(tag)) return true;
  if (!result.end) return false;
  const end = result.end.tags();
  for (const tag of tags) if (end.has(tag)) return true;
  return false;
}
