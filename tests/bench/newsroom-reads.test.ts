import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/extract/index.js";
import { relatedByIndex } from "../../core/check/claim-index.js";
import type { Claim } from "../../core/model.js";
// @ts-expect-error: a plain ES module of the benchmarks, without types
import { newsroomArticle } from "../../bench/lib/newsroom.mjs";

/**
 * What a check reads on the benchmarks' newsroom archive (bench/lib/newsroom.mjs), with the real
 * extraction: four attacks or earthquakes a day in cities drawn from thirty, levels and rates
 * shared by every story. A report of one event must never read the tolls of an event in another
 * city (last session's lent, unplaced story events made every toll read every attack of the
 * week), and the claims it reads must not grow with the archive once its windows are full.
 * Reads are counted as the store returns them (relatedByIndex); nothing is timed.
 */
interface Report {
  article: { id: string; published: string; body: string; source: string };
  event: string | null;
  city: string | null;
}
const report = (i: number, options?: object) => newsroomArticle(i, options) as Report;

const TOLLS = new Set(["killed", "injured"]);
const isToll = (c: Claim) => TOLLS.has(c.subject?.frame?.measure.id ?? "");

function archive(size: number): { stored: Claim[]; cityOf: Map<string, string | null> } {
  const stored: Claim[] = [];
  const cityOf = new Map<string, string | null>();
  for (let i = 0; i < size; i++) {
    const { article, city } = report(i);
    cityOf.set(article.id, city);
    stored.push(...extractClaims(article));
  }
  return { stored, cityOf };
}

/** Reports of stored stories by other outlets (as the check benchmark posts them), from the archive's last `days` days. */
function checks(size: number, count: number): Report[] {
  return Array.from({ length: count }, (_, i) => report(size - 1 - ((i * 37) % Math.min(size, 200)), { variant: 1000 + i, prefix: "c" }));
}

const median = (list: number[]) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

describe("reads per check on the newsroom archive", () => {
  const small = archive(300);
  const large = archive(900);

  it("a report of an event reads no toll of an event in another city", () => {
    let tollsRead = 0;
    for (const { article, city } of checks(900, 40).filter((r) => r.event)) {
      const related = relatedByIndex(extractClaims(article), large.stored);
      const elsewhere = related.filter((c) => isToll(c) && large.cityOf.get(c.articleId) && large.cityOf.get(c.articleId) !== city);
      expect(elsewhere.map((c) => `${c.articleId} (${large.cityOf.get(c.articleId)}) read by a report from ${city}`)).toEqual([]);
      tollsRead += related.filter(isToll).length;
    }
    expect(tollsRead).toBeGreaterThan(0); // reports of the same events were really read
  }, 300_000);

  // A median of 120 reports: of 40, the median moved by a third from one draw of reports to the
  // next (16, 15, 22.5, 12.5, 15.5 items at 300, 600, 900, 1,200, 2,400 stored), with no trend.
  it("reads as many claims per check at 900 stored (45 days) as at 300 (15 days), give or take a third", () => {
    const readsAt = (size: number, stored: Claim[]) => median(checks(size, 120).map(({ article }) => relatedByIndex(extractClaims(article), stored).length));
    const [few, many] = [readsAt(300, small.stored), readsAt(900, large.stored)];
    expect(few).toBeGreaterThan(0);
    expect(many).toBeLessThanOrEqual(Math.ceil(1.34 * few));
  }, 300_000);
});
