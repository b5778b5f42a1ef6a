/**
 * Where each expected pair of a check corpus stops: for every EXPECTED cross-article-conflict or
 * date-conflict finding with `texts` (tests/check/corpus-runner.ts Entry), the furthest the
 * checker gets with the two figures, so a missed finding can be put down to one stage.
 *
 *   npm run build
 *   node bench/profile/pair-stops.mjs [--root <checkout with dist/>] [--totals] <folder or .json file> ...
 *
 * The entries are run as the corpus runner runs them (each article checked against the claims
 * of the ones before it, handed over by the claim index, relatedByIndex), from the build under
 * `--root` (default: this checkout), so two commits' builds can be traced side by side. Stops,
 * from the earliest to the last:
 * - `not read`: one figure's words are in no claim of the entry;
 * - `no subject`: a claim holding it has no subject frame (or is not asserted);
 * - `different measures`: the two claims' units or measures differ (or one is an addition, a change);
 * - `not handed over`: the claim index would not give the earlier article's claim to the check
 *   of the later one (its keys and windows; cross-article pairs only);
 * - `story/event judged different`: handed over, but the comparison (core/check/same-thing.ts
 *   compareClaims) says they are not the same thing (its stop is shown: events-differ,
 *   no-story-match, scopes-conflict, ...);
 * - `values agree`: judged the same thing, yet no finding (the rule found the values compatible);
 * - `found`: a finding of the kind between the two figures (as the score matches it).
 * Of all the claims holding the two figures' words, the pair that gets furthest is reported.
 * With `--totals` only the counts per stop are printed (for kept-aside sets: no text shown).
 * Without it, one line per expected pair: file, entry, texts, stop and the comparison's detail.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { corpusFiles, holds } from "../lib/figure-words.mjs";
import { runAsCorpus } from "../lib/entry-run.mjs";

const STOPS = ["not read", "no subject", "different measures", "not handed over", "story/event judged different", "values agree", "found"];
const KINDS = new Set(["cross-article-conflict", "date-conflict"]);

/** compareClaims' stops, by the stage of this trace they belong to. */
const STAGE_OF = {
  "not-asserted": "no subject",
  "subject-words": "no subject",
  addition: "different measures",
  units: "different measures",
  measure: "different measures",
  change: "different measures",
};

function args(argv) {
  const out = { root: ROOT, totals: false, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--root") out.root = resolve(argv[++i]);
    else if (argv[i] === "--totals") out.totals = true;
    else out.paths.push(resolve(argv[i]));
  }
  return out;
}


/** Whether each wanted text is in a different one of the texts (as the corpus score matches). */
function textsMatch(texts, wanted) {
  const hits = wanted.map((w) => texts.map((t, i) => (holds(w, t) ? i : -1)).filter((i) => i >= 0));
  const used = new Set();
  const assign = (k) => {
    if (k === hits.length) return true;
    for (const i of hits[k]) {
      if (used.has(i)) continue;
      used.add(i);
      if (assign(k + 1)) return true;
      used.delete(i);
    }
    return false;
  };
  return assign(0);
}

async function main() {
  const opts = args(process.argv.slice(2));
  const load = (file) => import(pathToFileURL(join(opts.root, "dist/core", file)).href);
  const { extractClaims, checkClaims, relatedByIndex } = await load("index.js");
  const { compareClaims } = await load("check/same-thing.js");
  const totals = Object.fromEntries(STOPS.map((s) => [s, 0]));
  const lines = [];
  for (const file of corpusFiles(opts.paths)) {
    for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
      const wanted = (entry.findings ?? []).filter((f) => KINDS.has(f.kind) && f.texts?.length === 2);
      if (wanted.length === 0) continue;
      // The entry run as the corpus runner runs it, keeping each article's claims.
      const { reports, findings } = runAsCorpus(entry, { extractClaims, checkClaims, relatedByIndex });
      const all = reports.flatMap(({ claims }, order) => claims.map((claim) => ({ claim, order, own: claims })));
      for (const want of wanted) {
        const { stop, detail } = traceOne(want, all, findings, { compareClaims, relatedByIndex });
        totals[stop]++;
        lines.push(`${file.split("/").pop()}\t${entry.name.slice(0, 60)}\t${want.kind}\t${want.texts.join(" | ")}\t${stop}${detail ? ` (${detail})` : ""}`);
      }
    }
  }
  if (!opts.totals) console.log(lines.join("\n"));
  const count = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`${count} expected pairs: ${STOPS.map((s) => `${s} ${totals[s]}`).join(", ")}`);
}

/**
 * Whether a finding's kind is the wanted one as the score counts it (tests/check/corpus-runner.ts
 * kindMatches): two reports' hours or dates of one event told apart are a date conflict that a
 * gatherer may have called a cross-article conflict.
 */
function kindMatches(finding, want) {
  if (finding.kind === want.kind) return true;
  return finding.kind === "date-conflict" && want.kind === "cross-article-conflict" && new Set(finding.claims.map((c) => c.articleId)).size > 1;
}

/** The furthest stage any pair of claims holding the two texts reaches. */
function traceOne(want, all, findings, { compareClaims, relatedByIndex }) {
  if (findings.some((f) => kindMatches(f, want) && textsMatch(f.claims.map((c) => c.text), want.texts))) return { stop: "found" };
  const [x, y] = want.texts.map((t) => all.filter((c) => holds(t, c.claim.text)));
  if (x.length === 0 || y.length === 0) return { stop: "not read" };
  let best = { rank: -1, stop: "not read" };
  const cross = want.kind === "cross-article-conflict";
  for (const p of x) {
    for (const q of y) {
      if (p.claim === q.claim || (cross && p.order === q.order)) continue;
      const [later, earlier] = p.order >= q.order ? [p, q] : [q, p];
      const result = stageOf(later, earlier, { compareClaims, relatedByIndex });
      const rank = STOPS.indexOf(result.stop);
      if (rank > best.rank) best = { rank, ...result };
    }
  }
  return best;
}

function stageOf(later, earlier, { compareClaims, relatedByIndex }) {
  const [a, b] = [later.claim, earlier.claim];
  if (!a.subject?.frame || !b.subject?.frame) return { stop: "no subject", detail: !a.subject?.frame ? `no frame: ${a.text}` : `no frame: ${b.text}` };
  const comparison = compareClaims(a, b);
  const early = comparison.stop && STAGE_OF[comparison.stop];
  if (early) return { stop: early, detail: `${comparison.stop}: ${a.subject.frame.measure.id} / ${b.subject.frame.measure.id}` };
  if (later.order !== earlier.order && !relatedByIndex(later.own, [b]).includes(b)) {
    return { stop: "not handed over", detail: comparison.stop ? `then ${comparison.stop}` : "same thing" };
  }
  if (comparison.stop) return { stop: "story/event judged different", detail: comparison.stop };
  return { stop: "values agree", detail: comparison.match.why.slice(0, 80) };
}

await main();
