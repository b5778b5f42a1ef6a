import type { Claim, Severity } from "../../model.js";
import { describeClaim, describeSubject, quote } from "../describe.js";
import type { SameThing } from "../same-thing.js";
import { PART_OF_WHOLE_NOTE, partOfWhole } from "../scope.js";

/**
 * What an internal-conflict finding tells the editor: how sure it is (two sources, a part and its
 * whole, a quote) and the two figures as the article gives them.
 */

function quotedNote(a: Claim, b: Claim): string {
  const quoted = [a, b].filter((claim) => claim.modality === "quoted");
  if (quoted.length === 0) return "";
  return ` (${quoted.map((claim) => quote(claim.text)).join(" and ")} ${quoted.length === 1 ? "is" : "are"} quoted: the speaker or the reporting may be wrong)`;
}

/**
 * A contradiction when the article itself says both; a discrepancy when one figure is a
 * speaker's (the article reports the quote, it does not assert it); a note when the counts are
 * far enough apart to be a part and the whole.
 */
export function severityOf(a: Claim, b: Claim, match: SameThing, sources: [string, string] | undefined): Severity {
  // Two sources' figures side by side: the story reports both; the editor decides what it stands by.
  if (sources) return "discrepancy";
  if (partOfWhole(a, b)) return "note";
  if (match.strength === "weak" || a.vague || b.vague) return "discrepancy";
  return (a.modality === "quoted") !== (b.modality === "quoted") ? "discrepancy" : "contradiction";
}

/** The finding's words: the two figures as given (and whose, when two sources are named), and what the editor should do. */
export function explanationOf(a: Claim, b: Claim, severity: Severity, match: SameThing, sources: [string, string] | undefined): string {
  const ending = sources
    ? `The sources differ (${sources[0]}: ${quote(a.text)}; ${sources[1]}: ${quote(b.text)}): the story should say which figure it stands by, or that the counts differ and why.`
    : severity === "note" ? PART_OF_WHOLE_NOTE
    : `${match.strength === "weak" ? "If both are about the same thing, both" : "Both"} cannot be right; if the figure was revised, the text should say so ("up from", "revised").`;
  const from = (claim: Claim, source: string | undefined) => `${describeClaim(claim)}${source ? `, from ${source}` : ""}`;
  return `${describeSubject(a)}: the article gives ${quote(a.text)} (${from(a, sources?.[0])}) and ${quote(b.text)} `
    + `(${from(b, sources?.[1])}) for the same thing at the same time${sources ? "" : quotedNote(a, b)}. ${ending} Compared because ${match.why}.`;
}
