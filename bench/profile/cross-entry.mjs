/**
 * Findings between two entries of the given sets when all their articles are one archive (issue
 * 15): every article, in order of publication, checked against the claims of all the earlier ones
 * the claim index hands over (relatedByIndex), as a newsroom's store would. Entries are different
 * events (or the same event gathered twice), so a finding between two entries is a false alarm
 * unless the two entries tell one event: the lines are printed for reading, with their rule.
 *
 *   npm run build && node bench/profile/cross-entry.mjs [--root <checkout>] <set folder or .json file> ...
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { corpusFiles } from "../lib/figure-words.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--root");
const root = at >= 0 ? args.splice(at, 2)[1] : ROOT;
const { extractClaims, checkClaims, relatedByIndex } = await import(pathToFileURL(join(root, "dist/core/index.js")).href);

const articles = [];
for (const file of corpusFiles(args)) {
  for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
    for (const a of entry.articles) articles.push({ ...a, id: `${entry.name.slice(0, 40)}#${a.id}`, entry: entry.name });
  }
}
articles.sort((a, b) => String(a.published).localeCompare(String(b.published)));
const entryOf = new Map(articles.map((a) => [a.id, a.entry]));
const stored = [];
let across = 0;
const byRule = {};
for (const article of articles) {
  const { entry: _e, ...doc } = article;
  const claims = extractClaims(doc);
  const related = stored.flatMap((s) => relatedByIndex(claims, s.claims));
  const summaries = stored.filter((s) => related.some((c) => c.articleId === s.summary.id)).map((s) => s.summary);
  for (const f of checkClaims({ article: doc, claims, related: { claims: related, articles: summaries } })) {
    const entries = new Set(f.claims.map((c) => entryOf.get(c.articleId)));
    if (entries.size < 2) continue;
    across++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    console.log(`${f.rule} ${f.severity}: ${f.claims.map((c) => `“${c.text}” [${entryOf.get(c.articleId)?.slice(0, 50)}]`).join(" vs ")}`);
  }
  const { body: _body, ...summary } = doc;
  stored.push({ summary, claims });
}
console.log(`${articles.length} articles; findings between two entries: ${across} ${JSON.stringify(byRule)}`);
