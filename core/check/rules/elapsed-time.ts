import type { Claim, Finding, Frame, Subject } from "../../model.js";
import { sameSubject } from "../../subject-match.js";
import { sentenceOf, textBefore } from "../context.js";
import { describeClaim, describeSubject, quote } from "../describe.js";
import { makeFinding } from "../finding.js";
import { relateEvents } from "../frame/event.js";
import { relateScopes } from "../frame/scope.js";
import { claimInterval, convertInterval, type Interval } from "../interval.js";
import { asserts } from "../pairs.js";
import type { CheckContext, CheckRule } from "../rule.js";
import { dayOf, yearOf } from "../time.js";
import { literalPattern } from "../../extract/literal-pattern.js";

/**
 * "The war began in 2011" and "after 13 years of war" in one article: the duration must match
 * the years from the start to when the article speaks. Year arithmetic is off by one easily
 * (2011 to 2024 is 12 or 13 years depending on the month), so a year either way is allowed.
 */

const NAME = "elapsed-time";
/** A start word right before the date ("began in 2011", "since March 2011"), nothing between but a few words. */
const START = /\b(?:since|began|begun|begin|started|starting|start of|beginning of|outbreak in|erupted in|broke out in|launched in)\b[^.;,]{0,12}$/i;
const SLACK_YEARS = 1;
/** "A decade", "decadelong": said loosely, so read as about that long. */
const LOOSE_UNIT = /decade|centur/i;

function isStart(claim: Claim, body: string): boolean {
  return claim.kind === "date" && asserts(claim) && yearOf(claim.value) !== null && START.test(textBefore(claim, body, 60));
}

function yearsOf(claim: Claim): Interval | null {
  if (claim.kind !== "duration" || !asserts(claim) || typeof claim.value !== "number") return null;
  const loose = claim.qualifier === "exact" && LOOSE_UNIT.test(`${claim.text} ${claim.unit ?? ""}`);
  const interval = claimInterval(loose ? { ...claim, qualifier: "approx" } : claim);
  return interval ? convertInterval(interval, claim.unit, "year") : null;
}

/**
 * Whether a start date is about the duration's subject. With no subject on the date, its
 * sentence must name the duration's head and any place or group it has ("the Syrian war began
 * in 2011" for "war in Syria"); word starts match, so "Syria" finds "Syrian".
 */
function about(start: Claim, subject: Subject, body: string): boolean {
  const [begun, lasted] = [start.subject?.frame, subject.frame];
  if (begun && lasted) return sameEvent(begun, lasted);
  if (start.subject) return sameSubject(start.subject, subject);
  const sentence = sentenceOf(start, body).toLowerCase();
  const words = [subject.head, subject.place, subject.group].filter((w): w is string => Boolean(w?.trim()));
  return words.length > 0 && words.every((word) => new RegExp(`\\b${escape(word.toLowerCase())}`).test(sentence));
}

/**
 * With frames: the start date of an event ("date.start", the war in Syria) and a duration of the
 * same class of event ("duration.war"), whose scopes do not clash.
 */
function sameEvent(begun: Frame, lasted: Frame): boolean {
  if (begun.measure.id !== "date.start" || !lasted.measure.id.startsWith("duration.")) return false;
  const kind = lasted.measure.id.slice("duration.".length);
  const events = relateEvents(begun.event, lasted.event, begun.scope, lasted.scope);
  if (events.kind === "different" || (begun.event && begun.event.id !== kind && lasted.event?.id !== begun.event.id)) return false;
  const scopes = relateScopes(begun.scope, lasted.scope, events.kind === "same");
  return scopes.conflict === undefined && scopes.partOfWhole === undefined;
}

function escape(word: string): string {
  return literalPattern(word);
}

function explain(start: Claim, duration: Claim, speaking: string, elapsed: number): string {
  const from = yearOf(start.value);
  return `${describeSubject(duration)}: it started in ${from} (${quote(start.text)}) and the article speaks as of ${speaking}, `
    + `so ${yearOf(speaking)} − ${from} = about ${elapsed} years, but it says ${quote(duration.text)} (${describeClaim(duration)}).`;
}

function check(start: Claim, duration: Claim, article: { body: string; published?: string }): Finding | null {
  const speaking = dayOf(duration.asOf) ?? dayOf(article.published);
  const years = yearsOf(duration);
  const from = yearOf(start.value);
  const to = yearOf(speaking);
  if (!years || from === null || to === null || speaking === undefined || to < from) return null;
  if (!duration.subject || !about(start, duration.subject, article.body)) return null;
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
    const starts = claims.filter((claim) => isStart(claim, article.body));
    if (starts.length === 0) return [];
    const findings: Finding[] = [];
    for (const duration of claims.filter((claim) => claim.kind === "duration" && claim.subject)) {
      for (const start of starts) {
        const finding = check(start, duration, article);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};
