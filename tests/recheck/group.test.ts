import { describe, expect, it } from "vitest";
import { findingId, type CheckInput, type Claim, type Finding } from "../../core/index.js";
import { groupFindings, recheck } from "../../core/recheck.js";
import { readCheckpoint } from "../../core/recheck/checkpoint.js";
import { claim, record } from "../store/fixtures.js";
import { fixedNow, withStore } from "./seed.js";

const published: Record<string, string> = { older: "2024-01-10", newer: "2024-06-10", other: "2024-03-01" };

/**
 * A deliberately one-sided rule (stub of the checker, standing in for any rule whose view
 * depends on which article is "own"): it only reports when the article checked is the older one.
 */
function olderSideOnly(input: CheckInput): Finding[] {
  const own = published[input.article.id] ?? "";
  return input.claims.flatMap((mine) => input.related.claims
    .filter((theirs) => (published[theirs.articleId] ?? "") > own && theirs.value !== mine.value)
    .map((theirs) => finding([mine, theirs])));
}

function finding(claims: Claim[], rule = "older-side-only"): Finding {
  return {
    id: findingId(rule, claims.map((c) => c.id)), kind: "cross-article-conflict", severity: "contradiction", rule,
    subject: claims[0]!.subject!.key, status: "open", explanation: claims.map((c) => c.text).join(" vs "),
    claims: claims.map((c) => ({ articleId: c.articleId, claimId: c.id, start: c.start, end: c.end, text: c.text })),
  };
}

const summaries = Object.entries(published).map(([id, date]) => ({ id, published: date }));
/** The fixture's "refugee|syrian|turkey" claims are filed under refugee/place:syrian and refugee/place:turkey. */
const KEY = "refugee/place:syrian";

describe("groupFindings", () => {
  it("checks each article against the others in both directions, keeping each finding once", () => {
    const claims = [claim("older", 0, 3600000), claim("newer", 0, 3100000), claim("other", 0, 3600000)];
    const found = groupFindings(KEY, { claims, articles: summaries }, olderSideOnly);
    expect(found.map((f) => f.claims.map((c) => c.articleId).sort().join("+")).sort()).toEqual(["newer+older", "newer+other"]);
  });

  it("keeps only cross-article findings the partition owns", () => {
    const claims = [claim("older", 0, 1), claim("older", 9, 2), claim("newer", 0, 3)];
    const noisy = (input: CheckInput) => [
      finding(input.claims.slice(0, 2), "internal"),
      finding([claim("newer", 5, 7, "troop|us"), input.claims[0]!], "other-head"),
      ...olderSideOnly(input),
    ];
    const found = groupFindings(KEY, { claims, articles: summaries }, noisy);
    expect(found.every((f) => f.rule === "older-side-only")).toBe(true);
    expect(found).toHaveLength(2);
    // The same claims meet under refugee/place:turkey too, but the smaller key owns their findings.
    expect(groupFindings("refugee/place:turkey", { claims, articles: summaries }, noisy)).toEqual([]);
  });

  // The walk's checker (the verdict on a pair it proposes reads two whole reports: s14-w-verdict).
  it("hands the checker one partition, never claims of other measures", async () => {
    await withStore(async ({ store }) => {
      await store.saveArticle(record("older", [claim("older", 0, 1), claim("older", 9, 40, "troop|us")]));
      await store.saveArticle(record("newer", [claim("newer", 0, 2), claim("newer", 9, 50, "troop|us")]));
      const heads = new Set<string>();
      const spy = (input: CheckInput) => {
        const seen = new Set([...input.claims, ...input.related.claims].map((c) => c.subject!.head));
        expect(seen.size).toBe(1);
        heads.add([...seen][0]!);
        return [];
      };
      await recheck({ store, now: fixedNow, check: spy });
      expect([...heads].sort()).toEqual(["refugee", "troop"]);
    });
  });
});

/** The stub from the newer article's side: reports only when the article checked is the newer one. */
function newerSideOnly(input: CheckInput): Finding[] {
  const own = published[input.article.id] ?? "";
  return input.claims.flatMap((mine) => input.related.claims
    .filter((theirs) => (published[theirs.articleId] ?? "") < own && theirs.value !== mine.value)
    .map((theirs) => finding([theirs, mine], "newer-side-only")));
}

async function ingestedInOrder(store: Parameters<Parameters<typeof withStore>[0]>[0]["store"]) {
  const older = [claim("older", 0, 3600000)];
  const newer = [claim("newer", 0, 3100000)];
  await store.saveArticle({ ...record("older", older), article: { ...record("older", older).article, published: published.older } });
  await store.saveArticle({ ...record("newer", newer), article: { ...record("newer", newer).article, published: published.newer } });
  return { older, newer };
}

// The live check reads a report as it comes in, against the reports before it: the re-check opens
// what that check opens (core/recheck/verdict.ts), though its walk compares each pair from both sides.
it("does not open a conflict only the older article's side sees, as the check at ingest did not", () =>
  withStore(async ({ store }) => {
    const { older, newer } = await ingestedInOrder(store);
    const asIngested = olderSideOnly({ article: { id: "newer", body: "" }, claims: newer, related: { claims: older, articles: summaries } });
    expect(asIngested).toEqual([]);
    // The walk alone proposes it (from the older claim's side)...
    expect(groupFindings(KEY, { claims: [...older, ...newer], articles: summaries }, olderSideOnly)).toHaveLength(1);
    // ...the verdict of the two reports, checked as ingest checked them, does not stand by it.
    const { summary } = await recheck({ store, now: fixedNow, check: olderSideOnly });
    expect(summary).toMatchObject({ opened: 0, resolved: 0 });
    expect(await store.findingsForArticle("newer")).toEqual([]);
  }));

it("opens a conflict the newer article's side sees", () =>
  withStore(async ({ store }) => {
    const { older, newer } = await ingestedInOrder(store);
    const { summary } = await recheck({ store, now: fixedNow, check: newerSideOnly });
    expect(summary).toMatchObject({ opened: 1, resolved: 0 });
    expect(await store.findingsForArticle("newer")).toMatchObject([{ id: finding([older[0]!, newer[0]!], "newer-side-only").id, status: "open" }]);
  }));

describe("checkpoint", () => {
  it("starts afresh from a missing, garbled or differently segmented checkpoint", () => {
    expect(readCheckpoint(null, 2)).toEqual({ phase: "articles", segments: [null, null] });
    expect(readCheckpoint("{not json", 2)).toEqual({ phase: "articles", segments: [null, null] });
    expect(readCheckpoint('{"phase":"subjects","segments":[true,"c"]}', 3)).toEqual({ phase: "articles", segments: [null, null, null] });
    expect(readCheckpoint('{"phase":"subjects","segments":[true,"c"]}', 2)).toEqual({ phase: "subjects", segments: [true, "c"] });
  });
});
