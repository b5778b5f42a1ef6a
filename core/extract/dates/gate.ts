import type { ParsingContext } from "chrono-node";

/** Fails at once: "^" fails at every position but the first, so no scan of the window. */
const NEVER = /^(?!)/;

/**
 * A parser's pattern only when the window holds the word or sign it cannot do without. Chrono
 * runs every parser's regex over every window; most of our rarer forms ("the 15th day of next
 * month", "2015-12") need a word or sign that one quick search rules out.
 * @example pattern(context) { return gated(context, /month/i, MONTH_OF_YEAR); }
 */
export function gated(context: ParsingContext, needs: RegExp, pattern: RegExp): RegExp {
  return needs.test(context.text) ? pattern : NEVER;
}
