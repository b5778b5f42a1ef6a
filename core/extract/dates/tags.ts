import type { ParsedComponents } from "chrono-node";

/** A reading's start and end: chrono's ParsingResult inside refiners, its ParsedResult after. */
interface Tagged {
  start: ParsedComponents;
  end?: ParsedComponents | null;
}

/**
 * The tags of a result's start or end, read only. Chrono's `tags()` copies its set on every
 * call (and the result's `tags()` copies both), and the refiners and to-mention.ts ask this of
 * every result of every article: the set chrono keeps is read directly where it is there
 * (chrono 2.x), with the copy as the fallback.
 */
function tagsOf(components: ParsedComponents): ReadonlySet<string> {
  const own = (components as unknown as { _tags?: unknown })._tags;
  return own instanceof Set ? (own as ReadonlySet<string>) : components.tags();
}

/**
 * Whether the result carries one of `tags`, on its start or its end (what result.tags() holds).
 * @example hasAnyTag(result, [YEAR_TAG, DECADE_TAG]) // true for "in 2011" read by our YearParser
 */
export function hasAnyTag(result: Tagged, tags: readonly string[]): boolean {
  const start = tagsOf(result.start);
  for (const tag of tags) if (start.has(tag)) return true;
  if (!result.end) return false;
  const end = tagsOf(result.end);
  for (const tag of tags) if (end.has(tag)) return true;
  return false;
}

/**
 * Whether the result carries `tag` on its start or its end.
 * @example hasTag(result, PAST_LEANING_TAG)
 */
export function hasTag(result: Tagged, tag: string): boolean {
  return tagsOf(result.start).has(tag) || (result.end ? tagsOf(result.end).has(tag) : false);
}
