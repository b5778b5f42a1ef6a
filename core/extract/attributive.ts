import type { Span } from "./span.js";

/**
 * A figure written as a compound before its noun after a definite determiner ("the 150-year-old
 * structure", "its 24-storey tower", "the city's 30-mile strip"): the definite phrase takes the
 * thing as given, so a modal verb of the clause ("the 150-year-old structure could take the
 * weight of only about 125 people") is about what is said of the thing, not about its age.
 * An indefinite "a 30-mile strip would be created" stays under the modal: the strip may never exist.
 */

/** A number and its unit words joined by hyphens, ending the figure's words: "150-year-old", "24-storey", "18.6-mile". */
const COMPOUND = /\d-(?:\p{L}+-)*\p{L}+$/u;
/** A definite determiner or a possessive, then up to two modifiers, right before the figure. */
const DEFINITE = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|\p{L}[\p{L}.’'-]*['’]s)\s+(?:[\p{L}-]+,?\s+){0,2}$/u;
/** A lowercase word right after it: the noun the compound modifies. */
const NOUN_AFTER = /^\s+\p{Ll}/u;

/** Whether the figure at `mention` is a compound modifier of a definite noun phrase: its value is presupposed. */
export function attributiveFigure(text: string, mention: Span): boolean {
  return COMPOUND.test(text.slice(mention.start, mention.end))
    && NOUN_AFTER.test(text.slice(mention.end, mention.end + 3))
    && DEFINITE.test(text.slice(Math.max(0, mention.start - 50), mention.start));
}
