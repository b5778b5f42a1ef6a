import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { casual } from "chrono-node";
import type { Article, Claim } from "../../core/index.js";

/**
 * The extractor as the deployable artifact runs it: core/ bundled by esbuild, minified, for node
 * as ESM (what bench/lambda.mjs measures; a library user's bundler does the same). A minifier
 * renames classes, so any choice made by a class's name reads differently there ("After 13 years
 * of conflict" became a date in 1937). Every text of the claim corpora must give the same claims
 * bundled as unbundled.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = join(ROOT, "tests/corpus");
/** The check corpus holds stored articles, not texts to extract. */
const AREAS = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "check").map((d) => d.name);
const BANNER = `import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);`;

interface Entry { name: string; text: string; published?: string }

const entries: Array<Entry & { area: string }> = AREAS.flatMap((area) =>
  readdirSync(join(CORPUS, area)).filter((f) => f.endsWith(".json")).sort().flatMap((file) =>
    (JSON.parse(readFileSync(join(CORPUS, area, file), "utf8")) as Entry[]).map((entry) => ({ ...entry, area: `${area}/${file}` }))));

let dir: string;
let bundled: (article: Article) => Claim[];
let extractClaims: (article: Article) => Claim[];
let chrono: typeof import("../../core/extract/dates/chrono.js");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimcheck-bundle-"));
  const outfile = join(dir, "extract.mjs");
  await build({
    stdin: { contents: `export { extractClaims } from "./core/index.ts";`, resolveDir: ROOT, sourcefile: "entry.ts", loader: "ts" },
    outfile, bundle: true, minify: true, platform: "node", format: "esm", target: "node22",
    banner: { js: BANNER }, logLevel: "silent", legalComments: "none",
  });
  ({ extractClaims: bundled } = (await import(pathToFileURL(outfile).href)) as { extractClaims: typeof bundled });
  // The sources are loaded right after the bundle is built, not when this file loads: other
  // people edit core/ meanwhile, and both sides must read the same sources.
  ({ extractClaims } = await import("../../core/index.js"));
  chrono = await import("../../core/extract/dates/chrono.js");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function article(entry: Entry): Article {
  return { id: "corpus", body: entry.text, ...(entry.published ? { published: entry.published } : {}) };
}

describe("the minified bundle extracts what the sources extract", () => {
  it("reads a duration as a duration, not as a date", () => {
    const claims = bundled({ id: "a", body: "After 13 years of conflict, the talks resumed.", published: "2024-08-06" });
    expect(claims.filter((c) => c.kind === "date")).toEqual([]);
    expect(claims.find((c) => c.kind === "duration")).toMatchObject({ text: expect.stringContaining("13 years") });
  });

  it(`gives the same claims for every text of the corpora (${entries.length} texts)`, () => {
    expect(entries.length).toBeGreaterThan(100);
    const differing = entries.filter((entry) => JSON.stringify(bundled(article(entry))) !== JSON.stringify(extractClaims(article(entry))));
    expect(differing.map((e) => `${e.area} › ${e.name}`)).toEqual([]);
  });
});

describe("what of chrono is set aside, chosen without names", () => {
  // Unminified, the names are there to say which ones the rules chose.
  it("its parsers that read spans of time as dates, and no other", () => {
    expect(casual.parsers.filter(chrono.readsDurationsAsDates).map((p) => p.constructor.name).sort())
      .toEqual(["ENTimeUnitCasualRelativeFormatParser", "ENTimeUnitLaterFormatParser", "ENTimeUnitWithinFormatParser"]);
  });

  it("its filter that drops our years", () => {
    expect(casual.refiners.filter(chrono.dropsOurYears).map((r) => r.constructor.name)).toEqual(["UnlikelyFormatFilter"]);
  });
});
