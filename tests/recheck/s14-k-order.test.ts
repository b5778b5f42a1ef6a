/**
 * The batch re-check ends in one state whatever order its first phase re-extracts the stored
 * articles in (parallel segments interleave as they go, and a run cut off resumes mid-way).
 * A check reads the nearest claims under a key of long windows, so which pairs a re-extracted
 * article met depended on which articles were re-extracted before it; such a pair beyond its
 * partition's nearest claims was never judged again (core/recheck/judged.ts), and the store kept
 * it or not by that order. New cross-article findings are now opened by the partitions' walk alone
 * (core/recheck/articles.ts). The seed gives figures framed and unframed (troops in a place,
 * homes, tents), so head keys (core/check/frame/head-keys.ts) are walked too.
 */
import { expect, it } from "vitest";
import { checkClaims } from "../../core/check/index.js";
import { EXTRACTOR_VERSION, extractClaims, type Article } from "../../core/index.js";
import { recheck } from "../../core/recheck.js";
import { reextractArticle } from "../../core/recheck/articles.js";
import type { EmbeddedStore } from "../../functions/store/index.js";
import { dump } from "../store/fixtures.js";
import { fixedNow, story, storeAsOldExtractor, withStore } from "./seed.js";

const REFUGEES = ["3.6 million", "3.1 million", "3.6 million", "2.9 million"];
const PLACES = ["Idlib", "Afrin", "Idlib"];
const COUNT = 12;

/** Twelve stories two days apart, as tests/recheck/resume.test.ts seeds them. */
function report(i: number): Article {
  const base = story(`s${i}`, `2024-08-${String(1 + i * 2).padStart(2, "0")}`, REFUGEES[i % 4]!, 4000 + (i % 3) * 1500, PLACES[i % 3]);
  return { ...base, body: `${base.body} Officials counted ${120 + (i % 2) * 30} schools in Afrin. The blast damaged ${40 + (i % 4)} homes. The camp holds 12,000 tents. The new road cost $${[120, 150, 135][i % 3]} million.` };
}

/** A fixed shuffle (a linear congruential generator, Fisher-Yates). */
function shuffled(seed: number): number[] {
  const out = Array.from({ length: COUNT }, (_, i) => i);
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The store after re-extracting the articles in `order`, then a whole batch re-check. */
async function endState(order: number[]): Promise<Record<string, unknown>[]> {
  return withStore(async (embedded: EmbeddedStore) => {
    for (let i = 0; i < COUNT; i++) await storeAsOldExtractor(embedded, report(i));
    for (const i of order) {
      const stored = { ...report(i), extractorVersion: EXTRACTOR_VERSION - 1, checkedAt: "2024-08-30T00:00:00.000Z" };
      await reextractArticle(stored, { store: embedded.store, extract: extractClaims, check: checkClaims, extractorVersion: EXTRACTOR_VERSION, now: fixedNow });
    }
    expect((await recheck({ store: embedded.store, now: fixedNow, segments: 2, pageSize: 2 })).complete).toBe(true);
    return dump(embedded.client, embedded.table);
  });
}

it("ends in one state whatever order the articles were re-extracted in", async () => {
  const inOrder = await endState(Array.from({ length: COUNT }, (_, i) => i));
  const findings = inOrder.filter((item) => item["type"] === "finding");
  expect(findings.length).toBeGreaterThan(20);
  // Figures the head match ties are walked under their head keys.
  expect(findings.some((item) => String(item["subjectPk"]).startsWith("FINDINGS#head:"))).toBe(true);
  for (const seed of [7, 11]) expect(await endState(shuffled(seed)), `order ${shuffled(seed).join(",")}`).toEqual(inOrder);
}, 300_000);
