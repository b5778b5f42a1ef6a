import type { ArticleSummary, Claim } from "../model.js";
import { formatNumber, formatUnit, getUnit } from "../units/index.js";
import { dayOf, formatDate } from "./time.js";

/**
 * How explanations print numbers, claims and sources: the way a journalist would say them,
 * with the unit, the outlet and the date.
 */

const SCALES: [number, string][] = [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]];

/**
 * A number, with big round ones in words: 3600000 -> "3.6 million", 48.28 -> "48.3".
 * @example describeNumber(3600000) // "3.6 million"
 */
export function describeNumber(value: number): string {
  for (const [size, word] of SCALES) {
    const scaled = Number((value / size).toFixed(6));
    // Only round figures go into words: 1,234,567 stays exact.
    if (Math.abs(scaled) >= 1 && Number(scaled.toPrecision(3)) === scaled) return `${formatNumber(scaled)} ${word}`;
  }
  return formatNumber(value);
}

/**
 * A value with its unit: "30 km", "3.6 million people", "$12,000". Units outside the table
 * (counted nouns) follow the number as written.
 * @example describeAmount(30, "mi") // "30 mi"
 */
export function describeAmount(value: number, unit?: string): string {
  const number = describeNumber(value);
  if (unit === undefined) return number;
  if (!getUnit(unit)) return `${number} ${unit}`;
  const plain = formatNumber(value);
  const withUnit = formatUnit(unit, value);
  return withUnit.includes(plain) ? withUnit.replace(plain, number) : withUnit;
}

/** The symbol a unit prints with, for sentences like "the first unit was probably km". */
export function unitName(unit: string | undefined): string {
  if (unit === undefined) return "no unit";
  return getUnit(unit)?.symbol.trim() ?? unit;
}

const QUALIFIER_WORDS: Record<string, string> = { approx: "about", atLeast: "at least", atMost: "at most" };

/**
 * A claim's value as the article bounds it: "more than 80 people", "450 to 500 mi", "2019".
 * @example describeClaim(claim) // "3.6 million people"
 */
export function describeClaim(claim: Claim): string {
  if (typeof claim.value !== "number") return formatDate(claim.value);
  if (claim.qualifier === "range" && typeof claim.low === "number" && typeof claim.high === "number") {
    return `${describeNumber(claim.low)} to ${describeAmount(claim.high, claim.unit)}`;
  }
  const words = claim.qualifierText?.trim() || QUALIFIER_WORDS[claim.qualifier];
  const amount = describeAmount(claim.value, claim.unit);
  return words ? `${words.toLowerCase()} ${amount}` : amount;
}

/** The article's words for a claim, quoted: “30-mile”. */
export function quote(text: string): string {
  return `“${text.trim()}”`;
}

/**
 * Who said it and when: "TRT World, 2020-01-14", and the time the figure is for when the
 * article dates it otherwise: "RUSI, 2024-08-06, as of 2019". Falls back on the title or id
 * when the outlet is unknown, and on the claim's asOf when the article has no date.
 */
export function describeSource(article: ArticleSummary | undefined, claim: Claim): string {
  const outlet = article?.source ?? (article?.title ? `“${article.title}”` : `article ${claim.articleId}`);
  const published = dayOf(article?.published);
  const asOf = dayOf(claim.asOf);
  if (!published) return asOf ? `${outlet}, ${asOf}` : outlet;
  return asOf && asOf !== published ? `${outlet}, ${published}, as of ${asOf}` : `${outlet}, ${published}`;
}

/**
 * What the claims are about, for the start of an explanation: the subject's words without this
 * claim's own number, so "Turkey hosts 3.3 million Syrian refugees" labels a comparison of two
 * figures as "Turkey hosts Syrian refugees".
 * @example describeSubject(claim) // "Syrian refugees residing in Turkey"
 */
export function describeSubject(claim: Claim): string {
  const text = claim.subject?.text.trim() ?? "";
  const own = claim.text.trim();
  const label = own !== "" && text.includes(own) ? text.replace(own, " ").replace(/\s{2,}/g, " ").trim() : text;
  // "near the Dominican Republic's" (the owner of a noun the subject stops before) reads as a place.
  if (label) return label.replace(/['’]s$/u, "");
  return claim.subject?.key.replace(/\|/g, ", ") ?? "the same measure";
}
