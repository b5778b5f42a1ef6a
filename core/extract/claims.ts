import type { Claim } from "../model.js";
import { claimId } from "../ids.js";
import type { Draft } from "./draft.js";
import { mapPacked } from "./packed.js";

/**
 * Drafts become claims: ids from the article and the span (so the same words in the same
 * article keep their id across re-checks), the exact text, and the conversion link as a claim
 * id. A conversion whose original was dropped (as junk, or lost an overlap) links to nothing.
 * @example toClaims("a1", "a 30-km strip", drafts)[0].id // claimId("a1", 2, 7)
 */
export function toClaims(articleId: string, text: string, drafts: readonly Draft[]): Claim[] {
  // The span set is only read for links (a change's pair, a conversion's original).
  const linked = drafts.some((d) => d.mention.change?.pairedWith || d.mention.conversionOf);
  const spans: ReadonlySet<string> = linked ? new Set(drafts.map((d) => `${d.mention.start}:${d.mention.end}`)) : NO_SPANS;
  return mapPacked(drafts, (draft) => toClaim(articleId, text, draft, spans))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

const NO_SPANS: ReadonlySet<string> = new Set();

function toClaim(articleId: string, text: string, draft: Draft, spans: ReadonlySet<string>): Claim {
  const m = draft.mention;
  const claim: Claim = {
    id: claimId(articleId, m.start, m.end),
    articleId,
    kind: m.kind,
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    value: m.value,
    qualifier: m.qualifier,
    modality: draft.modality,
    sentence: { start: draft.sentence.start, end: draft.sentence.end },
    rules: [...m.rules, ...draft.rules],
  };
  if (m.unit !== undefined) claim.unit = m.unit;
  if (m.dimension !== undefined) claim.dimension = m.dimension;
  if (m.qualifierText !== undefined) claim.qualifierText = m.qualifierText;
  if (m.low !== undefined) claim.low = m.low;
  if (m.high !== undefined) claim.high = m.high;
  if (m.step !== undefined) claim.step = m.step;
  if (draft.subject) claim.subject = draft.subject;
  if (draft.asOf) claim.asOf = draft.asOf;
  if (m.vague) claim.vague = true;
  if (m.time) claim.time = { ...m.time };
  if (m.change) {
    const { direction, role, text: words, pairedWith } = m.change;
    claim.change = { direction, role, text: words };
    if (pairedWith && spans.has(`${pairedWith.start}:${pairedWith.end}`)) claim.change.pairedWith = claimId(articleId, pairedWith.start, pairedWith.end);
  }
  const conversion = m.conversionOf;
  if (conversion && spans.has(`${conversion.start}:${conversion.end}`)) {
    claim.conversionOf = claimId(articleId, conversion.start, conversion.end);
  }
  return claim;
}
