import type { Finding, FindingStatus } from "../../core/index.js";
import { UNDATED } from "../../core/check/claim-index.js";
import type { Item } from "./db.js";
import { FINDING_SK, findingPk, headOf, linkSk, articlePk, statusPk, subjectFindingSk, subjectFindingsPk, timeSk } from "./keys.js";

/** The articles a finding points into: its links live in each of their collections. */
export function articlesOf(finding: Finding): string[] {
  return [...new Set(finding.claims.map((c) => c.articleId))];
}

/**
 * The partition of the claim index that owns a cross-article finding: the one given (from
 * core's `partitionOf`), else, for a caller that gave none, the finding's subject head as
 * before the index followed frames. Null for a finding inside one article.
 */
export function ownerOf(finding: Finding, partition: string | undefined): string | null {
  if (articlesOf(finding).length < 2) return null;
  if (partition !== undefined) return partition;
  return finding.subject !== undefined ? headOf(finding.subject) : null;
}

/**
 * The finding item. Cross-article findings join their owning partition in `bySubject`, at `day`
 * (a day of one of its claims under the partition's key, see keys.ts): the batch re-check
 * recomputes them there, and resolves them there when they are gone.
 */
export function findingItem(finding: Finding, partition?: string, day: string = UNDATED): Item {
  const owner = ownerOf(finding, partition);
  return {
    pk: findingPk(finding.id), sk: FINDING_SK, type: "finding",
    finding, status: finding.status, severity: finding.severity, kind: finding.kind,
    timePk: statusPk(finding.status), timeSk: timeSk(finding.detectedAt ?? "", finding.id),
    ...(owner !== null ? { subjectPk: subjectFindingsPk(owner), subjectSk: subjectFindingSk(day, finding.id) } : {}),
  };
}

export function linkItems(finding: Finding): Item[] {
  return articlesOf(finding).map((articleId) => ({
    pk: articlePk(articleId), sk: linkSk(finding.id), type: "link", findingId: finding.id,
  }));
}

export type Change = "opened" | "unchanged";

/**
 * A computed finding merged with what is stored: status, first detection and the editor's note
 * are the store's to keep. Dismissed stays dismissed; resolved and computed again opens again.
 * @example mergeFinding(computed, { ...computed, status: "dismissed" }, at).finding.status // "dismissed"
 */
export function mergeFinding(computed: Finding, stored: Finding | undefined, at: string): { finding: Finding; change: Change } {
  if (!stored) {
    return { finding: withStatus(computed, "open", computed.detectedAt ?? at), change: "opened" };
  }
  const kept = { ...withStatus(computed, stored.status, stored.detectedAt ?? at), statusChangedAt: stored.statusChangedAt, note: stored.note };
  if (stored.status !== "resolved") return { finding: dropUndefined(kept), change: "unchanged" };
  return { finding: dropUndefined({ ...kept, status: "open", statusChangedAt: at }), change: "opened" };
}

function withStatus(finding: Finding, status: FindingStatus, detectedAt: string): Finding {
  const { statusChangedAt: _s, note: _n, ...rest } = finding;
  return { ...rest, status, detectedAt };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Key-order independent JSON, to tell a real change from the same finding computed again.
 * @example canonical({ b: 1, a: 2 }) === canonical({ a: 2, b: 1 }) // true
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
