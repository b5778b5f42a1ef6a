import type { Claim, Finding } from "../model.js";

const ref = (c: { articleId: string; id?: string; claimId?: string }) => `${c.articleId}\u0000${c.id ?? c.claimId}`;

/**
 * Which stored findings of a partition the walk met again: a finding is judged when all its
 * claims were compared together, and gone when one of its claims is no longer stored (its
 * article changed or went). A finding neither judged nor gone is one the walk could not see
 * again (the nearest-claims limit kept its claims apart) and stays as it is: what a check at
 * ingest found is not undone by what was stored around it later. Holds only the stored findings
 * (never claims), which the partition's upsert reads anyway.
 */
export class Judged {
  private readonly byMember = new Map<string, Finding[]>();
  private readonly seen = new Set<string>();
  private readonly judged = new Set<string>();

  private readonly byId: Map<string, Finding>;

  constructor(private readonly stored: Finding[]) {
    this.byId = new Map(stored.map((f) => [f.id, f]));
    for (const f of stored) for (const c of f.claims) this.byMember.set(ref(c), [...(this.byMember.get(ref(c)) ?? []), f]);
  }

  compared(claim: Claim, earlier: Claim[]): void {
    const mine = this.byMember.get(ref(claim));
    if (!mine) return;
    this.seen.add(ref(claim));
    const together = new Set([ref(claim), ...earlier.map(ref)]);
    for (const f of mine) if (f.claims.every((c) => together.has(ref(c)))) this.judged.add(f.id);
  }

  /** Whether a finding is stored in these very words and claim order. */
  asStored(finding: Finding): boolean {
    const stored = this.byId.get(finding.id);
    const refs = (f: Finding) => f.claims.map((c) => `${ref(c)}\u0000${c.start}\u0000${c.end}\u0000${c.text}`).join("\u0001");
    return stored !== undefined && stored.explanation === finding.explanation && refs(stored) === refs(finding);
  }

  /** Open stored findings not computed again that were judged, or lost a claim. */
  vanished(computed: Set<string>): string[] {
    return this.stored.filter((f) => f.status === "open" && !computed.has(f.id)
      && (this.judged.has(f.id) || f.claims.some((c) => !this.seen.has(ref(c))))).map((f) => f.id);
  }
}

