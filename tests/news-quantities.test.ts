import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../core/extract/index.js";
import type { Article, Claim } from "../core/model.js";

/**
 * Real news sentences with their quantities annotated by hand (tests/corpus/news-quantities,
 * README there), scored the way the published quantity-extraction benchmark scores an
 * extractor: F1 on values, on value+unit and on value+change.
 *
 * Matching, one to one, gold in order:
 *  - a gold quantity is found by a claim of kind quantity, percent or duration whose span
 *    overlaps the gold `text` (its first occurrence after the previous gold one) and whose value
 *    equals the gold value within rounding: |a - b| <= 0.1% of the larger (a conversion or a
 *    sub-unit, "42 cents" = 0.42, lands there). A range matches on its low end; a vague gold
 *    amount ("thousands" = 1000) matches a claim of the same order of magnitude;
 *  - value+unit also needs the same unit id; a gold `null` unit (a count of things, index
 *    points) is met by a claim with no unit or a counted noun other than `person`;
 *  - value+change also needs the same change: both none, or the same direction and role
 *    (to, from, by).
 * Precision divides by every quantity, percent and duration claim (dates are no quantity in
 * this set); recall by every gold quantity. F1 = 2PR / (P + R).
 *
 * Reference points (issue 16): the best published extractor F1 0.92 values, 0.86 value+unit,
 * 0.88 value+change; claimcheck was about 0.80 / 0.61 / 0.66 before issue 16. FLOORS are the
 * figures reached when this was last changed, rounded down to two places, so a regression fails.
 * At the session start (commit 7ff9293): 0.875 / 0.658 / 0.483 on sentences.json; 0.808 / 0.581 /
 * 0.601 on final.json, which was kept aside (not run, not read) until the work was done. Fourth
 * session (from 5ca2015; final.json run as a check, never read for rules): the outlet's currency
 * conventions (each sentence's source and url are passed as the API passes them), people counts
 * named before the figure, more change shapes: sentences 0.980 / 0.804 / 0.859 -> 0.984 / 0.937 /
 * 0.945; final 0.919 / 0.721 / 0.820 -> 0.919 / 0.784 / 0.820. Fifth session (from e046788; rules
 * written on the misses of final.json and of session 4's kept-aside set, shown on other sentences
 * in tests/corpus/quantities/news-*.json): sentences 0.984 / 0.937 / 0.945 -> 0.984 / 0.937 / 0.949;
 * final 0.919 / 0.784 / 0.820 -> 0.982 / 0.918 / 0.918 (no longer held out: its misses were read).
 * Sixth session (from 20955aa; classes, not outlets: ISO 4217 currencies and shared local signs by
 * the text's or outlet's country, percentage points, metric tons, change clauses, comma forms,
 * exchange rates; each shown in tests/corpus/quantities/news-*.json on other outlets): both sets here
 * unchanged; session 5's kept-aside sentences (129, development data, read from a /tmp copy, never
 * committed) 0.884 / 0.775 / 0.787 -> 0.975 / 0.932 / 0.936, and 0.869 / 0.810 / 0.857 -> 0.956 /
 * 0.911 / 0.944 on 43 of them held back before any rule was written and never read
 * (/work/notes/q1-heldback.txt); session 4's 0.980 / 0.971 / 0.920 -> 0.989 / 0.980 / 0.932.
 * Seventh session (from 1ad95f5; classes of market and results copy: oil flows "bpd"/"b/d"/"mb/d",
 * index points restated ", or X%" with "higher at"/"up, at"/", to close at" the level, a level
 * before ", gaining N", "N-noun" counts, durations that only point at a date, change nouns after
 * modifiers, people totals; shown in tests/corpus/quantities/news-markets.json and
 * news-shapes-s7.json on other outlets): sentences 0.984 / 0.937 / 0.949 -> 0.986 / 0.939 / 0.951;
 * final 0.982 / 0.918 / 0.918 -> 0.995 / 0.922 / 0.941; session 6's first kept-aside set (184
 * sentences, run as a check, no rule written on it) 0.940 / 0.844 / 0.812 -> 0.946 / 0.870 / 0.824.
 * Eighth session (from f96f449; classes: the shilling's sign dotted or lower case, a price's measure
 * ("a litre of"), commodity tonnes (mt, KT, Mt), new units (bushels, light-years, carats, troy ounces,
 * pressure, energy), points restating a percent, home-currency exchange rates read by the outlet,
 * currency change nouns, lists against other currencies, longer change objects, surname ages,
 * decade-of-life ages, "scores of", finishing times "2:09:36"; shown in tests/corpus/quantities/news-s8-q.json on other
 * outlets; rules written on session 5's and 6's sets, session 4's set the check): sentences 0.986 /
 * 0.939 / 0.951 -> 0.988 / 0.941 / 0.953; final unchanged; session 4's set (check, not written on)
 * 0.990 / 0.981 / 0.933 -> 0.990 / 0.981 / 0.939; session 5's 0.989 / 0.957 / 0.950 -> 0.989 / 0.975 /
 * 0.950; session 6's 0.946 / 0.870 / 0.824 -> 0.964 / 0.936 / 0.886.
 * Ninth session (from 7383c3f; classes: change roles of results, market and price copy — thresholds
 * crossed ("fell below"), level clauses (", amounting to", ", taking prices to", ", exchanging at"), a change
 * noun's base ("a 24.6% increase on the $110m"), verb-less list items, a plus sign on a percent — and units:
 * bare weather degrees of 60 to 135 are Fahrenheit, "UAH/kg", hryvnia kopecks, Egyptian "pounds", decimal
 * commas before a percent or unit ("2,8%", "134,8 UAH"), rate denominators ("per 100,000"); shown in
 * tests/corpus/quantities/news-s9-q*.json; rules written on session 8's sets aside6-nq and aside5-nq, checked on
 * aside4 NQ and aside3 NQ, all development data, never committed): aside6-nq 0.914 / 0.831 / 0.776 -> 0.941 /
 * 0.885 / 0.831; aside5-nq 0.942 / 0.852 / 0.804 -> 0.949 / 0.858 / 0.879; aside4 NQ (check) 0.958 / 0.850 /
 * 0.862 -> 0.963 / 0.855 / 0.886; aside3 NQ (check) 0.964 / 0.936 / 0.886 unchanged; sentences unchanged; final
 * 0.995 / 0.922 / 0.941 -> 0.995 / 0.922 / 0.959. Not followed: the sets of sessions 7 and 8 leave "X% higher
 * than a year ago" and "compared with Y" unmarked (README: only words that say the figure changed), where this
 * reader keeps the amount of a change and the old level (so the checker never takes them for levels), as
 * session 6's two sets and final.json mark them.
 * Tenth session (from 3bf6714; four rounds, each written on the misses of the sets before it and checked on a set
 * gathered and annotated before it, all kept outside the repository in /work/notes/dev10-Q; classes: change amounts said
 * by their own words ("an extra 42 cents", "$688 million less", "represents 4.7% growth", "a drop in value of 7 per cent"),
 * restatements (", or the equivalent of $55,", "(+£2,623)", ",or" without its space), old levels named by an estimate or a
 * long noun phrase, years and fuel grades in a change's object, "off"/"zoomed"/"setback"/"ticked up to", list items and
 * levels of lists, no range after "by" when the ends are far apart, after "by X, from" when levels fall or after a month's
 * day; fuel grades, compared years and index names ("S&P/ASX 200") are no figures; shown in
 * tests/corpus/quantities/news-s10-q.json): dev (148 sentences) 0.969 / 0.927 / 0.873 -> 0.985 / 0.949 / 0.946; each
 * held-out set run before and after the rounds written without it: first (79) 0.960 / 0.905 / 0.898 -> 0.972 / 0.917 /
 * 0.905 (round 1), second (64) 0.982 / 0.933 / 0.827 -> 0.982 / 0.933 / 0.848 (rounds 1-2), third (44) 0.979 / 0.915 /
 * 0.851 -> 0.979 / 0.915 / 0.862 (rounds 1-3), fourth (43) 0.985 / 0.985 / 0.834 -> 0.990 / 0.990 / 0.838 (rounds 1-4);
 * sentences and final unchanged. Second brief (three batches, each checked on a new set gathered and annotated before
 * it; classes: an earlier change's amount after "up/down from", per-share levels on both sides, pounds of weighed goods,
 * outlets' countries, "from A to B" and "or $X to $Y" as levels not ranges, "make up", "is now down", size adjectives,
 * "to sit at", "since peaking at", rate denominators in lists, levels up to 100 characters before their change clause;
 * tests/corpus/quantities/news-s10-q2.json): dev 0.985 / 0.949 / 0.946 -> 0.991 / 0.967 / 0.958; fifth set (86) 0.965 /
 * 0.923 / 0.831 unchanged by batch 1, sixth (48) 0.959 / 0.877 / 0.785 unchanged by batch 2, seventh (41) 0.945 / 0.886 /
 * 0.804 unchanged by batch 3: the shapes each new set missed were not the ones fixed. Sentences and final unchanged.
 * Eleventh session (from 662c7ad; five batches on the structure of a change — list items after a count's noun, "then to",
 * ", which rose N%", a growth rate "at" a percent, the base "over the"/"compared with the", "it's up", "at X from the earlier
 * Y", "its new price is", "which was X ... reduced to Y", above/below the same figure earlier, comparisons with another thing
 * or with expectations as no change, "between" ranges as amounts and "to X to Y" ranges as levels, change nouns with their
 * object before "by"; money forms "Kes.", a spaced "Php", "GHs.", "cents/lb", millions of TEU, gold's carats as purity;
 * tests/corpus/quantities/news-s11-q.json): five new sets gathered and annotated before any run (/work/notes/dev11-Q), each
 * held out until a batch written without it was done, then written on: A (68 sentences) 0.974 / 0.974 / 0.834, unchanged by
 * batch 1, -> 0.987 / 0.987 / 0.893; B (70) 0.985 / 0.925 / 0.759, unchanged by batches 1-2, -> 0.992 / 0.955 / 0.924; C
 * (49) 0.983 / 0.871 / 0.853, unchanged by batches 1-3, -> 0.983 / 0.897 / 0.948; D (46) 0.983 / 0.983 / 0.949, unchanged
 * by batches 1-4, -> 0.994 / 0.994 / 0.971; E (28) 0.975 / 0.975 / 0.874, unchanged by batch 5, -> 0.991 / 0.991 / 0.889.
 * Session 10's sets 5-7 (175) 0.970 / 0.912 / 0.867 -> 0.989 / 0.949 / 0.923. Sentences and final unchanged.
 */
/**
 * Each set with its floors: the development sentences, and the set kept aside until the end of the work on issue 16.
 * NQ_FILE=<path> scores one other file of the same shape instead (a set kept outside the repository), with no floors.
 */
const SETS = process.env.NQ_FILE
  ? [{ file: path.resolve(process.env.NQ_FILE), floors: { value: 0, unit: 0, change: 0 } }]
  : [
    { file: "sentences.json", floors: { value: 0.98, unit: 0.94, change: 0.95 } },
    { file: "final.json", floors: { value: 0.99, unit: 0.92, change: 0.95 } },
  ];

interface Gold {
  text: string;
  value: number;
  unit: string | null;
  change?: { direction: "up" | "down"; role: "to" | "from" | "by" };
  low?: number;
  high?: number;
  vague?: boolean;
  per?: string;
}

interface Sentence {
  sentence: string;
  published?: string;
  /** The outlet, "X (Y)" when X reprints Y: it tells what a bare "$" or "Rs" means. */
  source?: string;
  url?: string;
  quantities: Gold[];
}

const DIR = path.resolve(import.meta.dirname, "corpus/news-quantities");

/** What a user receives: the article with its outlet, as the API stores it. */
const extract = (a: Article): Claim[] => extractClaims(a);

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
const magnitude = (n: number) => Math.floor(Math.log10(Math.abs(n) || 1));

function valueMatches(g: Gold, c: Claim): boolean {
  if (typeof c.value !== "number") return false;
  if (close(c.value, g.value) || (c.low !== undefined && close(c.low, g.value))) return true;
  return g.vague === true && magnitude(c.value) === magnitude(g.value);
}

function unitMatches(g: Gold, c: Claim): boolean {
  if (g.unit === null) return c.unit === undefined || (c.dimension === "count" && c.unit !== "person");
  return c.unit === g.unit;
}

function changeMatches(g: Gold, c: Claim): boolean {
  if (!g.change || !c.change) return !g.change && !c.change;
  return g.change.direction === c.change.direction && g.change.role === c.change.role;
}

interface Score {
  gold: number;
  predicted: number;
  value: number;
  unit: number;
  change: number;
}

const f1 = (tp: number, s: Score) => (tp === 0 ? 0 : (2 * tp) / (s.gold + s.predicted));

function scoreSentence(s: Sentence, score: Score, misses: unknown[]): void {
  const claims = extract({ id: "news", body: s.sentence, published: s.published, source: s.source, url: s.url })
    .filter((c) => c.kind === "quantity" || c.kind === "percent" || c.kind === "duration");
  score.gold += s.quantities.length;
  score.predicted += claims.length;
  const used = new Set<number>();
  let from = 0;
  for (const g of s.quantities) {
    let start = s.sentence.indexOf(g.text, from);
    if (start < 0) start = s.sentence.indexOf(g.text);
    from = start + g.text.length;
    const end = start + g.text.length;
    const k = claims.findIndex((c, i) => !used.has(i) && c.start < end && start < c.end && valueMatches(g, c));
    const c = claims[k];
    if (!c) {
      misses.push({ sentence: s.sentence, gold: g, claims: claims.map((x) => `${x.text} = ${x.value} ${x.unit ?? ""}`) });
      continue;
    }
    used.add(k);
    score.value++;
    const unitOk = unitMatches(g, c);
    const changeOk = changeMatches(g, c);
    if (unitOk) score.unit++;
    if (changeOk) score.change++;
    if (!unitOk || !changeOk) misses.push({ sentence: s.sentence, gold: g, claim: { text: c.text, value: c.value, unit: c.unit, change: c.change } });
  }
  claims.forEach((c, i) => {
    if (!used.has(i)) misses.push({ sentence: s.sentence, extra: { text: c.text, value: c.value, unit: c.unit } });
  });
}

for (const { file, floors: FLOORS } of SETS) {
const FILE = path.resolve(DIR, file);
describe.skipIf(!existsSync(FILE))(`real news sentences (${file}): quantities, units and changes (issue 16)`, () => {
  const sentences = JSON.parse(readFileSync(FILE, "utf8")) as Sentence[];
  const score: Score = { gold: 0, predicted: 0, value: 0, unit: 0, change: 0 };
  const misses: unknown[] = [];
  for (const s of sentences) scoreSentence(s, score, misses);
  const result = {
    sentences: sentences.length, gold: score.gold, predicted: score.predicted,
    value: f1(score.value, score), unit: f1(score.unit, score), change: f1(score.change, score),
  };

  it(`prints the table and writes misses to test-results/news-quantities-${path.basename(file)}`, () => {
    const out = path.resolve(import.meta.dirname, "../test-results");
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `news-quantities-${path.basename(file)}`), `${JSON.stringify({ ...result, score, misses }, null, 1)}\n`);
    const row = (name: string, tp: number, f: number, best: number) =>
      `| ${name} | ${tp} | ${(tp / Math.max(1, score.predicted)).toFixed(3)} | ${(tp / Math.max(1, score.gold)).toFixed(3)} | ${f.toFixed(3)} | ${best} |`;
    console.log([
      `news quantities: ${result.sentences} sentences, ${score.gold} gold quantities, ${score.predicted} claims`,
      "| Match | True positives | Precision | Recall | F1 | Best published |",
      "|---|---:|---:|---:|---:|---:|",
      row("value", score.value, result.value, 0.92),
      row("value+unit", score.unit, result.unit, 0.86),
      row("value+change", score.change, result.change, 0.88),
    ].join("\n"));
    expect(score.gold).toBeGreaterThan(0);
  });

  it(`F1 on values at least ${FLOORS.value}`, () => expect(result.value).toBeGreaterThanOrEqual(FLOORS.value));
  it(`F1 on value+unit at least ${FLOORS.unit}`, () => expect(result.unit).toBeGreaterThanOrEqual(FLOORS.unit));
  it(`F1 on value+change at least ${FLOORS.change}`, () => expect(result.change).toBeGreaterThanOrEqual(FLOORS.change));
});
}
