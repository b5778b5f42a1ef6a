import type { CheckInput } from "../check/index.js";
import type { Article, Claim, Finding } from "../model.js";
import type { BatchStore } from "../ports.js";

/** One run's tally: DESIGN.md's `recheck --json` shape. */
export interface RecheckSummary {
  /** Articles read in phase 1 (re-extracted or not). */
  articles: number;
  /** Claims compared again in phase 2, over all partitions of the claim index. */
  claims: number;
  opened: number;
  resolved: number;
  /** Findings computed again with their status left as it was. */
  unchanged: number;
  durationMs: number;
}

export type RecheckPhase = "articles" | "subjects";

/** What a progress display needs, after each article or index partition ("subjects", for the display). */
export interface RecheckProgress {
  phase: RecheckPhase;
  articles: number;
  /** Articles whose claims were extracted again with the newer extractor. */
  reextracted: number;
  subjects: number;
  claims: number;
  opened: number;
  resolved: number;
  /** Most claims one partition walk held in memory at once, over the partitions so far. */
  peakHeld?: number;
  /** Most stored findings one partition walk held at once (they are read page by page as the walk goes). */
  peakFindings?: number;
  /** Stale items of cut-off saves removed so far. */
  cleaned?: number;
  /** Reports read so far to judge the pairs the walks proposed (recheck/reports.ts). */
  reportsRead?: number;
  /** Expected totals, when the caller could estimate them. */
  totals?: { articles: number; subjects: number };
}

export interface RecheckDeps {
  store: BatchStore;
  /** The clock as an ISO datetime (start, finish, and every status change). */
  now: () => string;
  /** Defaults to core's extractClaims / checkClaims / EXTRACTOR_VERSION. */
  extract?: (article: Article) => Claim[];
  check?: (input: CheckInput) => Finding[];
  extractorVersion?: number;
  /** New contradictions, as soon as they are stored (the outbound alerts). */
  announce?: (findings: Finding[]) => Promise<void>;
  onProgress?: (progress: RecheckProgress) => void;
  /** Asked before each article and each subject group: true stops starting new work (a deadline). */
  shouldStop?: () => boolean;
  /** Expected totals for a progress bar's ETA; the run itself never needs them. */
  totals?: { articles: number; subjects: number };
  /**
   * Parallel Scan segments (default 4), and entries of the batch index read per Scan page
   * (default 100 in phase 1, 2,000 in phase 2, where most entries are articles passed over).
   */
  segments?: number;
  pageSize?: number;
  /** Checkpoint name (default "recheck"). */
  checkpoint?: string;
}

export interface RecheckResult {
  summary: RecheckSummary;
  /** False when `shouldStop` cut the run short: the checkpoint holds where to go on from. */
  complete: boolean;
}

/**
 * A store that hands a partition's stored findings a page at a time, oldest day first (the day
 * of one of the finding's claims under the partition's key): the re-check then reads them in
 * step with its walk and holds only those whose claims it has not passed yet. A store without
 * it (an in-memory test store) gives the partition's findings at once, as undated.
 */
export interface PartitionFindingPages {
  partitionFindings(key: string, cursor: string | undefined, limit: number): Promise<{ items: { finding: Finding; day: string }[]; cursor?: string }>;
}
