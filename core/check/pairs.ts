import type { Claim, Dimension, Subject } from "../model.js";
import { subjectHead } from "../subject-match.js";
import { convert, getUnit } from "../units/index.js";
import { comparisonUnit } from "./tally.js";
import { countedAlike } from "./counted-alike.js";
import { dimensionOfThing, isDimension } from "./frame/open-dimension.js";

/**
 * Which claims may be compared, and the pairs worth comparing. Pairs are only formed inside a
 * group of claims sharing a subject head, so the work grows with the claims on a subject, never
 * with all pairs in an article or a store.
 */

/** Hypothetical ("if two million more arrive") and negated claims assert nothing to contradict. */
export function asserts(claim: Claim): boolean {
  return claim.modality === "asserted" || claim.modality === "quoted";
}

export function isNumeric(claim: Claim): boolean {
  return claim.kind !== "date" && typeof claim.value === "number" && Number.isFinite(claim.value);
}

/**
 * What a claim's figures are grouped by: its frame's measure class ("injured" for "wounded" and
 * "hurt"), or for a claim stored before frames its subject head.
 */
export function headOf(claim: Claim): string | null {
  const subject = claim.subject;
  if (!subject || typeof subject.key !== "string") return null;
  const measure = subject.frame?.measure.id.trim().toLowerCase();
  // A measure of a named thing meets the thing's other measures ("the 948-foot Dali", its bare
  // length, and "984 feet long"); same-thing.ts decides which classes agree.
  if (measure && subject.frame?.rules?.includes("frame.named-measure")) return `thing:${subject.head}`;
  // "depth.strip" and a "strip" of open dimension meet in one group; same-thing.ts decides.
  if (measure) return /^(?:date|share|duration)\./.test(measure) ? measure : measure.slice(measure.indexOf(".") + 1);
  const head = (subject.head || subjectHead(subject.key)).trim().toLowerCase();
  return head === "" ? null : head;
}

/**
 * The most claims of one article compared per subject head. A story repeating "six people
 * killed" is one reading (see `signature`); a page with hundreds of different figures under one
 * head is a table, not prose, and comparing its first few hundred keeps a check of a huge input
 * to a bounded number of pairs.
 */
export const MAX_GROUP = 100;

/** Everything a comparison looks at: claims equal here compare the same way with everyone. */
function signature(claim: Claim): string {
  const s = claim.subject;
  return [claim.articleId, claim.kind, claim.value, claim.unit, claim.dimension, claim.qualifier, claim.qualifierText, claim.low, claim.high,
    claim.step, claim.asOf, claim.modality, claim.vague, s?.key, s?.head, s?.measure, s?.place, s?.group, s?.event,
    s?.frame ? JSON.stringify(s.frame) : "", claim.change ? JSON.stringify(claim.change) : "", claim.time ? JSON.stringify(claim.time) : ""].join("\u0000");
}

/**
 * Claims keyed by subject head, the first of each repeated reading only, at most MAX_GROUP per
 * head and article; claims without a subject are left out.
 */
export function bySubjectHead(claims: readonly Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  const seen = new Set<string>();
  const sizes = new Map<string, number>();
  for (const claim of claims) {
    const head = headOf(claim);
    if (head === null) continue;
    const key = signature(claim);
    const slot = `${head}\u0000${claim.articleId}`;
    const size = sizes.get(slot) ?? 0;
    if (seen.has(key) || size >= MAX_GROUP) continue;
    seen.add(key);
    sizes.set(slot, size + 1);
    for (const name of [head, ...alsoUnder(claim, head)]) {
      const group = groups.get(name);
      if (group) group.push(claim);
      else groups.set(name, [claim]);
    }
  }
  return groups;
}

/**
 * "width.bridge" meets "1.25 meters wide" (`width`, no thing) too, and a named thing's dimension
 * ("the 15-storey Plasco building": `floors`) meets the unnamed building's of its story
 * (`floors.building`): same-thing.ts openThing, frame/thing-of-story.ts.
 */
function alsoUnder(claim: Claim, head: string): string[] {
  const measure = claim.subject?.frame?.measure.id ?? "";
  const dimension = dimensionOfThing(measure) ?? (head.startsWith("thing:") && isDimension(measure) ? measure : undefined);
  return dimension === undefined || dimension === head ? [] : [dimension];
}

/** Whether `a` meets `b` for the first time: a claim under two heads (`alsoUnder`) meets another under both at most once. */
function firstMeeting(met: Map<Claim, Set<Claim>>, a: Claim, b: Claim): boolean {
  const seen = met.get(a) ?? met.set(a, new Set()).get(a)!;
  if (seen.has(b)) return false;
  seen.add(b);
  return true;
}

/** Every unordered pair inside each subject group of one article. */
export function pairsWithin(claims: readonly Claim[]): [Claim, Claim][] {
  const pairs: [Claim, Claim][] = [];
  const met = new Map<Claim, Set<Claim>>();
  for (const group of bySubjectHead(claims).values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i] as Claim, group[j] as Claim];
        if (firstMeeting(met, a, b)) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Each of the article's claims with each related claim on the same subject head. */
export function pairsAcross(own: readonly Claim[], related: readonly Claim[]): [Claim, Claim][] {
  const others = bySubjectHead(related);
  const pairs: [Claim, Claim][] = [];
  const met = new Map<Claim, Set<Claim>>();
  for (const [head, group] of bySubjectHead(own)) {
    for (const claim of group) {
      for (const other of others.get(head) ?? []) {
        if (other.articleId !== claim.articleId && firstMeeting(met, claim, other)) pairs.push([claim, other]);
      }
    }
  }
  return pairs;
}

/** Units that measure the same thing: identical, or convertible through the unit table. */
export function sameMeasure(a: Claim, b: Claim): boolean {
  if (a.dimension !== undefined && b.dimension !== undefined && a.dimension !== b.dimension) return false;
  const [x, y] = [comparisonUnit(a), comparisonUnit(b)];
  if (x === y || countedAlike(a, x, b, y)) return true;
  if (x === undefined || y === undefined) return false;
  return convert(1, x, y) !== null;
}

/** Measures with a unit table behind them: a length of a "strip" is already a specific thing. */
export const PHYSICAL = new Set<Dimension>(["length", "area", "volume", "mass", "speed", "fuelEconomy", "temperature"]);

const FACETS = ["measure", "place", "group", "event"] as const;

function named(subject: Subject, facet: (typeof FACETS)[number]): string {
  return (subject[facet] ?? "").trim().toLowerCase();
}

function dimensionOf(claim: Claim): Dimension | undefined {
  return claim.dimension ?? (claim.unit === undefined ? undefined : getUnit(claim.unit)?.dimension);
}

/**
 * Whether two matching subjects pin down one thing. A bare head ("killed", "people",
 * "building") matches every death toll and head count in the news: "at least 2,921 killed in
 * Turkey" and "1,444 died in Syria" both read as "killed". So counts, money and shares are
 * compared only when both subjects name the same place, group, event or measure; physical
 * measures (a strip's 30 km against its 30 miles) are specific enough with the head alone.
 */
export function specific(a: Claim, b: Claim): boolean {
  if (!a.subject || !b.subject) return false;
  const x = a.subject;
  const y = b.subject;
  if (FACETS.some((facet) => named(x, facet) !== "" && named(x, facet) === named(y, facet))) return true;
  const dimension = dimensionOf(a);
  return dimension !== undefined && PHYSICAL.has(dimension) && dimension === dimensionOf(b);
}

/** One claim restates the other in another unit ("30 km (18.6 mi)"): not two statements. */
export function restatement(a: Claim, b: Claim): boolean {
  return a.conversionOf === b.id || b.conversionOf === a.id;
}
