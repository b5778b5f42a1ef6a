import { insideKey, nearestOf, partitionOf, rememberedIndex, windowDays, type ClaimIndexOf } from "../check/claim-index.js";
import type { CheckInput } from "../check/index.js";
import { daySpan } from "../check/time.js";
import type { ArticleSummary, Claim, Finding } from "../model.js";
import type { BatchStore } from "../ports.js";
import { Judged } from "./judged.js";

/**
 * Phase 2: one partition of the claim index (every claim filed under one key, see
 * core/check/claim-index.ts) compared again, and the cross-article findings it owns brought in
 * line with what the comparison finds now.
 *
 * The partition is read in the order of its filing times, a page at a time, together with the
 * claims filed as inside its place (`insideKey`: a Baghdad toll inside `killed/place:iraq`), and
 * each claim is compared with the claims before it that it meets under the key (inside one
 * another's window; at least one of the two filed under the key itself).
 * A claim leaves memory once no later claim can meet it, so memory holds one window of one key
 * (a few days of one event, some years of one level), never a whole partition, and never a
 * whole common measure (no key gathers one).
 */

const crossArticle = (f: Finding) => new Set(f.claims.map((c) => c.articleId)).size > 1;
type Check = (input: CheckInput) => Finding[];

interface Held {
  claim: Claim;
  /** Filing day under the key, and the last day a later claim may still meet it. */
  day: number;
  reach: number;
  /** Filed under the key itself, not as inside its place. */
  exact: boolean;
}

function heldFor(key: string, claim: Claim, index: ClaimIndexOf): Held | null {
  const inside = insideKey(key);
  const filings = index.filings(claim);
  const filing = filings.find((f) => f.key === key) ?? filings.find((f) => f.key === inside);
  const lookup = index.lookups(claim).find((l) => l.key === key);
  const day = daySpan(filing?.time)?.first;
  const reach = daySpan(lookup?.to)?.first;
  return day === undefined || reach === undefined ? null : { claim, day, reach, exact: filing?.key === key };
}

/**
 * The findings between one claim and the earlier claims it meets, checked from both sides (a
 * rule may see a conflict only from the older article's side), kept when this key owns them.
 * Where both sides find the same finding (same id), the walk keeps one wording (see `push`).
 */
function findingsWith(key: string, claim: Claim, earlier: Claim[], articles: Map<string, ArticleSummary>, check: Check, index: ClaimIndexOf): Finding[] {
  const summaries = [...articles.values()];
  const article = (id: string) => ({ ...(articles.get(id) ?? { id }), body: "" });
  const byArticle = new Map<string, Claim[]>();
  for (const other of earlier) byArticle.set(other.articleId, [...(byArticle.get(other.articleId) ?? []), other]);
  const sides: CheckInput[] = [
    { article: article(claim.articleId), claims: [claim], related: { claims: earlier, articles: summaries } },
    ...[...byArticle].map(([id, own]) => ({ article: article(id), claims: own, related: { claims: [claim], articles: summaries } })),
  ];
  const byId = new Map([...earlier, claim].map((c) => [`${c.articleId}\u0000${c.id}`, c]));
  const owned = (f: Finding) => {
    const members = f.claims.map((ref) => byId.get(`${ref.articleId}\u0000${ref.claimId}`));
    return members.every((m) => m !== undefined) && partitionOf(members as Claim[], index) === key;
  };
  return sides.flatMap((input) => check(input)).filter((f) => crossArticle(f) && owned(f));
}

/**
 * The cross-article findings a partition owns, from its claims in filing-time order. Pure; the
 * window walk of `recheckSubject` over a whole partition given at once (tests, small stores).
 * @example groupFindings("refugee/place:turkey", { claims, articles }, checkClaims)
 */
export function groupFindings(key: string, group: { claims: Claim[]; articles: ArticleSummary[] }, check: Check): Finding[] {
  const walk = new Walk(key, check);
  const ordered = group.claims.map((c) => heldFor(key, c, walk.index)).filter((h): h is Held => h !== null).sort((a, b) => a.day - b.day);
  for (const held of ordered) walk.push(held, group.articles);
  return walk.found();
}

interface WalkHooks {
  /** Told of every comparison: a claim and the earlier claims it met. */
  compared?: (claim: Claim, earlier: Claim[]) => void;
  /** Whether a computed finding is worded exactly as the store holds it. */
  asStored?: (finding: Finding) => boolean;
}

/** The window walk over one partition: claims come in filing-time order, page after page. */
class Walk {
  private held: Held[] = [];
  private readonly articles = new Map<string, ArticleSummary>();
  private readonly computed = new Map<string, Finding>();
  /** Most claims held at once: what memory is bounded by. */
  peak = 0;
  /** Each claim's keys and windows, computed once while it is held. */
  readonly index = rememberedIndex();

  constructor(private readonly key: string, private readonly check: Check, private readonly hooks: WalkHooks = {}) {}

  /** The next claim in filing-time order. */
  push(next: Held, articles: ArticleSummary[]): void {
    for (const a of articles) if (a.id === next.claim.articleId) this.articles.set(a.id, a);
    const width = windowDays(this.key);
    // Nothing from here on can meet a claim whose reach has passed and that lies beyond this one's window.
    this.held = this.held.filter((h) => h.reach >= next.day || h.day >= next.day - width);
    // Under a key read by the nearest claims only, as a check reads it, the nearest earlier ones
    // are compared, with every other claim of the last day they reach (a day is never cut).
    const nearest = nearestOf(this.key);
    if (nearest !== undefined && this.held.length > nearest) {
      const cut = this.held[this.held.length - nearest]!.day;
      this.held = this.held.filter((h) => h.day >= cut);
    }
    const meeting = this.held.filter((h) => h.claim.articleId !== next.claim.articleId && (h.exact || next.exact));
    this.hooks.compared?.(next.claim, meeting.map((h) => h.claim));
    if (meeting.length > 0) {
      const found = findingsWith(this.key, next.claim, meeting.map((h) => h.claim), this.articles, this.check, this.index);
      for (const f of found) {
        // Both sides word a finding, in their own order: the words it is stored in stay (no
        // rewrite for wording alone); else the newer claim's side, as at ingest.
        const kept = this.computed.get(f.id);
        if (kept && this.hooks.asStored?.(kept) && !this.hooks.asStored(f)) continue;
        this.computed.set(f.id, f);
      }
    }
    this.held.push(next);
    this.peak = Math.max(this.peak, this.held.length);
    if (this.articles.size > 2 * this.held.length) this.forgetArticles();
  }

  /** Summaries of articles no longer held go too. */
  private forgetArticles(): void {
    const live = new Set(this.held.map((h) => h.claim.articleId));
    for (const id of [...this.articles.keys()]) if (!live.has(id)) this.articles.delete(id);
  }

  found(): Finding[] {
    return [...this.computed.values()];
  }
}

export interface SubjectOutcome {
  claims: number;
  opened: Finding[];
  resolved: number;
  unchanged: number;
  /** Most claims held in memory at once while walking the partition. */
  peakHeld: number;
  /** Stale items of cut-off saves removed on the way. */
  cleaned: number;
}

/** One key's claims, page by page, in filing-time order, as held under the partition's key. */
class Stream {
  private items: Held[] = [];
  articles: ArticleSummary[] = [];
  private cursor: string | undefined;
  private done = false;

  constructor(private readonly key: string, private readonly partition: string, private readonly ctx: PartitionContext, private readonly stale: Set<string>, private readonly index: ClaimIndexOf) {}

  async fill(): Promise<void> {
    while (this.items.length === 0 && !this.done) {
      const page = await this.ctx.store.partitionClaims(this.key, this.cursor, this.ctx.pageSize ?? 200);
      this.items = page.claims.map((c) => heldFor(this.partition, c, this.index)).filter((h): h is Held => h !== null).sort((a, b) => a.day - b.day);
      this.articles = page.articles;
      for (const id of page.stale) this.stale.add(id);
      this.cursor = page.cursor;
      this.done = page.cursor === undefined;
    }
  }

  head(): Held | undefined {
    return this.items[0];
  }

  take(): Held {
    return this.items.shift()!;
  }
}

export interface PartitionContext {
  store: BatchStore;
  check: Check;
  now: () => string;
  /** Claims per page read from the partition (default 200). */
  pageSize?: number;
  /** Items of saves started within this many ms of now are left alone (default one hour). */
  staleAfterMs?: number;
}

/**
 * Walks one partition, upserts the findings it owns by id (new ones open, dismissed ones stay
 * dismissed), resolves its open findings that the walk judged again and did not find, or whose
 * claims are gone (`Judged`), and removes stale items of cut-off saves met on the way.
 * @example const { opened, resolved } = await recheckSubject("refugee/place:turkey", { store, check: checkClaims, now })
 */
export async function recheckSubject(key: string, ctx: PartitionContext): Promise<SubjectOutcome> {
  const judged = new Judged(await ctx.store.findingsInPartition(key));
  const walk = new Walk(key, ctx.check, { compared: (claim, earlier) => judged.compared(claim, earlier), asStored: (f) => judged.asStored(f) });
  const stale = new Set<string>();
  const inside = insideKey(key);
  const streams = [new Stream(key, key, ctx, stale, walk.index), ...(inside === null ? [] : [new Stream(inside, key, ctx, stale, walk.index)])];
  let claims = 0;
  for (;;) {
    for (const stream of streams) await stream.fill();
    const open = streams.filter((s) => s.head() !== undefined);
    if (open.length === 0) break;
    const next = open.reduce((a, b) => (b.head()!.day < a.head()!.day ? b : a));
    walk.push(next.take(), next.articles);
    claims += 1;
  }
  const at = ctx.now();
  const computed = walk.found();
  const changes = computed.length > 0 ? await ctx.store.putFindings(computed, at, key) : { opened: [], unchanged: [] };
  const vanished = judged.vanished(new Set(computed.map((f) => f.id)));
  if (vanished.length > 0) await ctx.store.resolveFindings(vanished, at);
  const olderThan = new Date(Date.parse(at) - (ctx.staleAfterMs ?? 3_600_000)).toISOString();
  const cleaned = stale.size > 0 ? await ctx.store.cleanStale([...stale], olderThan) : 0;
  return { claims, opened: changes.opened, resolved: vanished.length, unchanged: changes.unchanged.length, peakHeld: walk.peak, cleaned };
}
