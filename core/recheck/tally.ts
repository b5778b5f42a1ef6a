import type { Finding } from "../model.js";
import type { FindingChanges } from "../ports.js";
import type { SubjectOutcome } from "./subjects.js";
import type { RecheckDeps, RecheckPhase, RecheckProgress, RecheckResult } from "./types.js";

/**
 * The run's counters; reports progress and announces new contradictions as they are stored.
 * @example const tally = new Tally(now(), { onProgress }); await tally.article(changes); tally.finish(now(), true)
 */
export class Tally {
  private readonly progress: RecheckProgress;

  constructor(private readonly startedAt: string, private readonly deps: Pick<RecheckDeps, "announce" | "onProgress" | "totals">) {
    this.progress = { phase: "articles", articles: 0, reextracted: 0, subjects: 0, claims: 0, opened: 0, resolved: 0, peakHeld: 0, peakFindings: 0, cleaned: 0, ...(deps.totals ? { totals: deps.totals } : {}) };
  }

  private unchanged = 0;

  async article(changes: FindingChanges | null): Promise<void> {
    this.progress.articles += 1;
    if (changes) {
      this.progress.reextracted += 1;
      this.unchanged += changes.unchanged.length;
      this.progress.resolved += changes.resolved.length;
      await this.opened(changes.opened);
    }
    this.report("articles");
  }

  async subject(outcome: SubjectOutcome, reportsRead?: number): Promise<void> {
    this.progress.subjects += 1;
    if (reportsRead !== undefined) this.progress.reportsRead = reportsRead;
    this.progress.claims += outcome.claims;
    this.progress.resolved += outcome.resolved;
    this.progress.peakHeld = Math.max(this.progress.peakHeld ?? 0, outcome.peakHeld);
    this.progress.peakFindings = Math.max(this.progress.peakFindings ?? 0, outcome.peakFindings);
    this.progress.cleaned = (this.progress.cleaned ?? 0) + outcome.cleaned;
    this.unchanged += outcome.unchanged;
    await this.opened(outcome.opened);
    this.report("subjects");
  }

  private async opened(findings: Finding[]): Promise<void> {
    this.progress.opened += findings.length;
    const contradictions = findings.filter((f) => f.severity === "contradiction");
    if (contradictions.length > 0 && this.deps.announce) await this.deps.announce(contradictions);
  }

  private report(phase: RecheckPhase): void {
    this.progress.phase = phase;
    this.deps.onProgress?.({ ...this.progress });
  }

  finish(endedAt: string, complete: boolean): RecheckResult {
    const { articles, claims, opened, resolved } = this.progress;
    const durationMs = Math.max(0, Date.parse(endedAt) - Date.parse(this.startedAt)) || 0;
    return { summary: { articles, claims, opened, resolved, unchanged: this.unchanged, durationMs }, complete };
  }
}
