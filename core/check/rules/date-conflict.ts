import type { ArticleSummary, Claim, Finding } from "../../model.js";
import { sameSubject } from "../../subject-match.js";
import { describeSource, describeSubject } from "../describe.js";
import { makeFinding } from "../finding.js";
import { asserts, pairsAcross, pairsWithin } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { datesAgree, formatDate } from "../time.js";

/**
 * The same event given two dates that cannot both be true: 26 vs 27 October 2019 for one raid.
 * "2019" and "26 October 2019" agree (one is just less precise). Only dates tied to a named
 * event on both sides are compared: two dates in the same story are usually two things.
 */

const NAME = "date-conflict";

function eventDate(claim: Claim): boolean {
  return claim.kind === "date" && typeof claim.value === "string" && asserts(claim) && Boolean(claim.subject?.event?.trim());
}

function conflicting(a: Claim, b: Claim): boolean {
  if (!eventDate(a) || !eventDate(b) || !a.subject || !b.subject) return false;
  return sameSubject(a.subject, b.subject) && !datesAgree(a.value, b.value);
}

function dated(claim: Claim, articles: Map<string, ArticleSummary>, across: boolean): string {
  const where = across ? ` (${describeSource(articles.get(claim.articleId), claim)})` : "";
  const quoted = claim.modality === "quoted" ? " (quoted)" : "";
  return `${formatDate(claim.value)}${where}${quoted}`;
}

function explain(a: Claim, b: Claim, articles: Map<string, ArticleSummary>): string {
  const across = a.articleId !== b.articleId;
  const scope = across ? "it is dated" : "this article dates it";
  return `${describeSubject(a)}: ${scope} ${dated(a, articles, across)} and ${dated(b, articles, across)}. `
    + `One event cannot have happened on both dates; one of them is wrong.`;
}

/**
 * @example dateConflict.check(context) // a contradiction for a raid dated 26 October 2019 here and 27 October 2019 elsewhere
 */
export const dateConflict: CheckRule = {
  name: NAME,
  check({ claims, related, articles }: CheckContext): Finding[] {
    const own = claims.filter(eventDate);
    const pairs = [...pairsWithin(own), ...pairsAcross(own, related.filter(eventDate))];
    return pairs
      .filter(([a, b]) => conflicting(a, b))
      .map(([a, b]) => makeFinding({ rule: NAME, kind: "date-conflict", severity: "contradiction", claims: [a, b], explanation: explain(a, b, articles) }));
  },
};
