import { SEPARATOR } from "./joined.js";

/**
 * A parser's pattern that only searches the windows of a joined text (joined.ts) that hold what
 * the parser needs. Chrono runs every parser's regex over the whole joined text; a gate on the
 * whole text passes as soon as one window holds the word (a clock time in one window of
 * fifteen, a weekday in one of three), and the regex then scans every window. Windows are
 * separated so that no reading crosses from one to the next, so a window without the needed
 * word yields no reading of that parser, and skipping it changes nothing but the cost.
 *
 * Chrono calls `pattern.exec(rest)` on the text after its last reading (executeParser); all
 * it reads of the answer is the match array. The restricted pattern answers with the first
 * match at or after `rest`'s start that lies in an allowed run of windows, searching the text
 * from `rest`'s start (so "^" and lookbehinds see what they saw) up to the end of the run and
 * the separator after it (so lookaheads at the run's end see the same characters).
 */

/** What chrono's executeParser needs of a pattern. */
export interface Searcher {
  exec(text: string): RegExpExecArray | null;
}

/** Allowed runs of windows as [start, end) pairs, flat. */
type Runs = number[];

let cachedText = "";
const cachedRuns = new Map<RegExp, Runs>();

/**
 * The windows of `text` (whole windows, merged when adjacent) where `needs` matches. A match
 * is credited to the window it starts in (or the next, when it starts in a separator), so a
 * window that holds the word is always in a run.
 */
export function allowedRuns(text: string, needs: RegExp): Runs {
  // One chrono call asks for the same text once per parser, then never again.
  if (text !== cachedText) {
    cachedRuns.clear();
    cachedText = text;
  }
  let runs = cachedRuns.get(needs);
  if (!runs) cachedRuns.set(needs, (runs = computeRuns(text, globalOf(needs))));
  return runs;
}

function computeRuns(text: string, needs: RegExp): Runs {
  const runs: Runs = [];
  needs.lastIndex = 0;
  for (let m = needs.exec(text); m; m = needs.exec(text)) {
    const start = windowStart(text, m.index);
    let end = text.indexOf(SEPARATOR, Math.max(m.index, start));
    if (end < 0) end = text.length;
    if (runs.length > 0 && runs[runs.length - 1] === start - SEPARATOR.length) runs[runs.length - 1] = end;
    else if (runs.length === 0 || runs[runs.length - 1]! < start) runs.push(start, end);
    needs.lastIndex = Math.max(end, m.index + 1);
  }
  return runs;
}

/** The start of the window holding `index`, or of the next window when `index` is in a separator. */
function windowStart(text: string, index: number): number {
  const before = text.lastIndexOf(SEPARATOR, index);
  return before < 0 ? 0 : before + SEPARATOR.length;
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of a pattern, made once: searching from an offset needs `lastIndex`. */
function globalOf(pattern: RegExp): RegExp {
  let copy = globals.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, copy);
  }
  return copy;
}

/**
 * `pattern` as chrono's executeParser uses it, restricted to `runs` of `text`; the pattern
 * itself when the runs cover the whole text.
 * @example restrict(joined, [0, 40], /(\W|^)(?:July)/i).exec(joined) // only a July in the first window
 */
export function restrict(text: string, runs: Runs, pattern: RegExp): Searcher {
  if (runs.length === 2 && runs[0] === 0 && runs[1] === text.length) return pattern;
  const search = globalOf(pattern);
  let run = 0;
  return {
    exec(rest: string): RegExpExecArray | null {
      const offset = text.length - rest.length;
      while (run < runs.length && runs[run + 1]! <= offset) run += 2;
      while (run < runs.length) {
        // From the separator before the run: "(\W|^)" reads its line break as the word boundary.
        const from = Math.max(offset, runs[run]! - SEPARATOR.length, 0);
        const limit = Math.min(text.length, runs[run + 1]! + SEPARATOR.length);
        search.lastIndex = from - offset;
        const m = search.exec(offset === 0 && limit === text.length ? rest : text.slice(offset, limit));
        if (m) return m;
        run += 2;
      }
      return null;
    },
  };
}
