import { count } from "./plural.js";
import type { CliIo } from "./io.js";

/** Plain lines are for logs: one every few seconds is enough to show it is alive. */
export const PLAIN_EVERY_MS = 5000;
/** A terminal redraw at most ten times a second. */
export const REDRAW_EVERY_MS = 100;

/**
 * Progress of `check` over several files, on stderr: one line redrawn in place on a terminal,
 * else a plain line every few seconds (a log gets no carriage returns or escape codes). One file
 * shows nothing: its report follows at once.
 * @example const progress = fileProgress(io, files.length); progress.done("a1"); progress.end()
 */
export function fileProgress(io: CliIo, total: number, clock: () => number = Date.now): { done(id: string): void; end(): void } {
  let finished = 0;
  let lastDraw = clock();
  let drawn = false;
  return {
    done(id) {
      finished++;
      const now = clock();
      if (total < 2 || now - lastDraw < (io.interactive ? REDRAW_EVERY_MS : PLAIN_EVERY_MS)) return;
      lastDraw = now;
      const line = `checked ${finished} of ${count(total, "article")} (last: ${id})`;
      io.stderr.write(io.interactive ? `\r${line}\u001b[K` : `${line}\n`);
      drawn = true;
    },
    end() {
      if (io.interactive && drawn) io.stderr.write("\r\u001b[K");
    },
  };
}
