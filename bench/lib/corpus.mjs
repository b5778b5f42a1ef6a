/**
 * The bench corpus: generated from the five real articles in examples/ (front matter stripped
 * with the project's own readFrontMatter), varied by a seeded generator.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { prng } from "./prng.mjs";
import { intoStory, storyNouns, varyArticle } from "./vary.mjs";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const SEED = 20260121;
const OUTLETS = ["Wire Service", "Daily Courier", "Evening Post", "Regional Herald", "Public Radio"];

/** The real articles: { id, published, body }. */
export async function loadExamples() {
  const { readFrontMatter } = await import(join(ROOT, "dist/core/index.js"));
  const dir = join(ROOT, "examples");
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((file) => {
    const { fields, body } = readFrontMatter(readFileSync(join(dir, file), "utf8"));
    return { id: fields.id ?? file, published: fields.published, body };
  });
}

const bytes = (text) => Buffer.byteLength(text, "utf8");

/**
 * Whole real articles, varied, until `size` UTF-8 bytes: what the extraction figures are
 * measured on. Each keeps its article's publication date as the reference for dates.
 * @example const { articles, bytes } = extractionCorpus(examples, 4e6)
 */
export function extractionCorpus(examples, size, seed = SEED) {
  const rand = prng(seed);
  const articles = [];
  let total = 0;
  for (let i = 0; total < size; i++) {
    const real = examples[i % examples.length];
    const body = varyArticle(real.body, rand);
    articles.push({ id: `x${i}`, published: real.published, body });
    total += bytes(body);
  }
  return { articles, bytes: total };
}

/** A few consecutive paragraphs of a real article, ~1.5-3.5 kB: a news brief. */
function excerpt(body, rand) {
  const paragraphs = body.split(/\n/u).filter((p) => p.trim().length > 0);
  const want = rand.int(1500, 3500);
  let start = rand.int(0, Math.max(0, paragraphs.length - 4));
  const out = [];
  let size = 0;
  while (size < want && start < paragraphs.length) {
    out.push(paragraphs[start]);
    size += paragraphs[start++].length;
  }
  return out.join("\n\n");
}

function dayAfter(base, days) {
  const date = new Date(Date.UTC(2016, 0, 1) + (base + days) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * A stored article of a newsroom archive: story `i % stories` (its own subject nouns and
 * publication days), an excerpt of one real article with varied numbers and places.
 * Deterministic per (i, stories, seed): the load generator can rebuild any article by number.
 * @example const article = archiveArticle(examples, 17, { stories: 1000 })
 */
export function archiveArticle(examples, i, { stories, seed = SEED, prefix = "s" }) {
  const story = i % stories;
  const storyRand = prng(seed ^ (story * 2654435761));
  const nouns = storyNouns(storyRand);
  const storyDay = storyRand.int(0, 3000);
  const rand = prng((seed + i * 40503) >>> 0);
  const real = examples[rand.int(0, examples.length - 1)];
  const body = intoStory(varyArticle(excerpt(real.body, rand), rand), nouns);
  return { id: `${prefix}${i}`, source: OUTLETS[i % OUTLETS.length], published: dayAfter(storyDay, rand.int(0, 60)), body };
}
