import type { Article, Claim } from "../model.js";
import { toClaims } from "./claims.js";
import { findDates } from "./dates.js";
import { findDurations } from "./durations.js";
import { findQuantities } from "./quantities.js";
import { localeOf, localizeMentions } from "./quantities/locale.js";
import { runPipeline, type Finders } from "./pipeline.js";
import { markHeadFigures } from "./subject/head-figures.js";
import { markCountedSlots } from "./subject/counted-slot.js";
import { markClockSlots } from "./subject/clock-slot.js";

/**
 * Bumped whenever extraction changes what it finds, so the batch re-check knows which stored
 * articles to read again.
 */
export const EXTRACTOR_VERSION = 44;

/** The finders of the shipped pipeline. */
export const FINDERS: Finders = {
  quantities: findQuantities,
  dates: findDates,
  durations: findDurations,
};

/**
 * Every numeric and dated claim in an article, in text order. Pure, deterministic, never throws.
 * @example extractClaims({ id: "a", body: "a 30-km strip", published: "2024-08-06" })
 */
export function extractClaims(article: Article): Claim[] {
  const body = typeof article.body === "string" ? article.body : "";
  const published = typeof article.published === "string" ? article.published : undefined;
  // A bare "$" or "tons" means what the article's outlet means (its source or URL says which).
  const locale = localeOf(article);
  const finders = locale ? { ...FINDERS, quantities: (text: string) => localizeMentions(text, locale) } : FINDERS;
  const { drafts, context } = runPipeline(body, published, finders);
  // A figure no reader framed still says what it is about by its head word and its story: the
  // story's names as the subject step read them (its context holds the same dates and sentences).
  // What each figure counts (its slot), for pairing two aligned reports' figures (core/check/aligned/).
  // The hour of its event, for meeting the other reports' hours (core/check/aligned/clock-pairs.ts).
  const slotted = markCountedSlots(markHeadFigures(toClaims(article.id, body, drafts), body, published, context), body, published, context);
  return markClockSlots(slotted, body, published, context);
}
