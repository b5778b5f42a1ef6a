/**
 * Inside one report, a figure told at a place set before it is that place's part (session 14, P;
 * core/check/same-thing.ts NARROWING_IN_ONE_REPORT). Real text: NBC News on Typhoon Mangkhut (17
 * Sep 2018, via Desdemona Despair), as in tests/corpus/check/s14-p-placed-part.json.
 */
import { describe, expect, it } from "vitest";
import { compareClaims } from "../../core/check/same-thing.js";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { Article, Claim } from "../../core/model.js";

const body = "Typhoon Mangkhut, with sustained winds of around 124 mph and gusts of up to around 200 mph, barreled past the northern tip of the Philippines this weekend, killing at least 65 people. The storm then skirted south of Hong Kong and neighboring gambling hub of Macau before making landfall in China, where four deaths were reported.";
const nbc: Article = { id: "nbc", published: "2018-09-17", body };

const claim = (claims: Claim[], text: string) => claims.find((c) => c.text === text && c.subject?.frame)!;

describe("a figure placed by the words before it, beside one placed nowhere", () => {
  const claims = extractClaims(nbc);
  const [all, china] = [claim(claims, "at least 65"), claim(claims, "four")];
  it("is read with its place from the words before it (the premise of the guard)", () => {
    expect(china.subject?.frame?.rules).toContain("frame.scope-place-before");
    expect(all.subject?.frame?.scope.some((e) => e.id === "china")).toBe(false);
  });
  it("is that place's part inside one report: no internal conflict", () => {
    expect(compareClaims(all, china).stop).toBe("narrowed-alone");
    expect(checkClaims({ article: nbc, claims, related: { claims: [], articles: [] } }).filter((f) => f.kind === "internal-conflict")).toEqual([]);
  });
  it("narrows nothing across reports: another report's unplaced figure may be that place's count", () => {
    const other = { ...all, articleId: "other", id: "other-65" };
    expect(compareClaims(other, china).stop).not.toBe("narrowed-alone");
  });
});
