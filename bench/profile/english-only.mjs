/**
 * The entries of check-corpus sets whose every article reads as English, written to another folder,
 * so a set's score can be given with and without the entries claimcheck (an English reader) is not
 * built for. An article reads as English when more than 12% of its words are among the commonest
 * English function words; the count of entries kept and left is printed, never their text.
 *
 *   node bench/profile/english-only.mjs <out folder> <set folder or .json file> ...
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { corpusFiles } from "../lib/figure-words.mjs";

const FUNCTION_WORDS = new Set("the of and to in a is that for on was with as by at from it be are were has have said after which but an this".split(" "));

/** Whether a text's words are English enough for the extractor. */
function readsAsEnglish(body) {
  const words = body.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 && words.filter((w) => FUNCTION_WORDS.has(w)).length / words.length > 0.12;
}

const [out, ...paths] = process.argv.slice(2);
if (!out || paths.length === 0) {
  console.error("usage: node bench/profile/english-only.mjs <out folder> <set folder or .json file> ...");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const file of corpusFiles(paths)) {
  const entries = JSON.parse(readFileSync(file, "utf8"));
  const kept = entries.filter((e) => e.articles.every((a) => readsAsEnglish(a.body ?? "")));
  writeFileSync(join(out, basename(file)), JSON.stringify(kept, null, 1));
  console.log(`${basename(file)}: ${kept.length} of ${entries.length} entries kept, ${entries.length - kept.length} with text not in English left out`);
}
