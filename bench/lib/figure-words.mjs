/**
 * What the trace tools of bench/profile share with the corpus score (tests/check/corpus-runner.ts):
 * the check corpus files under a path, and whether a gatherer's words for a figure and a claim's
 * text are one figure.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The .json files of each path (a folder's in name order, or the file itself). */
export function corpusFiles(paths) {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith(".json")).sort().map((f) => join(p, f)) : [p]));
}

const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsOf = (want) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(want.trim())}(?![\\p{L}\\p{N}])`, "iu");

/** Either holds the other at word edges, as the corpus score matches a figure's words to a claim. */
export const holds = (want, text) => wordsOf(want).test(text) || wordsOf(text).test(want);
