import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim } from "../../core/index.js";
import { postJson, startHarness, type Harness } from "./harness.js";

const COUNT = 100;

/** Distinct stories that share subjects, so concurrent saves contend on the same subject heads. */
function story(i: number): { id: string; published: string; body: string } {
  const month = String((i % 12) + 1).padStart(2, "0");
  return {
    id: `concurrent-${i}`,
    published: `2024-${month}-15`,
    body: `Officials said ${(3.1 + i / 100).toFixed(2)} million Syrian refugees live in Turkey. `
      + `The army wants a ${20 + i}-km deep security strip along the border. `
      + `Report number ${i} was filed in ${2000 + (i % 20)}.`,
  };
}

async function claimsOnSubject(h: Harness, subject: string): Promise<Claim[]> {
  const out: Claim[] = [];
  let cursor: string | undefined;
  do {
    const res = await h.app.request(`/claims?subject=${encodeURIComponent(subject)}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    const page = (await res.json()) as { claims: Claim[]; cursor?: string };
    out.push(...page.claims);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

describe(`${COUNT} concurrent posts of distinct articles`, () => {
  let h: Harness;
  const answered = new Map<string, Claim[]>();
  beforeAll(async () => {
    h = await startHarness();
    const results = await Promise.all(Array.from({ length: COUNT }, (_, i) => postJson(h, "/articles", story(i))));
    for (const res of results) {
      expect(res.status).toBe(201);
      const body = (await res.json()) as { article: { id: string }; claims: Claim[] };
      answered.set(body.article.id, body.claims);
    }
  }, 120_000);
  afterAll(async () => { await h.close(); });

  it("every article is stored with exactly the claims it was answered with", async () => {
    expect(await h.articleCount()).toBe(COUNT);
    for (const [id, claims] of answered) {
      const stored = (await (await h.app.request(`/articles/${id}`)).json()) as { claims: Claim[] };
      expect(stored.claims.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    }
  });

  it("each shared subject holds every claim on it exactly once", async () => {
    const bySubject = new Map<string, string[]>();
    for (const claims of answered.values()) {
      for (const claim of claims) {
        if (!claim.subject) continue;
        bySubject.set(claim.subject.key, [...(bySubject.get(claim.subject.key) ?? []), claim.id]);
      }
    }
    const shared = [...bySubject].filter(([, ids]) => ids.length >= COUNT / 2);
    expect(shared.length).toBeGreaterThan(0); // the stories really do contend on a subject
    for (const [key, ids] of shared) {
      const stored = (await claimsOnSubject(h, key)).map((c) => c.id);
      expect(stored.length, key).toBe(new Set(stored).size);
      expect(stored.sort(), key).toEqual([...ids].sort());
    }
  });
});
