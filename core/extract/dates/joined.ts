import type { Window } from "./windows.js";

/**
 * An article's date windows as one text for one chrono call (or a few, for a very long
 * article). Chrono's cost per call (a context, every parser's pattern, two dozen refiners) is
 * then paid once per article rather than once per window. The separator keeps the windows
 * apart: a line break either side, so nothing reads as the same clause, and invisible
 * separators between, which are neither space, word nor digit, so no pattern and no merge of
 * two results reads across them.
 */
export const SEPARATOR = "\n\u2063\u2063\u2063\n";

export interface JoinedWindows {
  text: string;
  windows: readonly Window[];
  /** Where each window starts in `text`. */
  starts: readonly number[];
}

/**
 * The most text one chrono call sees. Some of chrono's refiners and parsers read everything
 * before each result ("end of" before a month, a digit before a slash), which is quadratic in
 * the text they are given: a bound keeps a data dump of dates linear, and an ordinary article's
 * windows (a few hundred characters to a few thousand) still go in one call.
 */
export const MAX_JOINED = 4000;

/**
 * The windows in order, joined into as few texts of at most MAX_JOINED characters as fit (a
 * single window is never split; windows are at most a few hundred characters).
 * @example joinWindows("On 24 July, it rained. By 2 August it stopped.", windows)[0].text // "On 24 July, it\n⁣⁣⁣\nBy 2 August it"
 */
export function joinWindows(article: string, windows: readonly Window[], limit = MAX_JOINED): JoinedWindows[] {
  const batches: JoinedWindows[] = [];
  let batch: Window[] = [];
  let length = 0;
  const close = () => {
    if (batch.length > 0) batches.push(joinBatch(article, batch));
    batch = [];
    length = 0;
  };
  for (const window of windows) {
    const size = window.end - window.start + SEPARATOR.length;
    if (length + size > limit) close();
    batch.push(window);
    length += size;
  }
  close();
  return batches;
}

function joinBatch(article: string, windows: readonly Window[]): JoinedWindows {
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
