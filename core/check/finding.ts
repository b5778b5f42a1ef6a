import { findingId } from "../ids.js";
import type { Claim, ClaimRef, Finding, FindingKind, Severity } from "../model.js";

/** What a rule decides; `makeFinding` adds the id, the claim pointers and the status. */
export interface FindingDraft {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  /** In the order the explanation names them. */
  claims: Claim[];
  explanation: string;
}

function refOf(claim: Claim): ClaimRef {
  return { articleId: claim.articleId, claimId: claim.id, start: claim.start, end: claim.end, text: claim.text };
}

/**
 * A finding whose id depends only on the rule and the claims involved, so checking the same
 * article again finds the same finding instead of a new one.
 * @example makeFinding({ rule: "conversion-mismatch", kind: "conversion-mismatch", severity: "contradiction", claims: [x, y], explanation: "…" })
 */
export function makeFinding(draft: FindingDraft): Finding {
  const finding: Finding = {
    id: findingId(draft.rule, draft.claims.map((claim) => claim.id)),
    kind: draft.kind,
    severity: draft.severity,
    claims: draft.claims.map(refOf),
    explanation: draft.explanation,
    status: "open",
    rule: draft.rule,
  };
  const subject = draft.claims.find((claim) => claim.subject?.key)?.subject?.key;
  return subject ? { ...finding, subject } : finding;
}
