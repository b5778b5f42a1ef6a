import type { Claim } from "../../core/model.js";
import { subjectHead } from "../../core/subject-match.js";

/**
 * Which stored claims the corpus runner hands to a check, standing in for the store's lookup:
 * the claims sharing a subject head or a frame measure class with one of the new article's
 * claims ("wounded" and "injured" are one measure class under two heads).
 */
export function relatedClaims(own: readonly Claim[], stored: readonly Claim[]): Claim[] {
  const keys = new Set(own.flatMap(keysOf));
  return stored.filter((c) => keysOf(c).some((key) => keys.has(key)));
}

function keysOf(claim: Claim): string[] {
  const subject = claim.subject;
  if (!subject) return [];
  const measure = subject.frame?.measure.id;
  return measure ? [`head:${subjectHead(subject.key)}`, `measure:${measure}`] : [`head:${subjectHead(subject.key)}`];
}
