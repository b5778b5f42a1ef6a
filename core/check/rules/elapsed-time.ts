import type { Claim, Finding } from "../../model.js";
import { sameSubject } from "../../subject-match.js";
import { textBefore } from "../context.js";
import { describeClaim, describeSubject, quote } from "../describe.js";
import { makeFinding } from "../finding.js";
import { claimInterval, convertInterval } from "../interval.js";
import { asserts, bySubjectHead } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { dayOf, yearOf } from "../time.js";

/**
 * "The war began in 2011" and "after 13 years of war" in one article: the duration must match
 * the years from the start to when the article speaks. Year arithmetic is off by one easily
 * (2011 to 2024 is 12 or 13 years depending on the month), so a year either way is allowed.
 */

const NAME = "elapsed-time";
const START = /\b(?:since|began|begun|begin|started|starting|start of|beginning of|outbreak of|erupted|broke out|launched)\b[^.;]{0,30}$/i;
const SLACK_YEARS = 1;

function isStart(claim: Claim, body: string): boolean {
  return claim.kind === "date" && asserts(claim) && yearOf(claim.value) !== null && START.test(textBefore(claim, body, 60));
}

function yearsOf(claim: Claim): { low: number; high: number } | null {
  if (claim.kind !== "duration" || !asserts(claim) || typeof claim.value !== "number") return null;
  const interval = claimInterval(claim);
  return interval ? convertInterval(interval, claim.unit, "year") : null;
}

function explain(start: Claim, duration: Claim, speaking: string, elapsed: number): string {
  const from = yearOf(start.value);
  return `${describeSubject(duration)}: it started in ${from} (${quote(start.text)}) and the article speaks as of ${speaking}, `
    + `so ${yearOf(speaking)} − ${from} = about ${elapsed} years, but it says ${quote(duration.text)} (${describeClaim(duration)}).`;
}

function check(start: Claim, duration: Claim, published: string | undefined): Finding | null {
  const speaking = dayOf(duration.asOf) ?? dayOf(published);
  const years = yearsOf(duration);
  const from = yearOf(start.value);
  const to = yearOf(speaking);
  if (!years || from === null || to === null || speaking === undefined || to < from) return null;
  if (!start.subject || !duration.subject || !sameSubject(start.subject, duration.subject)) return null;
  const elapsed = to - from;
  if (elapsed >= years.low - SLACK_YEARS && elapsed <= years.high + SLACK_YEARS) return null;
  return makeFinding({ rule: NAME, kind: "arithmetic", severity: "discrepancy", claims: [start, duration], explanation: explain(start, duration, speaking, elapsed) });
}

/**
 * @example elapsedTime.check(context) // a discrepancy for "began in 2011" and "ten years of war" published in 2024
 */
export const elapsedTime: CheckRule = {
  name: NAME,
  check({ article, claims }: CheckContext): Finding[] {
    const findings: Finding[] = [];
    for (const group of bySubjectHead(claims).values()) {
      const starts = group.filter((claim) => isStart(claim, article.body));
      for (const duration of group.filter((claim) => claim.kind === "duration")) {
        for (const start of starts) {
          const finding = check(start, duration, article.published);
          if (finding) findings.push(finding);
        }
      }
    }
    return findings;
  },
};
