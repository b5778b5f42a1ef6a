/**
 * The batch re-check meets figures no reader framed through their head keys (index layout 12,
 * core/check/frame/head-keys.ts) as the live check does: Business Standard's and the Times of
 * India's acreage of Goa's Mopa airport (tests/corpus/check/s13-c-head-positive.json).
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { Article } from "../../core/index.js";
import { recheck } from "../../core/recheck.js";
import type { Entry } from "../check/corpus-runner.js";
import { fixedNow, ingest, storeAsOldExtractor, withStore } from "./seed.js";

const entries = JSON.parse(readFileSync(new URL("../corpus/check/s13-c-head-positive.json", import.meta.url), "utf8")) as Entry[];
const mopa = entries.find((e) => e.name.includes("Mopa"))!;
const acres = (texts: string[]) => texts.some((t) => t.includes("2,312")) && texts.some((t) => t.includes("2,132"));

it("opens the head-word finding between an article stored by an older extractor and a newer one", () =>
  withStore(async (embedded) => {
    const [older, ...later] = mopa.articles as Article[];
    await storeAsOldExtractor(embedded, older!);
    for (const article of later) await ingest(embedded, article);
    const before = (await embedded.store.listFindings({})).items;
    expect(before.some((f) => acres(f.claims.map((c) => c.text)))).toBe(false);

    const { complete } = await recheck({ store: embedded.store, now: fixedNow });

    expect(complete).toBe(true);
    const after = (await embedded.store.listFindings({})).items.filter((f) => acres(f.claims.map((c) => c.text)));
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ kind: "cross-article-conflict", severity: "discrepancy", status: "open" });
  }));
