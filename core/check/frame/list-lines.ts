import { HEADING_REACH } from "../data/series-labels.js";

/**
 * The lines of a report as a list reads them: a line's own label ("Cariboo: 51"), list lines
 * against prose, the heading a list section stands under, and title-case headlines
 * (frame/labelled-series.ts and frame/section-lead.ts read them).
 */

/** A line's bullet or number: "- Noida", "1. Mumbai". */
const BULLET = String.raw`[-•*·–][^\S\n]*|\d{1,2}[.)][^\S\n]+`;

/** A list line's own label before its figures: "Cariboo: 51", "Alberta- PC {69%", "California | 3,641,105", "- Noida: Petrol". */
export const LINE_LABEL = new RegExp(String.raw`^[^\S\n]*(?:${BULLET})?(\p{L}[^:|{}()\d\n]{0,60}?)[^\S\n]*(?::|\||[^\S\n][-–—](?=[^\S\n])|[-–—](?=[^\S\n]))`, "u");

/** A line's numbering or bullet at its start: "1. Mumbai", "- Noida". */
const MARKER = new RegExp(String.raw`^[^\S\n]*(?:${BULLET})`, "u");

/** A word, for counting. */
export const WORD = /[\p{L}\p{N}'’]+/gu;

/** A line of the body and where it stands. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** The line a place in the body stands on. */
export function lineAt(body: string, at: number): Line {
  const start = body.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const found = body.indexOf("\n", at);
  const end = found === -1 ? body.length : found;
  return { start, end, text: body.slice(start, end) };
}

/** How many words a text has. */
export function wordCount(text: string): number {
  return (text.match(WORD) ?? []).length;
}

/** Whether a text has at most `most` words, counting no further than that (a line may be a whole pasted table). */
function atMostWords(text: string, most: number): boolean {
  WORD_STEP.lastIndex = 0;
  let count = 0;
  while (WORD_STEP.exec(text) !== null) if (++count > most) return false;
  return true;
}

/** WORD for stepping through a text one word at a time (its own lastIndex: WORD is shared with match()). */
const WORD_STEP = new RegExp(WORD.source, WORD.flags);

/** Whether a line reads as an item of a list, not prose: it has its own label, a bullet or number, or a few words with no sentence end. */
export function listLine(text: string): boolean {
  return LINE_LABEL.test(text) || MARKER.test(text) || (atMostWords(text, 10) && !/[.!?]\s*$/u.test(text));
}

/**
 * The heading a list line stands under: the nearest line above, past other list lines, that
 * holds no figure and is short ("West Dorset", "1. Mumbai", "Nepal, April 25th, 2015", "The
 * total number of votes cast for each party was:"); none when prose comes first.
 */
export function headingOf(line: Line, body: string, figureLines: ReadonlySet<number>): string | undefined {
  let end = line.start - 1;
  for (let steps = 0; end > 0 && steps < HEADING_REACH; steps++) {
    const above = lineAt(body, end);
    end = above.start - 1;
    const text = above.text.trim();
    if (text === "") continue;
    const holdsFigure = figureLines.has(above.start);
    const words = wordCount(text);
    if (!holdsFigure && (words <= 8 || (words <= 12 && text.endsWith(":"))) && !/[.!?;,]$/u.test(text)) return text.replace(MARKER, "").replace(/:$/u, "").toLowerCase();
    if (!listLine(above.text)) return undefined;
  }
  return undefined;
}

/**
 * A headline written in title case ("Former Mexican President Luis Echeverria Dies at 100")
 * capitalises every word, so its capitals mark no name (a list line's own label still does).
 */
export function titleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((word) => /^\p{Lu}/u.test(word)).length >= TITLE_SHARE * words.length;
}

const TITLE_SHARE = 0.7;

