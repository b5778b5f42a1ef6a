import type { Article, ArticleSummary, Claim } from "../model.js";
import { sentenceOf } from "./context.js";
import { comparisonUnit } from "./tally.js";
import { TOLL_HEADS } from "./counting-toll.js";
import { TOLD_REVISION } from "./data/revision-words.js";

/**
 * A report that tells its own toll is a revision of another report's higher one. Lower
 * tolls of one event a day or two apart are a contradiction when nothing explains them; the
 * same fall told by the later report ("revised the toll ... down to 253, from the previous
 * figure of 359", AFP on the 2019 Sri Lanka bombings; "revised down the death toll ... to 84"
 * with "increased to 101" on Wednesday, Dawn on the 2023 Peshawar blast; "revised the death toll
 * ... to 275 from 288", PTI on the 2023 Balasore crash) is a correction the editor of the earlier
 * story should hear of, and no error of the report that tells it.
 */

const TOLD = new RegExp(TOLD_REVISION.map((f) => String.raw`\b${f}(?![\p{L}\p{N}])`).join("|"), "iu");

export interface Revision {
  /** The report's mention of the other report's figure, the level its toll was revised from. */
  from: Claim;
  /** The report's toll, in a sentence that tells the revision. */
  to: Claim;
}

const isToll = (claim: Claim) => TOLL_HEADS.has((claim.subject?.frame?.measure.id ?? "").split(".")[0] ?? "");

/** A report cannot revise what was published after it. */
function notBefore(own: ArticleSummary | undefined, other: ArticleSummary | undefined): boolean {
  return !own?.published || !other?.published || own.published.slice(0, 10) >= other.published.slice(0, 10);
}

/**
 * Whether `lower`, a toll of the report being checked (its claims and article at hand), is told
 * there as revised down from `higher`, another report's figure: the report names that figure
 * too (as the level it came from, "as high as 174", or a dated earlier count) and a word of
 * revision stands in the sentence of its own figure, or its figure is a change from the named
 * one. Both are needed: a named higher figure alone may be a part or another count; a word of
 * revision alone may be about another figure. Only the report being checked is read (the
 * stored reports' bodies are not at hand), as countsAttackers reads it.
 * @example toldRevision(said253, said359, [said253, from359], reportRevisingTo253, articles) // { from: from359, to: said253 }
 */
export function toldRevision(lower: Claim, higher: Claim, own: readonly Claim[], checked: Article, articles: Map<string, ArticleSummary>): Revision | undefined {
  if (typeof lower.value !== "number" || typeof higher.value !== "number" || !(lower.value < higher.value)) return undefined;
  if (lower.articleId !== checked.id || !isToll(lower) || !isToll(higher) || !notBefore(checked, articles.get(higher.articleId))) return undefined;
  // The same number counting the same (a headline's bare "84" and "84 people" are one count).
  const unit = comparisonUnit(lower);
  const figure = (claim: Claim, value: number) => claim.kind === "quantity" && claim.value === value && (claim.unit === undefined || comparisonUnit(claim) === unit);
  const from = own.find((claim) => claim !== lower && figure(claim, higher.value as number));
  if (!from) return undefined;
  // "fell to 172 from 195": the report's own change from the named figure tells the fall as well as a word would.
  const changedFrom = (claim: Claim) => claim.change?.pairedWith !== undefined && own.some((c) => c.id === claim.change?.pairedWith && c.change?.role === "from" && figure(c, higher.value as number));
  const to = own.find((claim) => figure(claim, lower.value as number) && (changedFrom(claim) || TOLD.test(sentenceOf(claim, checked.body))));
  return to ? { from, to } : undefined;
}
