/**
 * The story match measured on its own: are two reports of one story told one story, and two
 * reports of two stories told two? Each check-corpus entry's articles are reports of one story
 * (the gatherers' construction), so every pair of articles of one entry should meet; a pair of
 * articles of two entries should not.
 *
 *   npm run build
 *   node bench/profile/story-pairs.mjs [--root <checkout with dist/>] [--totals] [--with-findings] <folder or .json file> ...
 *
 * Each article's story names are computed as the extraction computes them for a report
 * (core/extract/subject/story-names.ts `storyNames`, whatever figure), and each pair is put to
 * the story match (core/check/frame/story-names.ts `storyMatch`) as two tolls of the same measure
 * that name no event and no place of their own, so only the story's names, the class its lead
 * tells and the day it tells decide.
 * - RECALL: every pair of articles of one entry published at most STORY_LATER_DAYS apart (pairs
 *   further apart are counted, not judged). A failing pair is put down to the first cause:
 *   `no names` (one report has none), `no shared name`, `lead days apart`, `classes differ`,
 *   `not enough` (names shared, the rule wants more).
 * - FALSE MATCHES: every pair of articles of two different entries whose stories are of the same
 *   class where both tell one (core/extract/subject/story-class.ts), both re-dated to one day so
 *   publication dates do not keep them apart; counted with the days their leads tell as they are,
 *   and again with those days dropped (the worst case: a lead telling "on Saturday" against another's
 *   "on Saturday" a month later).
 * `--stories <file>` ({ "stories": { "<article id>": "<story>" } }) tells which articles are of one
 * story where an entry holds two (a look-alike of two events) or two entries hold one; articles
 * copied into two entries (the same opening) are of one story anyway.
 * `--with-findings` keeps only entries that expect a cross-article finding (in tests/corpus/check
 * some entries are look-alikes of two stories on purpose). With `--totals` only the counts are
 * printed (for a hold-out set: no text shown); without it, each failing pair of one story and each
 * false match, with both reports' names (`*` lead, `~` known place).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";

const KINDS = new Set(["cross-article-conflict", "date-conflict"]);
const CAUSES = ["no names", "no shared name", "lead days apart", "classes differ", "not enough"];

function args(argv) {
  const out = { root: ROOT, totals: false, withFindings: false, stories: {}, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--root") out.root = resolve(argv[++i]);
    else if (argv[i] === "--totals") out.totals = true;
    else if (argv[i] === "--with-findings") out.withFindings = true;
    else if (argv[i] === "--stories") out.stories = JSON.parse(readFileSync(resolve(argv[++i]), "utf8")).stories;
    else out.paths.push(resolve(argv[i]));
  }
  return out;
}

function files(paths) {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".json")).sort().map((f) => join(p, f)) : [p]));
}

const DAY = 86_400_000;
const dayOf = (published) => (typeof published === "string" && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined);
const daysApart = (a, b) => Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / DAY);

async function main() {
  const opts = args(process.argv.slice(2));
  const load = (file) => import(pathToFileURL(join(opts.root, "dist/core", file)).href);
  const { STEPS, runPipeline } = await load("extract/pipeline.js");
  const { FINDERS } = await load("extract/index.js");
  const { subjectContext } = await load("extract/subject/context.js");
  const { storyNames } = await load("extract/subject/story-names.js");
  const { storyClass } = await load("extract/subject/story-class.js");
  const { leadEnd } = await load("extract/subject/story-lead.js");
  const { storyMatch, STORY_LATER_DAYS } = await load("check/frame/story-names.js");
  const { sharedNames } = await load("check/frame/story-shared.js");
  // The steps before the subjects: the sentences and the dates the story names read.
  const before = STEPS.slice(0, STEPS.findIndex((s) => s.name === "subjects"));

  const reports = [];
  for (const file of files(opts.paths)) {
    for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
      if (entry.skip) continue;
      if (opts.withFindings && !(entry.findings ?? []).some((f) => KINDS.has(f.kind))) continue;
      for (const article of entry.articles) {
        const body = typeof article.body === "string" ? article.body : "";
        const day = dayOf(article.published);
        const state = runPipeline(body, day, FINDERS, before);
        const context = subjectContext(state.text, state.mentions, day, state.sentences);
        const names = storyNames(context);
        const cls = state.sentences.length > 1 ? storyClass(body, leadEnd(context)) : undefined;
        const story = opts.stories[article.id] ?? `${file}\t${entry.name}`;
        reports.push({ file: file.split("/").pop(), entry: entry.name, id: article.id, day, names, cls, story, opening: body.slice(0, 300) });
      }
    }
  }
  // One story: the same label, or the same article copied into two entries (the same opening).
  const root = new Map();
  const find = (k) => (root.get(k) === undefined || root.get(k) === k ? k : find(root.get(k)));
  const byOpening = new Map();
  for (const r of reports) {
    const other = byOpening.get(r.opening);
    if (other) root.set(find(r.story), find(other.story));
    else byOpening.set(r.opening, r);
  }
  for (const r of reports) r.story = find(r.story);
  const toll = (names) => ({ measure: { id: "killed", text: "killed" }, scope: [...names] });
  const match = (p, q, asOfP, asOfQ) => storyMatch({ asOf: asOfP }, toll(p.names), { asOf: asOfQ }, toll(q.names));
  const show = (r) => `${r.id} [${r.names.map((n) => `${n.within?.includes("lead") ? "*" : ""}${n.within?.includes("known") ? "~" : ""}${n.id.slice(5)}`).join(" ")}]${r.cls ? ` ${r.cls}` : ""}`;

  // Recall: pairs of one entry.
  const recall = { pairs: 0, met: 0, far: 0, undated: 0, causes: Object.fromEntries(CAUSES.map((c) => [c, 0])) };
  const lines = [];
  const byEntry = new Map();
  for (const r of reports) byEntry.set(r.story, [...(byEntry.get(r.story) ?? []), r]);
  for (const list of byEntry.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [p, q] = [list[i], list[j]];
        if (!p.day || !q.day) { recall.undated++; continue; }
        if (daysApart(p.day, q.day) > STORY_LATER_DAYS) { recall.far++; continue; }
        recall.pairs++;
        if (match(q, p, q.day, p.day)) { recall.met++; continue; }
        const cause = causeOf(p, q, sharedNames);
        recall.causes[cause]++;
        lines.push(`MISS\t${p.file}\t${p.entry.slice(0, 50)}\t${cause}\t${show(p)}  |  ${show(q)}`);
      }
    }
  }

  // False matches: pairs of two entries of one class where known, re-dated to one day.
  const same = { pairs: 0, met: 0, metNoDays: 0 };
  const named = reports.filter((r) => r.names.length > 0);
  const noDays = (r) => ({ ...r, names: r.names.map((n) => ({ ...n, within: (n.within ?? []).filter((w) => !w.startsWith("day:")) })) });
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const [p, q] = [named[i], named[j]];
      if (p.story === q.story) continue;
      if (p.cls && q.cls && p.cls !== q.cls) continue;
      same.pairs++;
      const day = "2024-01-01";
      const met = match(p, q, day, day);
      const worst = met ?? match(noDays(p), noDays(q), day, day);
      if (met) same.met++;
      if (worst) {
        same.metNoDays++;
        lines.push(`FALSE${met ? "" : "(no days)"}\t${p.file}\t${p.entry.slice(0, 40)} // ${q.entry.slice(0, 40)}\t${worst.names.map((n) => n.text).join(", ")}\t${show(p)}  |  ${show(q)}`);
      }
    }
  }
  if (!opts.totals) console.log(lines.join("\n"));
  const pct = (a, b) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
  const withNames = reports.filter((r) => r.names.length > 0).length;
  console.log(`${reports.length} reports, ${withNames} with story names (${pct(withNames, reports.length)})`);
  console.log(`one story: ${recall.pairs} pairs within ${STORY_LATER_DAYS} days, met ${recall.met} (${pct(recall.met, recall.pairs)}); ${CAUSES.map((c) => `${c} ${recall.causes[c]}`).join(", ")}; further apart ${recall.far}, undated ${recall.undated}`);
  console.log(`two stories: ${same.pairs} pairs of one class where known, false matches ${same.met} (${pct(same.met, same.pairs)}), with lead days dropped ${same.metNoDays}`);
}

/** Why a pair of one story did not meet: the first thing missing. */
function causeOf(p, q, sharedNames) {
  if (p.names.length === 0 || q.names.length === 0) return "no names";
  if (sharedNames(p.names, q.names).length === 0) return "no shared name";
  const day = (r) => r.names.map((n) => (n.within ?? []).find((w) => w.startsWith("day:"))).find(Boolean)?.slice(4);
  const [dp, dq] = [day(p), day(q)];
  if (dp && dq && daysApart(dp, dq) > 1) return "lead days apart";
  if (p.cls && q.cls && p.cls !== q.cls) return "classes differ";
  return "not enough";
}

await main();
