/**
 * The entries of check-corpus sets whose every article reads as English, written to another folder,
 * so a set's score can be given with and without the entries claimcheck (an English reader) is not
 * built for. An article reads as English as the internal-conflict rule judges it
 * (core/check/rules/internal-language.ts, from this checkout's build); the count of entries kept and
 * left is printed, never their text.
 *
 *   npm run build && node bench/profile/english-only.mjs <out folder> <set folder or .json file> ...
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/corpus.mjs";
import { corpusFiles } from "../lib/figure-words.mjs";

const { readAsEnglish } = await import(pathToFileURL(join(ROOT, "dist/core/check/rules/internal-language.js")).href);

const [out, ...paths] = process.argv.slice(2);
if (!out || paths.length === 0) {
  console.error("usage: node bench/profile/english-only.mjs <out folder> <set folder or .json file> ...");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const file of corpusFiles(paths)) {
  const entries = JSON.parse(readFileSync(file, "utf8"));
  const kept = entries.filter((e) => e.articles.every((a) => readAsEnglish(a.body ?? "")));
  writeFileSync(join(out, basename(file)), JSON.stringify(kept, null, 1));
  console.log(`${basename(file)}: ${kept.length} of ${entries.length} entries kept, ${entries.length - kept.length} with text not in English left out`);
}
