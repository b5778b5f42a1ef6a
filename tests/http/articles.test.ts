import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Claim, Finding } from "../../core/index.js";
import { exampleJson, exampleText, expectReadmeFindings, IN_PUBLICATION_ORDER } from "./examples.js";
import { auth, postJson, startHarness, type Harness } from "./harness.js";

interface CheckBody { article: { id: string; published?: string }; claims: Claim[]; findings: Finding[]; dryRun?: boolean }

async function allFindings(h: Harness, query = ""): Promise<Finding[]> {
  const out: Finding[] = [];
  let cursor: string | undefined;
  do {
    const res = await h.app.request(`/findings?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as { findings: Finding[]; cursor?: string };
    out.push(...page.findings);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

describe("the five real articles through POST /articles, in publication order", () => {
  let h: Harness;
  const posted = new Map<string, CheckBody>();
  beforeAll(async () => {
    h = await startHarness();
    for (const name of IN_PUBLICATION_ORDER) {
      // Text as published, front matter and all: the format a newsroom pastes.
      const res = await h.app.request("/articles", { method: "POST", headers: { ...auth, "Content-Type": "text/plain; charset=utf-8" }, body: exampleText(name) });
      expect(res.status).toBe(201);
      expect(res.headers.get("Location")).toBe(`/articles/${name}`);
      posted.set(name, (await res.json()) as CheckBody);
    }
  });
  afterAll(async () => { await h.close(); });

  it("finds what the articles README requires, and nothing it forbids", async () => {
    const findings = await allFindings(h);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length); // pagination repeats nothing
    expectReadmeFindings(findings);
  });

  it("each response carries that article's claims with exact spans into its body", async () => {
    for (const [name, body] of posted) {
      expect(body.article.id).toBe(name);
      expect(body.article.published).toBe(exampleJson(name).published);
      const stored = (await (await h.app.request(`/articles/${name}`)).json()) as { article: { body: string }; claims: Claim[] };
      expect(stored.claims.map((c) => c.id).sort()).toEqual(body.claims.map((c) => c.id).sort());
      for (const claim of body.claims) expect(stored.article.body.slice(claim.start, claim.end)).toBe(claim.text);
      for (const finding of body.findings) expect(finding.claims.some((c) => c.articleId === name)).toBe(true);
    }
  });

  it("re-posting every article (as JSON this time) changes nothing", async () => {
    const before = (await allFindings(h)).map((f) => `${f.id}:${f.status}`).sort();
    for (const name of IN_PUBLICATION_ORDER) {
      const res = await postJson(h, "/articles", exampleJson(name));
      expect(res.status).toBe(201);
      const again = (await res.json()) as CheckBody;
      expect(again.claims.map((c) => c.id).sort()).toEqual(posted.get(name)!.claims.map((c) => c.id).sort());
    }
    expect((await allFindings(h)).map((f) => `${f.id}:${f.status}`).sort()).toEqual(before);
    expect(await h.articleCount()).toBe(IN_PUBLICATION_ORDER.length);
  });

  it("GET /findings filters by status and severity", async () => {
    const all = await allFindings(h);
    for (const severity of ["contradiction", "discrepancy", "note"] as const) {
      const some = await allFindings(h, `&status=open&severity=${severity}`);
      expect(some.every((f) => f.severity === severity && f.status === "open")).toBe(true);
      expect(some.length).toBe(all.filter((f) => f.severity === severity && f.status === "open").length);
    }
  });

  it("GET /articles/:id/findings lists the findings that involve the article", async () => {
    const name = IN_PUBLICATION_ORDER[3]; // 002: involved in the refugee and the strip findings
    const res = await h.app.request(`/articles/${name}/findings`);
    const { findings } = (await res.json()) as { findings: Finding[] };
    expect(findings.length).toBeGreaterThanOrEqual(2);
    expect(findings.every((f) => f.claims.some((c) => c.articleId === name))).toBe(true);
  });

  it("GET /claims?subject= returns stored claims on that subject, across articles", async () => {
    const refugee = posted.get("002_6b1df5c4a6363f3e")!.claims.find((c) => c.text.includes("3.6 million"))!;
    const key = refugee.subject!.key;
    const res = await h.app.request(`/claims?subject=${encodeURIComponent(key)}`);
    expect(res.status).toBe(200);
    const { claims } = (await res.json()) as { claims: Claim[] };
    expect(claims.map((c) => c.id)).toContain(refugee.id);
    expect(claims.every((c) => c.subject?.key === key)).toBe(true);
    const head = key.split("|")[0]!;
    const byHead = (await (await h.app.request(`/claims?subject=${encodeURIComponent(head)}&limit=100`)).json()) as { claims: Claim[] };
    expect(byHead.claims.every((c) => c.subject?.key.split("|")[0] === head)).toBe(true);
    expect(byHead.claims.length).toBeGreaterThanOrEqual(claims.length);
  });
});

describe("POST /articles variants", () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h.close(); });

  it("?dryRun=1 checks and answers 200 but stores nothing", async () => {
    const res = await postJson(h, "/articles?dryRun=1", exampleJson("001_9fa802cff792e669"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckBody;
    expect(body.dryRun).toBe(true);
    expect(body.findings.some((f) => f.kind === "conversion-mismatch")).toBe(true);
    expect(await h.articleCount()).toBe(0);
    expect(await allFindings(h)).toEqual([]);
    expect((await h.app.request("/articles/001_9fa802cff792e669")).status).toBe(404);
  });

  it("text/html with ?published= and ?id=: tags and entities gone, spans into the text the checker saw", async () => {
    const html = '<article><p>Turkey wants a 30-mile (18.6-mile) deep strip.</p><script>var x = "40 km";</script><p>Officials said 3&nbsp;km&hellip;</p></article>';
    const res = await h.app.request("/articles?published=2023-01-11&id=html-1", { method: "POST", headers: { ...auth, "Content-Type": "text/html" }, body: html });
    expect(res.status).toBe(201);
    const body = (await res.json()) as CheckBody;
    expect(body.article).toMatchObject({ id: "html-1", published: "2023-01-11" });
    const stored = (await (await h.app.request("/articles/html-1")).json()) as { article: { body: string } };
    expect(stored.article.body).not.toMatch(/<|&nbsp;|40 km/);
    for (const claim of body.claims) expect(stored.article.body.slice(claim.start, claim.end)).toBe(claim.text);
    expect(body.findings.some((f) => f.kind === "conversion-mismatch")).toBe(true);
  });

  it("text/plain: ?published= wins over front matter; without an id the id comes from the url", async () => {
    const text = "---\npublished: 2020-01-01\nurl: https://example.org/story?utm_source=x\n---\nA 30-km strip.";
    const res = await h.app.request("/articles?published=2021-05-05", { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: text });
    expect(res.status).toBe(201);
    const { article } = (await res.json()) as CheckBody;
    expect(article.published).toBe("2021-05-05");
    expect(article.id).toMatch(/^u-/);
    const again = await h.app.request("/articles", { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: text.replace("?utm_source=x", "") });
    expect(((await again.json()) as CheckBody).article.id).toBe(article.id);
  });

  it("query metadata is refused on a JSON body (the JSON carries its own)", async () => {
    const res = await postJson(h, "/articles?published=2021-05-05", { body: "A 30-km strip." });
    expect(res.status).toBe(400);
  });
});
