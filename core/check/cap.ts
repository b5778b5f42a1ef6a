import { findingId } from "../ids.js";
import type { Finding, FindingKind, Severity } from "../model.js";

/**
 * At most this many findings are listed for one article. A real story with more than a few
 * dozen problems is almost always a table or a list read as prose, and an editor cannot act on
 * thousands of findings: the most severe are listed and the rest are counted in one note.
 */
export const MAX_FINDINGS_PER_ARTICLE = 50;

const RANK: Record<Severity, number> = { contradiction: 0, discrepancy: 1, note: 2 };

const KIND_WORDS: Record<FindingKind, [string, string]> = {
  "conversion-mismatch": ["conversion mismatch", "conversion mismatches"],
  "internal-conflict": ["internal conflict", "internal conflicts"],
  "cross-article-conflict": ["conflict with another article", "conflicts with other articles"],
  "date-conflict": ["date conflict", "date conflicts"],
  arithmetic: ["arithmetic error", "arithmetic errors"],
};

/** How many of each kind, the commonest first. */
function byKind(rest: readonly Finding[]): [FindingKind, number][] {
  const counts = new Map<FindingKind, number>();
  for (const finding of rest) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1]);
}

/** The note standing for the findings left out: about the first of them, so it is filed with the article. */
function summary(rest: readonly Finding[], articleId: string, limit: number): Finding {
  const first = rest[0] as Finding;
  const own = first.claims.find((ref) => ref.articleId === articleId) ?? first.claims[0];
  const claims = own ? [own] : [];
  const kinds = byKind(rest);
  const counted = kinds.map(([kind, n]) => `${n} ${KIND_WORDS[kind][n === 1 ? 0 : 1]}`).join(", ");
  // A note has no kind of its own: it takes the kind most of the findings it stands for have.
  const kind = kinds[0]?.[0] ?? first.kind;
  return {
    id: findingId("findings-cap", [articleId, ...claims.map((ref) => ref.claimId)]),
    kind, severity: "note", claims, status: "open", rule: "findings-cap",
    explanation: `${rest.length} more finding${rest.length === 1 ? "" : "s"} (${counted}) are not listed: at most ${limit} are listed per article, `
      + `the most severe first. So many usually means a table or a list was read as running text; check this article by hand.`,
  };
}

/**
 * The article's findings, most severe first (in rule order within a severity), cut to `limit`,
 * with one note counting the rest.
 * @example capFindings(threeThousandFindings, "a1").length // 51
 */
export function capFindings(findings: readonly Finding[], articleId: string, limit = MAX_FINDINGS_PER_ARTICLE): Finding[] {
  if (findings.length <= limit) return [...findings];
  const ranked = findings.map((finding, index) => ({ finding, index }))
    .sort((x, y) => RANK[x.finding.severity] - RANK[y.finding.severity] || x.index - y.index)
    .map(({ finding }) => finding);
  const kept = ranked.slice(0, limit);
  return [...kept, summary(ranked.slice(limit), articleId, limit)];
}
