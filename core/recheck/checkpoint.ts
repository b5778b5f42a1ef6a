import type { RecheckPhase } from "./types.js";

/**
 * Where a cut-off run stops: the phase, and for each Scan segment its next cursor, or "done".
 * A page is the unit of progress: a page begun but not finished is done again on resume,
 * which is safe because every step is idempotent (re-extracted articles are skipped as
 * current, groups recompute to the same findings).
 */
export interface Checkpoint {
  phase: RecheckPhase;
  segments: SegmentState[];
}

/** null: not started; a string: the cursor of the next page; true: finished. */
export type SegmentState = string | null | true;

export function freshCheckpoint(phase: RecheckPhase, segments: number): Checkpoint {
  return { phase, segments: Array.from({ length: segments }, () => null) };
}

/**
 * A stored checkpoint, or a fresh start when there is none or it was written for another segment count.
 * @example readCheckpoint(await store.getCheckpoint("recheck"), 4).phase // "articles" on a first run
 */
export function readCheckpoint(value: string | null, segments: number): Checkpoint {
  if (value === null) return freshCheckpoint("articles", segments);
  try {
    const parsed = JSON.parse(value) as Partial<Checkpoint>;
    const valid = (parsed.phase === "articles" || parsed.phase === "subjects")
      && Array.isArray(parsed.segments) && parsed.segments.length === segments
      && parsed.segments.every((s) => s === null || s === true || typeof s === "string");
    return valid ? { phase: parsed.phase!, segments: parsed.segments! } : freshCheckpoint("articles", segments);
  } catch {
    return freshCheckpoint("articles", segments);
  }
}

export function writeCheckpoint(checkpoint: Checkpoint): string {
  return JSON.stringify(checkpoint);
}
