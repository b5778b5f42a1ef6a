import type { Claim, ScopeEntity } from "../../model.js";
import { splitSentences } from "../sentences.js";
import { subjectContext, type SubjectContext } from "./context.js";
import { headGuarded, nameAfter } from "./head-guards.js";
import { ANY_HEAD, type Head, headOf } from "./head-word.js";
import { CASUALTY } from "./lexicon.js";
import { STORY_NAME, storyNames } from "./story-names.js";
import { mapPacked } from "../packed.js";

/**
 * Figures no reader frames still say what they are about (issue 15, session 13): their dimension
 * and head word (head-word.ts), and the story of their report. Each such figure is marked
 * `headWord = { word, story }`; the check (core/check/frame/head-match.ts) compares two of one
 * dimension and head in two reports the story match ties, weakly (a discrepancy at most). A figure
 * whose words name no head is marked `~` (any head) when it is its report's only value of its dimension ("Built
 * on 2,132 acres"): the only area of two reports of one story is one area. Framed tolls are left to
 * the frame matching. Guards (head-guards.ts):
 * a level, asserted or quoted, not a part, an increment, an item of a list, of another event or
 * year, not the size of each of several things counted, not the measure of a named thing the text
 * writes right after it that is not one of the story's names. A head whose figures give more than
 * MAX_VALUES values in one report is ambiguous there: none of them is marked.
 */

/**
 * The classes of a toll (data/measures.ts casualty: killed, injured, displaced, ...): a toll the
 * readers framed is the frame matching's, the best-read figures there are, and its words' head
 * ("18 passengers were killed": passenger) would only make the head of the figures no reader
 * frames ambiguous ("about 43 passengers" aboard).
 */
const TOLL_CLASSES: ReadonlySet<string> = new Set(Object.values(CASUALTY).map((cls) => cls.split(".")[0]!));

/** A toll a reader framed. */
const framedToll = (claim: Claim) => TOLL_CLASSES.has((claim.subject?.frame?.measure.id ?? "").split(".")[0]!);

/**
 * Passengers counted apart from a crew counted beside them ("carrying 459 passengers and 80 crew", aboard.ts): the
 * readers settled that they are not everyone aboard, which another report's "passengers" ("with more than 500
 * passengers and crew on board") may be. A bare "about 43 passengers" may be everyone aboard: it keeps its head.
 */
function passengersApart(claim: Claim, claims: readonly Claim[]): boolean {
  if (claim.subject?.frame?.measure.id !== "passenger" || claim.sentence === undefined) return false;
  return claims.some((c) => c.sentence?.start === claim.sentence!.start && c.subject?.frame?.measure.id === "crew");
}

/** Values of one head a report may give and still say which figure is which: one (a figure repeated is one). */
export const MAX_VALUES = 1;

const valueOf = (c: Claim) => `${c.value}${c.unit ?? ""}`;

/** Figures a head can be read for: numbers, not restating another. */
function figure(claim: Claim): boolean {
  return (claim.kind === "quantity" || claim.kind === "percent") && claim.conversionOf === undefined && typeof claim.value === "number";
}

/** A bare number ("a capacity of 2200") counts something: its dimension is a count's. */
const dimensionOf = (claim: Claim) => claim.dimension ?? "count";

/**
 * The claims, those that a head and the report's story name marked `headWord`. `context` is the
 * article context extraction's subject step read these claims with (pipeline.ts): its story names
 * are read once per article and shared; without it they are read from the claims' own dates.
 * @example markHeadFigures(extractClaims(article), article.body, article.published).filter((c) => c.headWord)
 */
export function markHeadFigures(claims: Claim[], body: string, published: string | undefined, context?: SubjectContext): Claim[] {
  const figures = claims.filter((c) => figure(c) && !framedToll(c) && !passengersApart(c, claims));
  if (figures.length === 0) return claims;
  const byDimension = new Map<string, Set<string>>();
  for (const c of figures) byDimension.set(dimensionOf(c), (byDimension.get(dimensionOf(c)) ?? new Set()).add(valueOf(c)));
  const heads = new Map<Claim, Head>();
  const kinds = new Map<string, Set<string>>();
  for (const claim of figures) {
    if (headGuarded(claim, body, published)) continue;
    const only = byDimension.get(dimensionOf(claim))!.size === 1;
    const head = headOf(claim, body) ?? (only && dimensionOf(claim) !== "count" ? { lemma: ANY_HEAD, said: "" } : undefined);
    if (!head) continue;
    heads.set(claim, head);
    const kind = `${dimensionOf(claim)}:${head.lemma}`;
    kinds.set(kind, (kinds.get(kind) ?? new Set()).add(valueOf(claim)));
  }
  const marked = [...heads].filter(([c, head]) => kinds.get(`${dimensionOf(c)}:${head.lemma}`)!.size <= MAX_VALUES);
  if (marked.length === 0) return claims;
  const story = namesOfStory(claims, body, published, context);
  if (story.length === 0) return claims;
  // A figure that measures a thing the text names right after it is that thing's, unless the name is the story's own.
  // The story's words are split out only for a figure that has such a name: most have none.
  let storyWords: ReadonlySet<string> | undefined;
  const words = new Map(marked.filter(([c]) => {
    const name = nameAfter(c, body);
    if (name === undefined) return true;
    storyWords ??= new Set(story.flatMap((n) => n.text.toLowerCase().split(/[\s-]+/u)));
    return name.split("-").some((w) => storyWords!.has(w));
  }));
  return mapPacked(claims, (c) => {
    const head = words.get(c);
    if (head === undefined) return c;
    const only = byDimension.get(dimensionOf(c))!.size === 1;
    return { ...c, headWord: { word: head.lemma, story, ...(head.said ? { said: head.said } : {}), ...(only ? { only: true } : {}) } };
  });
}

/**
 * The story's distinctive names (story-names.ts), read once per report that has a marked figure.
 * They depend on the article's text, sentences and dates only, and the subject step's context
 * holds the same sentences and the same dates as the claims (every date mention becomes a claim),
 * so its names, often already read by a subject reader, are these.
 */
function namesOfStory(claims: readonly Claim[], body: string, published: string | undefined, shared?: SubjectContext): ScopeEntity[] {
  if (shared) return storyNames(shared).filter((n) => n.id.startsWith(STORY_NAME));
  const dates = claims.filter((c) => c.kind === "date").map((c) => ({ kind: c.kind, start: c.start, end: c.end, value: c.value, qualifier: c.qualifier, rules: [] }));
  const context = subjectContext(body, dates, published, splitSentences(body));
  return storyNames(context).filter((n) => n.id.startsWith(STORY_NAME));
}
