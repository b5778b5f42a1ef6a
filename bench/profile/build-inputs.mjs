/**
 * What every profiling tool starts from: a build of claimcheck (a checkout's dist/, so two
 * commits can be compared side by side) and the bench's extraction corpus read from examples/.
 *
 *   const { load, corpus } = await buildInputs(root, 3_000_000);
 *   const { FINDERS } = await load("extract/index.js");
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { extractionCorpus, ROOT } from "../lib/corpus.mjs";

/** A module of a build's dist/core, by path inside it. */
export function loader(root = ROOT) {
  return (file) => import(pathToFileURL(join(root, "dist/core", file)).href);
}

/** The build's loader and the example articles grown to `size` characters by the bench's rule. */
export async function buildInputs(root = ROOT, size = 3_000_000) {
  const load = loader(root);
  const { readFrontMatter } = await load("index.js");
  const dir = join(ROOT, "examples");
  const examples = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((file) => {
    const { fields, body } = readFrontMatter(readFileSync(join(dir, file), "utf8"));
    return { id: fields.id ?? file, published: fields.published, body };
  });
  return { load, corpus: extractionCorpus(examples, size) };
}
