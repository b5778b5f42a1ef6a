import { insideKey, type ClaimIndexOf } from "../check/claim-index.js";
import type { ArticleSummary, Claim, Finding } from "../model.js";
import type { BatchStore } from "../ports.js";
import { FindingFeed } from "./finding-feed.js";
import { Judged } from "./judged.js";
import { Reports } from "./reports.js";
import { judge, type Report } from "./verdict.js";
import { heldFor, Walk, type Check, type Held } from "./walk.js";

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

/**
 * The cross-article findings a partition owns, from its claims in filing-time order. Pure; the
 * window walk of `recheckSubject` over a whole partition given at once (tests, small stores).
 * With `reportOf`, each finding the walk proposes is judged as the live check judges it, against
 * its two whole reports (verdict.ts); without, the walk's own findings.
 * @example groupFindings("refugee/place:turkey", { claims, articles }, checkClaims, (id) => reports.get(id))
 */
export function groupFindings(key: string, group: { claims: Claim[]; articles: ArticleSummary[] }, check: Check, reportOf?: (id: string) => Report | undefined): Finding[] {
  const walk = new Walk(key, check);
  const ordered = group.claims.map((c) => heldFor(key, c, walk.index)).filter((h): h is Held => h !== null).sort((a, b) => a.day - b.day);
  for (const held of ordered) walk.push(held, group.articles);
  return reportOf ? judge(walk.found(), reportOf, check) : walk.found();
}

export interface SubjectOutcome {
  claims: number;
  opened: Finding[];
  resolved: number;
  unchanged: number;
  /** Most claims held in memory at once while walking the partition. */
  peakHeld: number;
  /** Most stored findings held at once while walking it. */
  peakFindings: number;
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
  /** The run's reports, read for the verdict on each proposed finding (default: a fresh reader of the store). */
  reports?: Reports;
}

/** Findings written, and vanished ones resolved, this many at a time as the walk settles them. */
const WRITE_EVERY = 100;

/**
 * Walks one partition, keeps of the findings it proposes those the check of their two whole
 * reports finds (verdict.ts, reports.ts), upserts the findings it owns by id (new ones open, dismissed ones stay
 * dismissed), resolves its open findings that the walk judged again and did not find, or whose
 * claims are gone (`Judged`), and removes stale items of cut-off saves met on the way. The
 * partition's stored findings are read page by page as the walk reaches their day, and each
 * finding is written, or resolved, once the walk has passed its claims: memory holds one window
 * of the partition's claims and the findings of that window, never all of either.
 * @example const { opened, resolved } = await recheckSubject("refugee/place:turkey", { store, check: checkClaims, now })
 */
export async function recheckSubject(key: string, ctx: PartitionContext): Promise<SubjectOutcome> {
  const feed = FindingFeed.of(ctx.store, key);
  const reports = ctx.reports ?? new Reports(ctx.store, ctx.check);
  const judged = new Judged();
  const walk = new Walk(key, ctx.check, { compared: (claim, earlier) => judged.compared(claim, earlier) });
  const stale = new Set<string>();
  const inside = insideKey(key);
  const streams = [new Stream(key, key, ctx, stale, walk.index), ...(inside === null ? [] : [new Stream(inside, key, ctx, stale, walk.index)])];
  const at = ctx.now();
  const out = new Settled(key, at, ctx.store);
  let claims = 0;
  for (;;) {
    for (const stream of streams) await stream.fill();
    const open = streams.filter((s) => s.head() !== undefined);
    if (open.length === 0) break;
    const next = open.reduce((a, b) => (b.head()!.day < a.head()!.day ? b : a));
    judged.load(await feed.upTo(next.head()!.day));
    walk.push(next.take(), next.articles);
    claims += 1;
    const held = walk.heldRefs();
    const done = await reports.judge(walk.takeSettled(held));
    await out.add(done, judged.settle(held, new Set(done.map((f) => f.id))));
  }
  judged.load(await feed.rest());
  const done = await reports.judge(walk.found());
  await out.add(done, judged.settle(new Set(), new Set(done.map((f) => f.id)), true));
  await out.flush();
  const olderThan = new Date(Date.parse(at) - (ctx.staleAfterMs ?? 3_600_000)).toISOString();
  const cleaned = stale.size > 0 ? await ctx.store.cleanStale([...stale], olderThan) : 0;
  return { claims, opened: out.opened, resolved: out.resolved, unchanged: out.unchanged, peakHeld: walk.peak, peakFindings: judged.peak, cleaned };
}

/** The writes of settled findings, gathered into batches. */
class Settled {
  opened: Finding[] = [];
  resolved = 0;
  unchanged = 0;
  private found: Finding[] = [];
  private vanished: string[] = [];

  constructor(private readonly key: string, private readonly at: string, private readonly store: BatchStore) {}

  async add(found: Finding[], vanished: string[]): Promise<void> {
    this.found.push(...found);
    this.vanished.push(...vanished);
    if (this.found.length + this.vanished.length >= WRITE_EVERY) await this.flush();
  }

  async flush(): Promise<void> {
    const [found, vanished] = [this.found, this.vanished];
    this.found = [];
    this.vanished = [];
    if (found.length > 0) {
      const changes = await this.store.putFindings(found, this.at, this.key);
      this.opened.push(...changes.opened);
      this.unchanged += changes.unchanged.length;
    }
    if (vanished.length > 0) await this.store.resolveFindings(vanished, this.at);
    this.resolved += vanished.length;
  }
}
