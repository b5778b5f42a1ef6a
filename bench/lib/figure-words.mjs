/**
 * What the trace tools of bench/profile share with the corpus score (tests/check/corpus-runner.ts
 * imports `holds`): the check corpus files under a path, and whether a gatherer's words for a
 * figure and a claim's text are one figure.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The .json files of each path (a folder's in name order, or the file itself). */
export function corpusFiles(paths) {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".json")).sort().map((f) => join(p, f)) : [p]));
}

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsOf = (want) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(want.trim())}(?![\\p{L}\\p{N}])`, "iu");

/** Whether `a` ends with the words `b` starts with, a figure among them ("At least 35" / "35 people"). */
function edgesMeet(a, b) {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  for (let k = Math.min(x.length, y.length) - 1; k >= 1; k--) {
    const shared = y.slice(0, k);
    if (!x.endsWith(shared) || !/\d/.test(shared) || !/^[\p{L}\p{N}]/u.test(shared) || !/[\p{L}\p{N}]$/u.test(shared)) continue;
    if (!/[\p{L}\p{N}]/u.test(x[x.length - k - 1] ?? "") && !/[\p{L}\p{N}]/u.test(y[k] ?? "")) return true;
  }
  return false;
}

/** Either holds the other at word edges, or one's end is the other's start, as the corpus score matches a figure's words to a claim. */
export const holds = (want, text) => wordsOf(want).test(text) || wordsOf(text).test(want) || edgesMeet(text, want) || edgesMeet(want, text);
