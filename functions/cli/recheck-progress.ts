import type { RecheckProgress, RecheckSummary } from "../../core/index.js";
import { count } from "./plural.js";

/**
 * How a re-check in progress reads on stderr: a bar redrawn in place on a terminal, a plain
 * line now and then otherwise (logs, CI). Pure functions of the progress and the elapsed time.
 */

const BAR_WIDTH = 24;

/**
 * "4m05s", "12s", "--" when unknown.
 * @example formatDuration(125_000) // "2m05s"
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return "--";
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m${String(seconds % 60).padStart(2, "0")}s` : `${seconds}s`;
}

/**
 * Where the current phase stands: done, expected total (when known), items per second.
 * @example phaseStatus(progress, 5000).etaMs
 */
export function phaseStatus(progress: RecheckProgress, phaseElapsedMs: number) {
  const articles = progress.phase === "articles";
  const done = articles ? progress.articles : progress.subjects;
  const total = articles ? progress.totals?.articles : progress.totals?.subjects;
  const rate = phaseElapsedMs > 0 ? (done * 1000) / phaseElapsedMs : 0;
  const etaMs = total !== undefined && rate > 0 ? (Math.max(0, total - done) / rate) * 1000 : null;
  return { label: articles ? "articles" : "subjects", done, total, rate, etaMs };
}

function bar(done: number, total: number): string {
  const filled = Math.min(BAR_WIDTH, Math.round((done / Math.max(1, total)) * BAR_WIDTH));
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}]`;
}

/**
 * One line of progress: phase, bar (when the total is known), articles and claims done,
 * rate and ETA of the phase.
 * @example progressLine({ phase: "articles", articles: 50, reextracted: 3, subjects: 0, claims: 0, opened: 0, resolved: 0, totals: { articles: 100, subjects: 9 } }, 5000)
 * // "phase 1/2 articles [############------------] 50/100 · claims 0 · 10.0/s · ETA 5s"
 */
export function progressLine(progress: RecheckProgress, phaseElapsedMs: number): string {
  const s = phaseStatus(progress, phaseElapsedMs);
  const step = progress.phase === "articles" ? "phase 1/2" : "phase 2/2";
  const counted = s.total === undefined ? `${s.done}` : `${bar(s.done, s.total)} ${s.done}/${s.total}`;
  const others = progress.phase === "articles"
    ? `claims ${progress.claims}`
    : `articles ${progress.articles} · claims ${progress.claims}`;
  return `${step} ${s.label} ${counted} · ${others} · ${s.rate.toFixed(1)}/s · ETA ${formatDuration(s.etaMs)}`;
}

/**
 * The summary for people.
 * @example humanSummary({ articles: 12, claims: 60, opened: 2, resolved: 1, unchanged: 4, durationMs: 1500 })
 * // "Re-checked 12 articles and 60 claims in 1.5 s: 2 findings opened, 1 resolved, 4 unchanged."
 */
export function humanSummary(summary: RecheckSummary, complete = true): string {
  const line = `Re-checked ${count(summary.articles, "article")} and ${count(summary.claims, "claim")} in ${(summary.durationMs / 1000).toFixed(1)} s: `
    + `${count(summary.opened, "finding")} opened, ${summary.resolved} resolved, ${summary.unchanged} unchanged.`;
  return complete ? line : `${line} Stopped early: run again to finish from the checkpoint.`;
}
