import type { Finding } from "../model.js";
import type { ClaimStore } from "../ports.js";
import { judge, pairOf, type Report } from "./verdict.js";
import type { Check } from "./walk.js";

/** Reports kept between verdicts of one run: a story's reports meet under many keys. */
export const REPORTS_KEPT = 64;
/** Verdicts of pairs kept: a pair of reports is proposed under each key its figures meet under. */
export const VERDICTS_KEPT = 256;

/**
 * The reports the verdicts of one re-check read (verdict.ts), each read once while it is among
 * the REPORTS_KEPT last used: what memory holds beyond the walks is these reports and the ones a
 * batch of settled proposals needs, never a partition's articles. Shared by the parallel
 * segments; a read in flight is shared too.
 * @example const reports = new Reports(store, checkClaims); await reports.judge(walk.takeSettled(held))
 */
export class Reports {
  private readonly kept = new Map<string, Promise<Report | null>>();
  private readonly verdicts = new Map<string, Map<string, Finding>>();
  /** Reports read from the store (what a run's cost is counted in). */
  reads = 0;

  constructor(private readonly store: Pick<ClaimStore, "getArticle">, private readonly check: Check, private readonly size = REPORTS_KEPT) {}

  /** The proposed findings that stand, each read against its two whole reports. */
  async judge(proposed: readonly Finding[]): Promise<Finding[]> {
    if (proposed.length === 0) return [];
    const ids = new Set(proposed.flatMap((f) => pairOf(f)?.split("\u0000") ?? []));
    const batch = new Map<string, Report>();
    for (const id of ids) {
      const report = await this.read(id);
      if (report) batch.set(id, report);
    }
    const out = judge(proposed, (id) => batch.get(id), this.check, this.verdicts);
    // The first kept is the first let go.
    for (const pair of this.verdicts.keys()) {
      if (this.verdicts.size <= VERDICTS_KEPT) break;
      this.verdicts.delete(pair);
    }
    return out;
  }

  private read(id: string): Promise<Report | null> {
    const hit = this.kept.get(id);
    if (hit) {
      // Most recently used last: the first entry is the one to let go.
      this.kept.delete(id);
      this.kept.set(id, hit);
      return hit;
    }
    this.reads += 1;
    const reading = this.store.getArticle(id).then((stored) => {
      if (!stored) return null;
      const { extractorVersion: _version, checkedAt: _checked, indexVersion: _index, ...article } = stored.article;
      return { article, claims: stored.claims };
    });
    // A failed read is not kept: the next verdict asks again.
    reading.catch(() => this.kept.get(id) === reading && this.kept.delete(id));
    this.kept.set(id, reading);
    if (this.kept.size > this.size) this.kept.delete(this.kept.keys().next().value!);
    return reading;
  }
}
