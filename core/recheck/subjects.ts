import type { CheckInput } from "../check/index.js";
import type { ArticleSummary, Claim, Finding } from "../model.js";
import type { BatchStore, RelatedClaims } from "../ports.js";
import { subjectHead } from "../subject-match.js";

/**
 * Phase 2: one subject group (every current claim on one subject head) compared again, and its
 * cross-article findings brought in line with what the comparison finds now.
 */

const crossArticle = (f: Finding) => new Set(f.claims.map((c) => c.articleId)).size > 1;

/** Newest publication first (undated last), then by id: a fixed order, so runs agree. */
function newestFirst(articles: ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) => (b.published ?? "").localeCompare(a.published ?? "") || a.id.localeCompare(b.id));
}

/**
 * The cross-article findings of a group. Each article is checked against all the others, in
 * both directions: a rule may see a conflict only from the older article's side, which an
 * ingest-time check of the newer article never tried. Where both directions find the same
 * finding (same id), the newest article's wording wins, as at ingest. Pure.
 * @example groupFindings("refugee", await store.claimsAbout(["refugee"]), checkClaims)
 */
export function groupFindings(head: string, group: RelatedClaims, check: (input: CheckInput) => Finding[]): Finding[] {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of group.claims) byArticle.set(claim.articleId, [...(byArticle.get(claim.articleId) ?? []), claim]);
  const found = new Map<string, Finding>();
  for (const article of newestFirst(group.articles)) {
    const own = byArticle.get(article.id) ?? [];
    const others = group.claims.filter((c) => c.articleId !== article.id);
    if (own.length === 0 || others.length === 0) continue;
    const findings = check({ article: { ...article, body: "" }, claims: own, related: { claims: others, articles: group.articles } });
    for (const f of findings) {
      if (crossArticle(f) && f.subject !== undefined && subjectHead(f.subject) === head && !found.has(f.id)) found.set(f.id, f);
    }
  }
  return [...found.values()];
}

export interface SubjectOutcome {
  claims: number;
  opened: Finding[];
  resolved: number;
  unchanged: number;
}

/**
 * Upserts the group's findings by id (new ones open, dismissed ones stay dismissed) and
 * resolves the group's open findings that were not found again.
 * @example const { opened, resolved } = await recheckSubject("refugee", { store, check: checkClaims, now })
 */
export async function recheckSubject(head: string, ctx: { store: BatchStore; check: (input: CheckInput) => Finding[]; now: () => string }): Promise<SubjectOutcome> {
  const group = await ctx.store.claimsAbout([head]);
  const computed = groupFindings(head, group, ctx.check);
  const stored = await ctx.store.findingsAboutSubject(head);
  const at = ctx.now();
  const changes = computed.length > 0 ? await ctx.store.putFindings(computed, at) : { opened: [], unchanged: [] };
  const found = new Set(computed.map((f) => f.id));
  const vanished = stored.filter((f) => f.status === "open" && !found.has(f.id)).map((f) => f.id);
  if (vanished.length > 0) await ctx.store.resolveFindings(vanished, at);
  return { claims: group.claims.length, opened: changes.opened, resolved: vanished.length, unchanged: changes.unchanged.length };
}
