import type { Mention } from "../mention.js";
import type { Span } from "../span.js";
import data from "./data/named-measures.js";
import { wordAlternation as alt } from "./alternation.js";
import { QUAL } from "./named-class.js";
import type { NamedMeasure } from "./named-measure.js";
import { thingOf } from "./named-thing.js";

/**
 * Measures in a reference page's fact box: "Lusail Stadium" as the page's first line, then
 * "- Capacity: 88,966", "Height145 m (476 ft)", "Length1,780 m (5,840 ft)". Encyclopedia pages and
 * their mirrors list a thing's measures as label lines under its name; the label is the class,
 * the page's title the thing. The title must be a name alone on the first line and be named again
 * below it (the page is about it); a label line in any other text gives nothing.
 */

const LABEL = new RegExp(String.raw`^[ \t]*[-•*·]?[ \t]*(${alt(Object.keys(data.nounFrames))})[ \t]*(?:[:\-–][ \t]*)?${QUAL}$`, "i");
/** "Length1,780 m (5,840 ft)": a value glued to its label is not read, its bracketed conversion is the figure. */
const GLUED = new RegExp(String.raw`^[ \t]*[-•*·]?[ \t]*(${alt(Object.keys(data.nounFrames))})[ \t]*[:\-–]?[ \t]*\d[\d,.]*[ \t]*\p{L}{1,3}[ \t]*\([ \t]*$`, "iu");
const TITLE = /^\s*([^\n]{2,60})\n/;
/** Classes a bare count has (a height needs a unit): as in named-frames.ts nounOf. */
const COUNTED = ["population", "capacity", "tonnage", "deadweight"];

/** The thing a page is about: its first line, a name alone, named again below. */
export function titleThing(text: string): ReturnType<typeof thingOf> {
  const title = TITLE.exec(text)?.[1]?.trim();
  if (!title || /[.!?;,:]$/.test(title) || title.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(title)) return null;
  if (title.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the|de|la|and)$/.test(w))) return null;
  const thing = thingOf(title);
  return thing?.kind === "named" && text.indexOf(title, title.length + 1) >= 0 ? thing : null;
}

/**
 * A label line's figure as a measure of the page's title thing.
 * @example labelMeasure("Lusail Stadium\n- Capacity: 88,966\nLusail Stadium is ...", line, mentionOf("88,966"))?.thing.id // "lusail-stadium"
 */
export function labelMeasure(text: string, sentence: Span, m: Mention): NamedMeasure | null {
  const line = text.lastIndexOf("\n", m.start - 1) + 1;
  if (line < sentence.start - 200 || m.start - line > 60) return null;
  const before = text.slice(line, m.start);
  const hit = LABEL.exec(before) ?? GLUED.exec(before);
  const cls = hit ? data.nounFrames[hit[1]!.toLowerCase().replace(/\s+/g, " ")] : undefined;
  if (!cls) return null;
  const bare = m.dimension === "count" || !m.unit || m.unit === "person";
  if ((m.dimension === "money") !== (cls === "cost") || (cls !== "cost" && bare !== COUNTED.includes(cls))) return null;
  const thing = titleThing(text);
  return thing ? { cls, words: hit![1]!, thing, span: { start: 0, end: thing.text.length } } : null;
}
