import type { Window } from "./windows.js";

/**
 * An article's date windows as one text for one chrono call. Chrono's cost per call (a
 * context, every parser's pattern, two dozen refiners) is then paid once per article rather
 * than once per window. The separator keeps the windows apart: a line break either side, so
 * nothing reads as the same clause, and invisible separators between, which are neither
 * space, word nor digit, so no pattern and no merge of two results reads across them.
 */
export const SEPARATOR = "\n\u2063\u2063\u2063\n";

export interface JoinedWindows {
  text: string;
  windows: readonly Window[];
  /** Where each window starts in `text`. */
  starts: readonly number[];
}

/**
 * @example joinWindows("On 24 July, it rained. By 2 August it stopped.", windows).text // "On 24 July, it\n⁣⁣⁣\nBy 2 August it"
 */
export function joinWindows(article: string, windows: readonly Window[]): JoinedWindows {
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const window of windows) {
    if (parts.length > 0) length += SEPARATOR.length;
    starts.push(length);
    const part = article.slice(window.start, window.end);
    parts.push(part);
    length += part.length;
  }
  return { text: parts.join(SEPARATOR), windows, starts };
}

/**
 * Where a position of the joined text is in the article.
 * @example articleOffset(joined, 0) // windows[0].start
 */
export function articleOffset(joined: JoinedWindows, index: number): number {
  let low = 0;
  let high = joined.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (joined.starts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return joined.windows[low]!.start + (index - joined.starts[low]!);
}
