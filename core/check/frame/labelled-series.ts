import type { Claim } from "../../model.js";
import { statedFigures } from "./stated-figures.js";
import { SAYS_WHEN } from "../data/counted-where.js";
import { LABEL_REACH, LINKS_AFTER, NOT_A_NAME, SAYING } from "../data/series-labels.js";
import { headingOf, type Line, LINE_LABEL, lineAt, listLine, titleCase, WORD, wordCount } from "./list-lines.js";

/**
 * A list of several values of one measure, each told beside its own label, is a series of
 * different things, not one thing told several ways: a price list ("Noida: Petrol is Rs 94.83",
 * "Bengaluru: Petrol at Rs 102.86"), a box of regions ("Cariboo: 51", "Kamloops: 84"), results by
 * party and province ("Alberta- ... NDP {14%}", "Manitoba- ... NDP {27%/4 Seats}"), losses by
 * office ("Rs 325 million of Praganna Badkapath Irrigation Division", "Rs 87.6 million of
 * Irrigation Division"), a box score ("Jerami Grant added 24 points", "Russell recorded 23").
 * A real slip is a pair: one thing given two values. So when a report gives three or more values
 * of one measure, two of them are told apart when each is told beside a label and the labels
 * differ (the section heading a list line stands under, the line's own label, the name the figure
 * is told of: "VICTORIA" / "* Two people dead" and "NSW" / "* 20 people dead"); a figure told
 * with no label, or two told of the same label, are still compared.
 */

/** A capitalised name, one or more words ("Praganna Badkapath Irrigation Division", "Lillard's"). */
const NAME = /\p{Lu}[\p{L}\p{M}'’.&-]*(?:[^\S\n]+(?:(?:of|the|de|du|del|la|le|al|el)[^\S\n]+)?\p{Lu}[\p{L}\p{M}'’.&-]*)*/gu;

/** A name as a label: its function words and possessive dropped, lowercase; months and weekdays name no thing. */
function labelOf(name: string): string | undefined {
  const words = name.replace(/['’]s\b/gu, "").split(/\s+/u).filter(Boolean);
  while (words.length > 0 && NOT_A_NAME.has(words[0]!.toLowerCase())) words.shift();
  if (words.length === 0 || words.every((word) => SAYS_WHEN.test(word) || NOT_A_NAME.has(word.toLowerCase()))) return undefined;
  return words.join(" ").replace(/[.’'-]+$/u, "").toLowerCase();
}

/** The name a figure is told of, after it ("Rs 325 million of X", "11 in Ambon") or just before it ("Jerami Grant added 24"). */
function ownLabel(claim: Claim, body: string, from: number, to: number): string | undefined {
  const after = body.slice(claim.end, to);
  const link = new RegExp(`^[^\\S\\n]*(?:[\\p{L}'’-]+[^\\S\\n]+){0,${LABEL_REACH}}?(?:${[...LINKS_AFTER].join("|")})[^\\S\\n]+(?:the[^\\S\\n]+)?(${NAME.source})`, "u").exec(after);
  const linked = link ? labelOf(link[1]!) : undefined;
  if (linked) return linked;
  const before = body.slice(from, claim.start);
  let label: string | undefined;
  for (const match of before.matchAll(NAME)) {
    const gap = before.slice(match.index + match[0].length);
    if (/[\d.;!?]/u.test(gap.replace(/^['’]s/u, "")) || wordCount(gap) > LABEL_REACH) continue;
    // "Railways Minister Azam Swati said 35 died": who tells a figure is its source, not a label of what it counts.
    if (SAYING.test(gap)) continue;
    label = labelOf(match[0]) ?? label;
  }
  return label;
}

/** The part of a figure's sentence on its own line: a list line is read alone, whatever sentence the reader ran it into. */
function sentenceOnLine(claim: Claim, line: Line): { from: number; to: number } {
  return { from: Math.max(line.start, claim.sentence?.start ?? line.start), to: Math.min(line.end, claim.sentence?.end ?? line.end) };
}

/** What a figure is told beside: its list section's heading, its line's label and its own name, as one key; none without a label of its own. */
function figureLabel(claim: Claim, body: string, figureLines: ReadonlySet<number>): string | undefined {
  const line = lineAt(body, claim.start);
  const lineMatch = LINE_LABEL.exec(body.slice(line.start, claim.start));
  if (!lineMatch && titleCase(line.text)) return undefined;
  const { from, to } = sentenceOnLine(claim, line);
  const lineLabel = lineMatch ? labelOf(lineMatch[1]!.trim()) ?? lineMatch[1]!.trim().toLowerCase() : undefined;
  const own = ownLabel(claim, body, lineMatch ? line.start + lineMatch[0].length : from, to);
  // A bullet under a section heading is labelled by the heading alone ("VICTORIA" / "* Two people dead").
  const heading = listLine(line.text) ? headingOf(line, body, figureLines) : undefined;
  if (lineLabel === undefined && own === undefined && heading === undefined) return undefined;
  return [heading, lineLabel, own].filter((part) => part !== undefined).join(" / ");
}

/** The labels of one report's figures, read when a pair first asks, and the values each measure takes. */
export interface Series {
  label(claim: Claim): string | undefined;
  /** Whether the figure's sentence gives another value of its measure beside another label: an item of an enumeration. */
  item(claim: Claim): boolean;
  /** The words of the figure's own sentence on its own line, accents dropped. */
  told(claim: Claim): Set<string>;
  /** The values a measure takes in the report (measureOf), by the figures' own measure (seriesMeasure). */
  values: Map<string, Map<string, Set<number>>>;
}

/**
 * What a figure measures, coarsely: its unit's dimension, else its unit ("Rs 325 million of the
 * Irrigation Division" and "Rs 4.11 million of the District Livestock Service Office" are one
 * measure whatever subject each was read with); a bare count ("Cariboo: 51") counts what its
 * list counts.
 */
export function measureOf(claim: Claim): string {
  return claim.dimension ?? claim.unit ?? "";
}

/**
 * What a count of people counts, coarsely ("killed" for "killed.passenger"); "" for none and for
 * every other figure. The dead, the trapped and the injured of one story are three counts, not a
 * series of one, as the verb of each clause tells; a bare count may belong to any of them. Sums
 * of money and other measures are read with whatever subject their sentence gives ("Rs 325
 * million of the Irrigation Division"), which tells no two measures apart.
 */
function seriesMeasure(claim: Claim): string {
  return claim.unit === "person" ? claim.subject?.frame?.measure.id.split(".")[0] ?? "" : "";
}

/** The values of a figure's measure the report gives: those of figures of its own frame measure and of figures with none. */
function valuesBeside(claim: Claim, series: Series): number[] {
  const byFrame = series.values.get(measureOf(claim)) ?? new Map<string, Set<number>>();
  const own = seriesMeasure(claim);
  return [...byFrame].flatMap(([measure, values]) => (own === "" || measure === "" || measure === own ? [...values] : []));
}

/** The least different values of one measure a report gives before its labelled figures read as a series. */
const SERIES_VALUES = 3;

/** A label's words, accents dropped: "Echeverría" is "Echeverria". */
function wordsOf(label: string): Set<string> {
  return new Set(label.normalize("NFD").replace(/\p{M}/gu, "").split(/[\s/]+/u).filter(Boolean));
}

/** One label inside the other, word for word: "Echeverría" told in full and by surname, "Irrigation Division" and "Praganna Badkapath Irrigation Division". */
function oneInOther(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const within = (small: Set<string>, large: Set<string>) => [...small].every((word) => large.has(word));
  return within(x, y) || within(y, x);
}

/**
 * @example inSeries(cariboo51, kamloops84, seriesOf(claims, body)) // true
 */
export function seriesOf(claims: readonly Claim[], body: string): Series {
  const figures = statedFigures(claims);
  const values = new Map<string, Map<string, Set<number>>>();
  for (const claim of figures) {
    const key = measureOf(claim);
    const byFrame = values.get(key) ?? new Map<string, Set<number>>();
    values.set(key, byFrame);
    const measure = seriesMeasure(claim);
    if (!byFrame.has(measure)) byFrame.set(measure, new Set());
    byFrame.get(measure)!.add(claim.value as number);
  }
  let figureLines: Set<number> | undefined;
  const labels = new Map<Claim, string | undefined>();
  const label = (claim: Claim): string | undefined => {
    if (!labels.has(claim)) {
      figureLines ??= new Set(figures.map((figure) => lineAt(body, figure.start).start));
      labels.set(claim, figureLabel(claim, body, figureLines));
    }
    return labels.get(claim);
  };
  const item = (claim: Claim): boolean => {
    const own = label(claim);
    return own !== undefined && figures.some((other) => other !== claim && other.value !== claim.value && measureOf(other) === measureOf(claim)
      && other.sentence?.start === claim.sentence?.start && lineAt(body, other.start).start === lineAt(body, claim.start).start
      && label(other) !== undefined && label(other) !== own);
  };
  const toldWords = new Map<Claim, Set<string>>();
  const told = (claim: Claim): Set<string> => {
    if (!toldWords.has(claim)) {
      const { from, to } = sentenceOnLine(claim, lineAt(body, claim.start));
      toldWords.set(claim, wordsOf((body.slice(from, to).match(WORD) ?? []).join(" ").toLowerCase()));
    }
    return toldWords.get(claim)!;
  };
  return { label, item, told, values };
}

/** Every word of a label in a set of words. */
export function named(label: string, words: ReadonlySet<string>): boolean {
  return [...wordsOf(label)].every((word) => words.has(word));
}

/**
 * Whether two figures are two items of a series: three or more values of their measure, each told
 * beside a label, and the labels differ. Two figures are still one thing when one label is inside
 * the other ("Echeverría" and "Luis Echeverría") or one figure's sentence names the other's label
 * ("95.59% pass in Perambalur" over "Perambalur district ... by recording 96.44% pass in the
 * Class XII examinations"), unless both figures are items of enumerations, where each item names
 * its own ("Rs 16.51 million of the District Education Office, Rs 325 million of Praganna
 * Badkapath Irrigation Division ..." and "Rs 87.6 million of Irrigation Division, Rs 434 million of ...").
 */
export function inSeries(a: Claim, b: Claim, series: Series): boolean {
  const values = new Set([...valuesBeside(a, series), ...valuesBeside(b, series)]);
  if (values.size < SERIES_VALUES) return false;
  const [la, lb] = [series.label(a), series.label(b)];
  if (la === undefined || lb === undefined || la === lb) return false;
  const tied = oneInOther(la, lb) || named(la, series.told(b)) || named(lb, series.told(a));
  return !tied || (series.item(a) && series.item(b));
}
