import { expect, it } from "vitest";
import { checkClaims, extractClaims } from "../../core/index.js";
import type { ArticleSummary, Claim, Finding } from "../../core/model.js";
import { relatedClaims } from "./related.js";

/**
 * An archive of casualty reports in which every article is a different event: car bombings in
 * the same few cities, a week apart, each with its own toll. No finding may set one event's
 * figures against another's (issue 15: "two car bombings in the same city a week apart").
 */
const CITIES = ["Baghdad", "Kabul", "Mogadishu"];

function day(offset: number): string {
  const date = new Date(Date.UTC(2016, 4, 2 + offset));
  return date.toISOString().slice(0, 10);
}

it("raises no finding between bombings in the same cities on different dates", () => {
  const stored: { summary: ArticleSummary; claims: Claim[] }[] = [];
  const findings: Finding[] = [];
  for (let week = 0; week < 8; week++) {
    for (const [i, city] of CITIES.entries()) {
      const published = day(week * 7 + i);
      const killed = 10 + week * 3 + i;
      const article = {
        id: `${city.toLowerCase()}-${week}`, published, source: "Wire",
        body: `A car bomb exploded at a busy market in ${city} on ${published}, killing ${killed} people and wounding ${killed * 2 + 5}, police said. `
          + `The bombing in ${city} was the deadliest there in weeks.`,
      };
      const claims = extractClaims(article);
      const related = stored.map((s) => ({ summary: s.summary, claims: relatedClaims(claims, s.claims) })).filter((r) => r.claims.length > 0);
      findings.push(...checkClaims({ article, claims, related: { claims: related.flatMap((r) => r.claims), articles: related.map((r) => r.summary) } }));
      const { body: _body, ...summary } = article;
      stored.push({ summary, claims });
    }
  }
  expect(findings.map((f) => f.explanation)).toEqual([]);
});

it("still sets two reports of one bombing against each other", () => {
  const first = { id: "a", published: "2016-05-11", body: "A car bomb exploded at a busy market in Baghdad on 11 May 2016, killing 37 people, police said." };
  const second = { id: "b", published: "2016-05-11", body: "A car bomb exploded at a busy market in Baghdad on 11 May 2016, killing 52 people, police said." };
  const earlier = extractClaims(first);
  const claims = extractClaims(second);
  const { body: _body, ...summary } = first;
  const found = checkClaims({ article: second, claims, related: { claims: relatedClaims(claims, earlier), articles: [summary] } });
  expect(found.map((f) => f.kind)).toEqual(["cross-article-conflict"]);
  expect(found[0]?.explanation).toContain("Compared because both:");
});
