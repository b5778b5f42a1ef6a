import type { Claim } from "../../model.js";
import type { SameThing } from "../same-thing.js";
import { statedFigures } from "./stated-figures.js";
import { stem, tellingWords } from "./telling-words.js";
import { LINE_LABEL, lineAt, listLine, wordCount } from "./list-lines.js";
import { measureOf, named, type Series } from "./labelled-series.js";
import { marksRevision } from "../rules/revision.js";

/**
 * A sub-headline that gives a figure sums up its section: "95.59% pass in Perambalur" over
 * "Perambalur district ... slipped to sixth position by recording 96.44% pass in the Class XII
 * examinations this year" (The Hindu, 6 May 2024). When the section tells a figure of the same
 * measure with the same word, in a sentence naming what the sub-headline gives it of, the two are
 * one figure told twice, however many other values of the measure the report lists (frames
 * rarely anchor either). Weak: a discrepancy at most.
 */

/** A sub-headline runs to at most this many words. */
const HEADING_WORDS = 12;

/** How far apart two values of one figure may be for a slip: "95.59%" / "96.44%"; farther, two things. */
const NEAR = 1.5;

const WHY = (word: string, label: string) => `the section's sub-headline gives the figure of ${label} with the same word, “${word}”`;

/** A line of its own with no sentence end, no list label, and prose after it. */
function subHeadline(start: number, body: string): { end: number } | undefined {
  const line = lineAt(body, start);
  const text = line.text.trim();
  if (text === "" || wordCount(text) > HEADING_WORDS || /[.!?;:,]["”’)]?$/u.test(text) || LINE_LABEL.test(line.text)) return undefined;
  const next = body.slice(line.end).replace(/^\s+/u, "");
  const nextLine = next.split("\n")[0] ?? "";
  return nextLine !== "" && !listLine(nextLine) ? { end: line.end } : undefined;
}

/** Where a section ends: at the next sub-headline, or the end of the body. */
function sectionEnd(from: number, body: string): number {
  let at = body.indexOf("\n", from + 1);
  while (at !== -1) {
    if (subHeadline(at + 1, body) && body.slice(at + 1).trim() !== "") return at;
    at = body.indexOf("\n", at + 1);
  }
  return body.length;
}

function sameWord(a: Claim, b: Claim, body: string): string | undefined {
  const [x, y] = [tellingWords(a, body), tellingWords(b, body)];
  if (x.after && y.after && stem(x.after) === stem(y.after)) return x.after;
  if (x.before && y.before && stem(x.before) === stem(y.before)) return x.before;
  return undefined;
}

/** Pairs of a sub-headline's figure and its section's figure told alike, with the word and label they are told with. */
export function sectionLeadPairs(claims: readonly Claim[], body: string, series: Series): { pairs: [Claim, Claim][]; why: Map<Claim, Map<Claim, string>> } {
  const figures = statedFigures(claims);
  const pairs: [Claim, Claim][] = [];
  const why = new Map<Claim, Map<Claim, string>>();
  for (const lead of figures) {
    const heading = subHeadline(lead.start, body);
    const label = heading ? series.label(lead) : undefined;
    if (!heading || label === undefined) continue;
    const end = sectionEnd(heading.end, body);
    for (const figure of figures) {
      if (figure.start <= heading.end || figure.start >= end || figure.value === lead.value || measureOf(figure) !== measureOf(lead)) continue;
      const [x, y] = [Math.abs(lead.value as number), Math.abs(figure.value as number)];
      if (Math.min(x, y) === 0 || Math.max(x, y) / Math.min(x, y) > NEAR || series.item(figure) || !named(label, series.told(figure))) continue;
      const word = sameWord(lead, figure, body);
      if (!word) continue;
      pairs.push([lead, figure]);
      if (!why.has(lead)) why.set(lead, new Map());
      why.get(lead)!.set(figure, WHY(word, label));
    }
  }
  return { pairs, why };
}

/** The weak match of a sub-headline's figure and its section's (sectionLeadPairs); null for any other pair. */
export function sectionLeadMatch(a: Claim, b: Claim, why: Map<Claim, Map<Claim, string>>): SameThing | null {
  const reason = why.get(a)?.get(b) ?? why.get(b)?.get(a);
  return reason === undefined ? null : { strength: "weak", why: reason };
}

/** How many words either side of a figure a revision of it is told in: "rose to 96.44%", "96.44%, up from 95.59%". */
const REVISION_REACH = 6;

/**
 * Whether a sub-headline's figure or its section's is told as revised: revision words right beside
 * it. The section's sentence may use change words of other things ("slipped to sixth position by
 * recording 96.44% pass", the district's rank), which the whole sentence would wrongly count.
 */
export function revisedNear(a: Claim, b: Claim, body: string): boolean {
  const near = (claim: Claim) => {
    const before = body.slice(Math.max(0, claim.start - 80), claim.start).split(/\s+/u).slice(-REVISION_REACH).join(" ");
    const after = body.slice(claim.end, claim.end + 80).split(/\s+/u).slice(0, REVISION_REACH + 1).join(" ");
    return `${before} ${claim.text} ${after}`;
  };
  return marksRevision(near(a)) || marksRevision(near(b));
}
