import type { Page } from "../ports.js";
import type { Checkpoint } from "./checkpoint.js";

export interface SegmentRun<T> {
  checkpoint: Checkpoint;
  /** One page of one segment. */
  page(segment: number, cursor: string | undefined): Promise<Page<T>>;
  /** Handles one item; the segments run in parallel, items of one segment one after another. */
  each(item: T): Promise<void>;
  /** Persists the checkpoint after a page (calls are serialized). */
  save(checkpoint: Checkpoint): Promise<void>;
  shouldStop(): boolean;
}

/**
 * Drives parallel Scan segments from a checkpoint. Returns false when stopped early; the
 * checkpoint then points at the first page not finished in each segment.
 * @example await runSegments({ checkpoint, page, each, save, shouldStop: () => false })
 */
export async function runSegments<T>(run: SegmentRun<T>): Promise<boolean> {
  let saving = Promise.resolve();
  const persist = () => (saving = saving.then(() => run.save(run.checkpoint)));
  const results = await Promise.all(run.checkpoint.segments.map(async (_, segment) => {
    for (;;) {
      const state = run.checkpoint.segments[segment];
      if (state === true) return true;
      if (run.shouldStop()) return false;
      const page = await run.page(segment, state ?? undefined);
      for (const item of page.items) {
        if (run.shouldStop()) return false;
        await run.each(item);
      }
      run.checkpoint.segments[segment] = page.cursor ?? true;
      await persist();
    }
  }));
  await saving;
  return results.every(Boolean);
}
