/**
 * Where a report's headline and lead end, read from its text alone (before any sentence split):
 * the first line when it is short enough to be a headline, and the first sentence after it.
 * @example leadEndOf("Quake kills 15\n\nA quake struck Herat on Saturday. More text.") // 48
 */
export function leadEndOf(text: string): number {
  const line = text.indexOf("\n");
  const headline = line > 0 && line < HEADLINE_CHARS ? line : 0;
  const rest = text.slice(headline).search(/[.!?](?:\s|$)/u);
  return rest < 0 ? text.length : headline + rest + 1;
}

/** The longest first line read as a headline. */
const HEADLINE_CHARS = 300;
