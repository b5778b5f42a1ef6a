/**
 * How far a generic matcher would reach, measured before anyone builds it (issue 15, session 19's
 * proposal for the next): two reports of an entry are taken as one story when their headline and
 * lead share a capitalised name; two of their figures are paired when they have the same unit (or
 * both count people), values that differ by more than a rounding, and words around them in common
 * (content words within eight words of each figure, through nothing but their spelling). Counts:
 * expected cross-article pairs such a pair would cover, and pairs it would raise in look-alike
 * entries (each a false alarm, before any guard). Counts only, so it may be run on any set.
 *
 *   npm run build && node bench/profile/generic-pairs.mjs [--shared 2] [--mutual] <set folder or .json file> ...
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { corpusFiles, holds } from "../lib/figure-words.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--shared");
const SHARED = at >= 0 ? Number(args.splice(at, 2)[1]) : 2;
// --mutual keeps a pair only when each figure is the other's best match (most words shared) in the other report.
const MUTUAL = args.includes("--mutual") ? (args.splice(args.indexOf("--mutual"), 1), true) : false;
const { extractClaims } = await import(pathToFileURL(join(ROOT, "dist/core/index.js")).href);

const STOP = new Set("that this with from have were said been which their there about after into than more also they will when would could other over some only most such what where while since under between people".split(" "));
const CAPITALS = /\b\p{Lu}\p{Ll}{3,}\b/gu;
const COMMON_CAPITALS = new Set("The This That They There Their When Where While After Before According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August September October November December".split(" "));

const leadNames = (body) => new Set((body.slice(0, 400).match(CAPITALS) ?? []).filter((w) => !COMMON_CAPITALS.has(w)));
const oneStory = (a, b) => [...leadNames(a.body)].some((w) => leadNames(b.body).has(w));

function contentWords(body, claim) {
  const before = body.slice(Math.max(0, claim.start - 80), claim.start).toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const after = body.slice(claim.end, claim.end + 80).toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return new Set([...before.slice(-8), ...after.slice(0, 8)].filter((w) => !STOP.has(w)));
}

const unitOf = (c) => (c.unit === undefined && c.kind === "quantity" ? "count" : c.unit ?? c.kind);
function differ(a, b) {
  if (typeof a.value !== "number" || typeof b.value !== "number" || a.value === b.value) return false;
  return Math.abs(a.value - b.value) > 0.01 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

let expected = 0, covered = 0, lookalikePairs = 0, lookalikeEntries = 0, lookalikesHit = 0, otherPairs = 0;
for (const file of corpusFiles(args)) {
  for (const entry of JSON.parse(readFileSync(file, "utf8"))) {
    const reports = entry.articles.map((a) => ({ a, claims: extractClaims(a).filter((c) => c.kind === "quantity") }));
    const pairs = [];
    for (let i = 0; i < reports.length; i++) for (let j = i + 1; j < reports.length; j++) {
      const [x, y] = [reports[i], reports[j]];
      if (!oneStory(x.a, y.a)) continue;
      const scored = [];
      for (const a of x.claims) for (const b of y.claims) {
        if (unitOf(a) !== unitOf(b)) continue;
        const wa = contentWords(x.a.body, a);
        scored.push({ a, b, shared: [...contentWords(y.a.body, b)].filter((w) => wa.has(w)).length });
      }
      const best = (side, claim) => Math.max(...scored.filter((s) => s[side] === claim).map((s) => s.shared));
      for (const { a, b, shared } of scored) {
        if (shared < SHARED || !differ(a, b)) continue;
        if (MUTUAL && (shared < best("a", a) || shared < best("b", b))) continue;
        pairs.push([a.text, b.text]);
      }
    }
    const wanted = (entry.findings ?? []).filter((f) => f.kind === "cross-article-conflict" && f.texts?.length === 2);
    expected += wanted.length;
    const hits = wanted.filter((f) => pairs.some(([p, q]) => (holds(f.texts[0], p) && holds(f.texts[1], q)) || (holds(f.texts[0], q) && holds(f.texts[1], p))));
    covered += hits.length;
    if (entry.noFindings) {
      lookalikeEntries++;
      lookalikePairs += pairs.length;
      if (pairs.length > 0) lookalikesHit++;
    } else otherPairs += pairs.length;
  }
}
console.log(`expected cross-article pairs ${expected}, covered ${covered}; look-alike entries ${lookalikeEntries}, with a pair ${lookalikesHit} (${lookalikePairs} pairs); other pairs in entries with findings ${otherPairs}`);
