import type { Claim } from "../../model.js";
import { gazetteerPlace } from "../../extract/subject/gazetteer.js";
import { sentenceOf } from "../context.js";
import { headOf } from "../pairs.js";
import { COUNTED_BY, SAYS_WHEN } from "../data/counted-where.js";
import { HARDEST_HIT } from "../data/hardest-hit.js";

/**
 * A story that counts one measure place by place ("In Gilgit-Baltistan, 10 people have been
 * reported killed", "Shangla reported 36 deaths, Mansehra 23", "In Azad Kashmir, two deaths and
 * 11 injuries") gives each place's count beside the total: a smaller count whose sentence names
 * a place the total's sentence does not is that place's share, not a rival total. The frames'
 * scopes do not say it (a story's names are lent to all its figures), the sentences do.
 */

/** Capitalised names, one to three words ("Azad Kashmir", "Khyber-Pakhtunkhwa", "K-P’s Shangla"). */
const NAME = /\p{Lu}[\p{L}-]*(?:['’]s)?(?:\s+\p{Lu}[\p{L}-]*){0,2}/gu;

/**
 * Names a sentence says something was counted at, whether or not the gazetteer knows them (it
 * knows few districts): "In Azad Kashmir, two deaths", "reported from K-P’s Shangla district",
 * "Chitral follows with 32 deaths", "Shangla reported 36 deaths", "Buner district has emerged as the worst-hit".
 */
const COUNTED_AT = /(?:\b(?:[Ii]n|[Aa]t|[Ff]rom)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}))|(?:(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(?:had|reported|recorded|registered|counted|confirmed|follows|followed|district|province|region|county|state|tehsil|village|city|town|municipality)\b)/gu;

const POSSESSIVE = /['’]s$/u;

/** The places a sentence names: the gazetteer's, and names it says something was counted at. */
export function placesNamed(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const match of sentence.matchAll(NAME)) {
    const words = match[0].replace(/['’]s\b/gu, "").split(/\s+/u).filter((word) => !SAYS_WHEN.test(word));
    for (let end = words.length; end > 0; end--) {
      const place = gazetteerPlace(words.slice(0, end).join(" "));
      if (place) {
        out.add(place);
        break;
      }
    }
  }
  for (const match of sentence.matchAll(COUNTED_AT)) {
    const words = (match[1] ?? match[2] ?? "").split(/\s+/u).map((word) => word.replace(POSSESSIVE, "")).filter((word) => word !== "" && !SAYS_WHEN.test(word) && !COUNTED_BY.has(word.toLowerCase()));
    // "K-P’s Shangla": the narrower place is the last name.
    if (words.length > 0) out.add(gazetteerPlace(words.join(" ")) ?? words[words.length - 1]!.toLowerCase());
  }
  return out;
}

/** How near the whole a share told at a place of its own may come before it reads as the whole miscounted (here and in one-story-toll.ts). */
export const NEAR_WHOLE = 0.9;

/** Shares counted at places apart that a story must give before its counts read as a breakdown by place. */
const SHARES = 2;

/**
 * The sentences' places of every figure, figure by figure: read once per check.
 * @example placesByFigure(claims, body).get(tenInGilgit) // Set { "gilgit-baltistan" }
 */
export function placesByFigure(claims: readonly Claim[], body: string): Map<Claim, Set<string>> {
  return new Map(claims.map((claim) => [claim, placesNamed(sentenceOf(claim, body))] as const));
}

/**
 * Whether the smaller of two figures of one measure is a place's share of the other: its
 * sentence names a place the larger's does not, and the story gives two or more such shares of
 * that measure (figures below the larger, at places neither its sentence nor the story's event
 * names): a breakdown by place, not one place told twice or a headline's place in other words;
 * or its sentence names a county or district the larger's does not, or calls its place the
 * hardest-hit, a share by its very name.
 * @example placedPart(fiftyInShangla, twoSeventyOneInAll, claims, places) // true
 */
export function placedPart(a: Claim, b: Claim, claims: readonly Claim[], places: Map<Claim, Set<string>>, body: string, story: ReadonlySet<string> = new Set()): boolean {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  const [small, large] = a.value < b.value ? [a, b] : [b, a];
  const wide = places.get(large) ?? new Set<string>();
  // The story's own place ("in Oruro, Bolivia") is where the total is too, whatever sentence names it.
  const elsewhere = (claim: Claim) => [...(places.get(claim) ?? [])].filter((place) => !wide.has(place) && !story.has(place));
  // "In the province's Ningshan County, some 163 people were still missing" (of 266 in Shaanxi):
  // a unit the story names as such is a share alone, unless it is near the whole (the whole miscounted).
  const largeUnits = unitNamed(sentenceOf(large, body));
  const unit = unitNamed(sentenceOf(small, body)).some((name) => !largeUnits.includes(name) && !story.has(name));
  if (unit && (small.value as number) < NEAR_WHOLE * (large.value as number)) return true;
  // "Buner has emerged as the hardest-hit district, with 204 deaths" (of the 340 the headline tells): a share by its own words.
  const singledOut = HARDEST_HIT.test(sentenceOf(small, body)) && !HARDEST_HIT.test(sentenceOf(large, body));
  if (singledOut && (small.value as number) < NEAR_WHOLE * (large.value as number)) return true;
  if (elsewhere(small).length === 0) return false;
  const measure = headOf(small);
  const shares = claims.filter((claim) => claim.articleId === small.articleId && headOf(claim) === measure && typeof claim.value === "number" && !claim.vague
    && claim.value < (large.value as number) && elsewhere(claim).length > 0);
  return new Set(shares.map((claim) => claim.value)).size >= SHARES && new Set(shares.flatMap(elsewhere)).size >= SHARES;
}

/** A name told with the kind of unit it is: "Ningshan County", "Buner district", "the district of Kullu". */
const UNIT = /(?:(\p{Lu}[\p{L}’'-]*)\s+(?:County|District|Prefecture|Tehsil|Municipality|county|district|prefecture|tehsil|municipality)\b)|(?:\b(?:county|district|prefecture|tehsil|municipality)\s+of\s+(\p{Lu}[\p{L}’'-]*))/gu;

/** The sub-units of a country a sentence names as such, lowercase. */
function unitNamed(sentence: string): string[] {
  return [...sentence.matchAll(UNIT)].map((match) => (match[1] ?? match[2] ?? "").toLowerCase()).filter((name) => name !== "" && !COUNTED_BY.has(name) && name !== "the");
}
