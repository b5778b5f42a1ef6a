import { figuresKey } from "../check/repeats.js";
import type { Article, ArticleSummary, Claim, Finding } from "../model.js";
import type { Check } from "./walk.js";

/** The day of a publication time, "" when there is none (two such reports are of one day). */
const dayOf = (published: string) => published.slice(0, 10);

/**
 * The verdict on the pairs a partition's walk proposes (walk.ts): each pair of reports judged as
 * the live check judges it (core/checker.ts), with both reports' text and all their claims.
 *
 * The walk compares one claim with the claims it meets under one key: it cannot see what the rest
 * of either report says (the report also gives the other's figure, tells the toll was revised, or
 * counts a part of it), nor that the pair of reports was already reported for those figures by
 * another mention. An editor would then see the nightly re-check open a finding the check at
 * ingest judged not to be there. So a finding the walk proposes stands only when the check of the
 * two whole reports finds it too, in the words that check gives it.
 */

/** A report as the live check reads it: its text and all its claims. */
export interface Report {
  article: Article;
  claims: Claim[];
}

const summaryOf = ({ body: _body, ...summary }: Article): ArticleSummary => summary;

/** The two reports of a cross-article finding, in a stable order: "a\u0000b". */
export function pairOf(finding: Finding): string | null {
  const ids = [...new Set(finding.claims.map((c) => c.articleId))].sort();
  return ids.length === 2 ? ids.join("\u0000") : null;
}

/** Claim references as the check's findings carry them. */
const ref = (articleId: string, claimId: string) => `${articleId}\u0000${claimId}`;

/**
 * The findings between two reports that the check at ingest makes: the check of the later
 * published report against the earlier one. Reports of the same day (no hour told) may have come
 * in either way, and each side may see the pair in its own words or not at all (a revision is read
 * in the report that tells it; a report repeating a figure is paired by another mention): per pair
 * of figures (repeats.ts figuresKey), the finding of the larger id's side, else the other's.
 * @example pairFindings(report29, report38, checkClaims).get(proposed.id)
 */
export function pairFindings(a: Report, b: Report, check: Check): Map<string, Finding> {
  const ids = new Set([a.article.id, b.article.id]);
  const between = (f: Finding) => f.claims.some((c) => c.articleId !== f.claims[0]!.articleId) && f.claims.every((c) => ids.has(c.articleId));
  const side = (own: Report, other: Report) => new Map(check({ article: own.article, claims: own.claims, related: { claims: other.claims, articles: [summaryOf(other.article)] } })
    .filter(between).map((f) => [f.id, f] as const));
  const [x, y] = [a.article.published ?? "", b.article.published ?? ""];
  const [newer, older] = x > y || (x === y && a.article.id > b.article.id) ? [a, b] : [b, a];
  const out = side(newer, older);
  // Only a day to go by (or the very same time): either may have come in first.
  const either = x === y || (dayOf(x) === dayOf(y) && (x.length <= 10 || y.length <= 10));
  if (!either) return out;
  const claims = new Map([...a.claims, ...b.claims].map((c) => [ref(c.articleId, c.id), c]));
  const figures = (f: Finding) => {
    const [p, q] = f.claims.map((c) => claims.get(ref(c.articleId, c.claimId)));
    return p && q && f.claims.length === 2 ? `${f.rule}\u0003${figuresKey(p, q)}` : f.id;
  };
  const told = new Set([...out.values()].map(figures));
  for (const [id, f] of side(older, newer)) if (!told.has(figures(f))) out.set(id, f);
  return out;
}

/**
 * The proposed findings that stand: those the check of their two whole reports finds, in the
 * words that check gives them (its context may tell more than the walk's: a toll told as risen).
 * A proposal whose report cannot be read (gone since the walk read its claims) is left out: its
 * claims went with it.
 * `verdicts`: the verdicts of pairs judged before (pairOf -> findings), kept by the caller.
 * @example judge(walk.takeSettled(held), (id) => reports.get(id), checkClaims)
 */
export function judge(proposed: readonly Finding[], reportOf: (id: string) => Report | undefined, check: Check, verdicts = new Map<string, Map<string, Finding>>()): Finding[] {
  const out: Finding[] = [];
  for (const finding of proposed) {
    const pair = pairOf(finding);
    if (pair === null) continue;
    let verdict = verdicts.get(pair);
    if (verdict === undefined) {
      const [a, b] = pair.split("\u0000").map(reportOf);
      verdict = a && b ? pairFindings(a, b, check) : new Map<string, Finding>();
      verdicts.set(pair, verdict);
    }
    const found = verdict.get(finding.id);
    if (found) out.push(found);
  }
  return out;
}
