import type { Claim, Finding } from "../model.js";

const ref = (c: { articleId: string; id?: string; claimId?: string }) => `${c.articleId}\u0000${c.id ?? c.claimId}`;

/**
 * Which stored findings of a partition the walk met again: a finding is judged when all its
 * claims were compared together, and gone when one of its claims is no longer stored (its
 * article changed or went). A finding neither judged nor gone is one the walk could not see
 * again (the nearest-claims limit kept its claims apart) and stays as it is: what a check at
 * ingest found is not undone by what was stored around it later.
 *
 * Stored findings come in as the walk reaches their day (finding-feed.ts) and are decided, and
 * forgotten, as soon as the walk has passed all their claims (`settle`): memory holds the stored
 * findings of the claims being walked, never a partition's findings at once. What it keeps for
 * the whole walk is the reference of each claim walked (a few dozen bytes), to tell a finding
 * whose claim is gone from one whose claim was walked before the finding was read.
 */
export class Judged {
  private readonly byMember = new Map<string, Finding[]>();
  private readonly loaded = new Map<string, Finding>();
  private readonly seen = new Set<string>();
  private readonly judged = new Set<string>();
  /** Most stored findings held at once. */
  peak = 0;

  /** Stored findings the walk is about to need. */
  load(findings: readonly Finding[]): void {
    for (const f of findings) {
      if (this.loaded.has(f.id)) continue;
      this.loaded.set(f.id, f);
      for (const c of f.claims) this.byMember.set(ref(c), [...(this.byMember.get(ref(c)) ?? []), f]);
    }
    this.peak = Math.max(this.peak, this.loaded.size);
  }

  compared(claim: Claim, earlier: Claim[]): void {
    this.seen.add(ref(claim));
    const mine = this.byMember.get(ref(claim));
    if (!mine) return;
    const together = new Set([ref(claim), ...earlier.map(ref)]);
    for (const f of mine) if (f.claims.every((c) => together.has(ref(c)))) this.judged.add(f.id);
  }

  /**
   * Decides the stored findings whose claims were all walked and none is held any more (`held`:
   * references of the claims the walk still holds), or with `all`, every one left: the open
   * ones not computed again (`computed`) that were judged, or lost a claim, vanished. Returns
   * their ids and forgets every finding decided.
   */
  settle(held: ReadonlySet<string>, computed: ReadonlySet<string>, all = false): string[] {
    const vanished: string[] = [];
    for (const f of [...this.loaded.values()]) {
      const walked = f.claims.every((c) => this.seen.has(ref(c)) && !held.has(ref(c)));
      if (!walked && !all) continue;
      if (f.status === "open" && !computed.has(f.id) && (this.judged.has(f.id) || !f.claims.every((c) => this.seen.has(ref(c))))) vanished.push(f.id);
      this.forget(f);
    }
    return vanished;
  }

  private forget(f: Finding): void {
    this.loaded.delete(f.id);
    this.judged.delete(f.id);
    for (const c of f.claims) {
      const left = (this.byMember.get(ref(c)) ?? []).filter((x) => x.id !== f.id);
      if (left.length > 0) this.byMember.set(ref(c), left);
      else this.byMember.delete(ref(c));
    }
  }
}
