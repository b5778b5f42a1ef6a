import { insideKey, nearestOf, partitionOf, reachDays, rememberedIndex, type ClaimIndexOf } from "../check/claim-index.js";
import type { CheckInput } from "../check/index.js";
import { daySpan } from "../check/time.js";
import type { ArticleSummary, Claim, Finding } from "../model.js";

/**
 * The window walk over one partition of the claim index (subjects.ts feeds it): claims in
 * filing-time order, each compared with the earlier claims it meets under the key, held only
 * while a later claim can still meet them.
 */

const crossArticle = (f: Finding) => new Set(f.claims.map((c) => c.articleId)).size > 1;
export type Check = (input: CheckInput) => Finding[];

export interface Held {
  claim: Claim;
  /** Filing day under the key, and the last day a later claim may still meet it. */
  day: number;
  reach: number;
  /** Filed under the key itself, not as inside its place. */
  exact: boolean;
}

export function heldFor(key: string, claim: Claim, index: ClaimIndexOf): Held | null {
  const inside = insideKey(key);
  const filings = index.filings(claim);
  const filing = filings.find((f) => f.key === key) ?? filings.find((f) => f.key === inside);
  const lookup = index.lookups(claim).find((l) => l.key === key);
  const day = daySpan(filing?.time)?.first;
  const reach = daySpan(lookup?.to)?.first;
  return day === undefined || reach === undefined ? null : { claim, day, reach, exact: filing?.key === key };
}

/**
 * The cross-article findings of one claim of `article` against `related` claims (the earlier
 * claims it met, or the later claims that met it), kept when this key owns them.
 */
function findingsOf(key: string, claim: Claim, related: Claim[], articles: Map<string, ArticleSummary>, check: Check, index: ClaimIndexOf): Finding[] {
  const byId = new Map([...related, claim].map((c) => [`${c.articleId}\u0000${c.id}`, c]));
  const owned = (f: Finding) => {
    const members = f.claims.map((ref) => byId.get(`${ref.articleId}\u0000${ref.claimId}`));
    return members.every((m) => m !== undefined) && partitionOf(members as Claim[], index) === key;
  };
  const input: CheckInput = { article: { ...(articles.get(claim.articleId) ?? { id: claim.articleId }), body: "" }, claims: [claim], related: { claims: related, articles: [...articles.values()] } };
  return check(input).filter((f) => crossArticle(f) && owned(f));
}

export interface WalkHooks {
  /** Told of every comparison: a claim and the earlier claims it met. */
  compared?: (claim: Claim, earlier: Claim[]) => void;
}

/**
 * The window walk over one partition: claims come in filing-time order, page after page. Each
 * pair is checked from both sides (a rule may see a conflict only from the older article's
 * side): from the newer claim's when it arrives, against the earlier claims it meets; from the
 * older claim's once, when it leaves the window, against every later claim that met it (one
 * check per claim and side, not one per pair).
 */
export class Walk {
  private held: (Held & { met: Claim[] })[] = [];
  private readonly articles = new Map<string, ArticleSummary>();
  /**
   * Each finding computed and not yet taken, in the order computed, as first worded (the newer
   * claim's side, as at ingest): the verdict on the pair gives the words that stand (verdict.ts).
   */
  private readonly computed = new Map<string, Finding>();
  /** Most claims held at once: what memory is bounded by. */
  peak = 0;
  /** Each claim's keys and windows, computed once while it is held. */
  readonly index = rememberedIndex();

  constructor(private readonly key: string, private readonly check: Check, private readonly hooks: WalkHooks = {}) {}

  /** The next claim in filing-time order. */
  push(next: Held, articles: ArticleSummary[]): void {
    for (const a of articles) if (a.id === next.claim.articleId) this.articles.set(a.id, a);
    const width = reachDays(this.key);
    // Nothing from here on can meet a claim whose reach has passed and that lies beyond this one's window.
    this.keep((h) => h.reach >= next.day || h.day >= next.day - width);
    // Under a key read by the nearest claims only, as a check reads it, the nearest earlier ones
    // are compared, with every other claim of the last day they reach (a day is never cut).
    const nearest = nearestOf(this.key);
    if (nearest !== undefined && this.held.length > nearest) {
      const cut = this.held[this.held.length - nearest]!.day;
      this.keep((h) => h.day >= cut);
    }
    // Only pairs this key owns are compared here: a pair meeting under several keys is compared
    // once, in its owner's walk (the others would drop what it finds).
    const meeting = this.held.filter((h) => h.claim.articleId !== next.claim.articleId && (h.exact || next.exact)
      && partitionOf([next.claim, h.claim], this.index) === this.key);
    this.hooks.compared?.(next.claim, meeting.map((h) => h.claim));
    if (meeting.length > 0) {
      this.add(findingsOf(this.key, next.claim, meeting.map((h) => h.claim), this.articles, this.check, this.index));
      for (const h of meeting) h.met.push(next.claim);
    }
    this.held.push({ ...next, met: [] });
    this.peak = Math.max(this.peak, this.held.length);
    if (this.articles.size > 2 * this.held.length) this.forgetArticles();
  }

  /** Keeps the held claims `stay` picks; the others leave, checked first from their side. */
  private keep(stay: (h: Held) => boolean): void {
    const leaving = this.held.filter((h) => !stay(h));
    if (leaving.length === 0) return;
    for (const h of leaving) this.older(h);
    this.held = this.held.filter(stay);
  }

  /** The older claim's side of its pairs: one check against every later claim that met it. */
  private older(h: Held & { met: Claim[] }): void {
    if (h.met.length > 0) this.add(findingsOf(this.key, h.claim, h.met, this.articles, this.check, this.index));
  }

  private add(found: Finding[]): void {
    for (const f of found) if (!this.computed.has(f.id)) this.computed.set(f.id, f);
  }

  /** References of the claims held now (a finding of them may still be computed or worded again). */
  heldRefs(): Set<string> {
    return new Set(this.held.map((h) => `${h.claim.articleId}\u0000${h.claim.id}`));
  }

  /** Findings computed none of whose claims is held any more: final, handed out once and forgotten. */
  takeSettled(held: ReadonlySet<string>): Finding[] {
    const out: Finding[] = [];
    for (const [id, finding] of this.computed) {
      if (finding.claims.some((c) => held.has(`${c.articleId}\u0000${c.claimId}`))) continue;
      out.push(finding);
      this.computed.delete(id);
    }
    return out;
  }

  /** Summaries of articles no longer held, nor met by a held claim, go too. */
  private forgetArticles(): void {
    const live = new Set(this.held.flatMap((h) => [h.claim.articleId, ...h.met.map((c) => c.articleId)]));
    for (const id of [...this.articles.keys()]) if (!live.has(id)) this.articles.delete(id);
  }

  /** Every finding not taken yet, once all claims were pushed. */
  found(): Finding[] {
    for (const h of this.held) this.older(h);
    this.held = [];
    return this.takeSettled(new Set());
  }
}

