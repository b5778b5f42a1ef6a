/**
 * An in-memory ClaimStore for core tests, following the port's documented contract
 * (core/ports.ts) and the DynamoDB store's choices where the port leaves room (a resolved
 * finding computed again opens again; findings are linked to every article they point into).
 * The real store is tested by the store contract suite under tests/store (embedded dynalite and
 * DynamoDB Local); this one exists to keep core tests pure and fast. Used only by core tests.
 */
import { ClaimcheckError } from "../../core/errors.js";
import type { ArticleSummary, Claim, Finding, FindingStatus } from "../../core/model.js";
import type { ArticleRecord, ClaimStore, FindingChanges, FindingQuery, IndexLookup, Page, RelatedClaims, StoredArticle } from "../../core/ports.js";
import { filingKeys, pickNearest } from "../../core/check/claim-index.js";
import { subjectHead } from "../../core/subject-match.js";

const copy = <T>(value: T): T => structuredClone(value);

function summaryOf(article: StoredArticle): ArticleSummary {
  const { body: _b, extractorVersion: _v, checkedAt: _c, ...summary } = article;
  return summary;
}

/** Newest detection first, ties by id descending, as the store's time index orders them. */
function newestFirst(findings: Finding[]): Finding[] {
  const key = (f: Finding) => `${f.detectedAt ?? ""}#${f.id}`;
  return findings.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

function page<T>(items: T[], cursor?: string, limit = 50): Page<T> {
  const from = cursor ? Number(cursor) : 0;
  const slice = items.slice(from, from + limit);
  return from + limit < items.length ? { items: slice, cursor: String(from + limit) } : { items: slice };
}

export class MemoryClaimStore implements ClaimStore {
  readonly articles = new Map<string, StoredArticle>();
  readonly claims = new Map<string, Claim[]>();
  readonly findings = new Map<string, Finding>();
  /** article id -> ids of the findings pointing into it. */
  private readonly links = new Map<string, Set<string>>();

  /** Claims read by the lookups, exactly as the DynamoDB store's key + sort-key range queries read them. */
  async claimsAbout(lookups: IndexLookup[], excludeArticleId?: string): Promise<RelatedClaims> {
    const filed = [...this.claims.entries()]
      .filter(([articleId]) => articleId !== excludeArticleId)
      .flatMap(([, list]) => list.flatMap((claim) => filingKeys(claim).map((f) => ({ key: f.key, time: f.time, claim }))));
    const picked = new Set(lookups.flatMap((lookup) => pickNearest(lookup, filed.filter((e) => e.key === lookup.key)).map((e) => e.claim)));
    const claims = filed.map((e) => e.claim).filter((c, i, all) => picked.has(c) && all.indexOf(c) === i);
    const used = new Set(claims.map((c) => c.articleId));
    const articles = [...this.articles.values()].filter((a) => used.has(a.id)).map(summaryOf);
    return copy({ claims, articles });
  }

  async saveArticle(record: ArticleRecord): Promise<FindingChanges> {
    const stray = record.claims.find((c) => c.articleId !== record.article.id);
    if (stray) throw new ClaimcheckError("invalid-input", `claim ${stray.id} belongs to article ${stray.articleId}`);
    const at = record.article.checkedAt;
    this.articles.set(record.article.id, copy(record.article));
    this.claims.set(record.article.id, copy(record.claims));
    const changes: FindingChanges = { opened: [], resolved: [], unchanged: [] };
    for (const computed of new Map(record.findings.map((f) => [f.id, f])).values()) {
      const { finding, change } = this.merge(computed, at);
      this.findings.set(finding.id, finding);
      for (const ref of finding.claims) this.linksOf(ref.articleId).add(finding.id);
      changes[change].push(copy(finding));
    }
    const computedIds = new Set(record.findings.map((f) => f.id));
    for (const id of this.linksOf(record.article.id)) {
      const stored = this.findings.get(id);
      if (stored?.status !== "open" || computedIds.has(id)) continue;
      const resolved = { ...stored, status: "resolved" as const, statusChangedAt: at };
      this.findings.set(id, resolved);
      changes.resolved.push(copy(resolved));
    }
    return changes;
  }

  /** Status, first detection and note are the store's; dismissed stays dismissed, resolved reopens. */
  private merge(computed: Finding, at: string): { finding: Finding; change: "opened" | "unchanged" } {
    const stored = this.findings.get(computed.id);
    if (!stored) return { finding: { ...computed, status: "open", detectedAt: computed.detectedAt ?? at }, change: "opened" };
    const kept: Finding = { ...computed, status: stored.status, detectedAt: stored.detectedAt ?? at };
    if (stored.statusChangedAt !== undefined) kept.statusChangedAt = stored.statusChangedAt;
    if (stored.note !== undefined) kept.note = stored.note;
    if (stored.status !== "resolved") return { finding: kept, change: "unchanged" };
    return { finding: { ...kept, status: "open", statusChangedAt: at }, change: "opened" };
  }

  private linksOf(articleId: string): Set<string> {
    let set = this.links.get(articleId);
    if (!set) this.links.set(articleId, (set = new Set()));
    return set;
  }

  async getArticle(id: string): Promise<{ article: StoredArticle; claims: Claim[] } | null> {
    const article = this.articles.get(id);
    return article ? copy({ article, claims: this.claims.get(id) ?? [] }) : null;
  }

  async deleteArticle(id: string, at: string): Promise<boolean> {
    const existed = this.articles.delete(id);
    this.claims.delete(id);
    for (const findingId of this.linksOf(id)) {
      const stored = this.findings.get(findingId);
      if (stored?.status === "open") this.findings.set(findingId, { ...stored, status: "resolved", statusChangedAt: at });
    }
    this.links.delete(id);
    return existed;
  }

  async findingsForArticle(id: string): Promise<Finding[]> {
    return copy(newestFirst([...this.linksOf(id)].map((f) => this.findings.get(f)).filter((f): f is Finding => f !== undefined)));
  }

  async listFindings(query: FindingQuery): Promise<Page<Finding>> {
    const linked = query.articleId === undefined ? undefined : this.linksOf(query.articleId);
    const matching = [...this.findings.values()].filter((f) =>
      (query.status === undefined || f.status === query.status) && (query.severity === undefined || f.severity === query.severity)
      && (query.kind === undefined || f.kind === query.kind) && (linked === undefined || linked.has(f.id)));
    return copy(page(newestFirst(matching), query.cursor, query.limit));
  }

  async getFinding(id: string): Promise<Finding | null> {
    const found = this.findings.get(id);
    return found ? copy(found) : null;
  }

  async setFindingStatus(id: string, status: FindingStatus, at: string, note?: string): Promise<Finding | null> {
    const found = this.findings.get(id);
    if (!found) return null;
    const changed: Finding = { ...found, status, statusChangedAt: at, ...(note === undefined ? {} : { note }) };
    this.findings.set(id, changed);
    return copy(changed);
  }

  async claimsBySubject(key: string, cursor?: string, limit?: number): Promise<Page<Claim>> {
    const byHead = !key.includes("|");
    const matching = [...this.claims.values()].flat().filter((c) => c.subject
      && (byHead ? subjectHead(c.subject.key) === subjectHead(key) : c.subject.key === key));
    return copy(page(matching, cursor, limit));
  }
}
