import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../core/index.js";
import { exampleText, IN_PUBLICATION_ORDER } from "./examples.js";
import { auth, problemOf, startHarness, type Harness } from "./harness.js";

function patch(h: Harness, id: string, body: unknown, headers: Record<string, string> = auth) {
  return h.app.request(`/findings/${encodeURIComponent(id)}`, {
    method: "PATCH", headers: { ...headers, "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
}

async function openIds(h: Harness): Promise<string[]> {
  const { findings } = (await (await h.app.request("/findings?status=open&limit=100")).json()) as { findings: Finding[] };
  return findings.map((f) => f.id);
}

describe("editing findings and deleting articles", () => {
  let h: Harness;
  let finding: Finding;
  beforeAll(async () => {
    h = await startHarness();
    for (const name of IN_PUBLICATION_ORDER) {
      await h.app.request("/articles", { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: exampleText(name) });
    }
    const { findings } = (await (await h.app.request("/findings?status=open")).json()) as { findings: Finding[] };
    finding = findings[0]!;
  });
  afterAll(async () => { await h.close(); });

  it("PATCH dismisses with a note; the finding leaves the open list and keeps its note", async () => {
    const res = await patch(h, finding.id, { status: "dismissed", note: "different scope" });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: finding.id, status: "dismissed", note: "different scope" });
    expect(await openIds(h)).not.toContain(finding.id);
    expect(await (await h.app.request(`/findings/${finding.id}`)).json()).toMatchObject({ status: "dismissed" });
  });

  it("a dismissed finding stays dismissed when its article is posted again", async () => {
    const article = finding.claims[0]!.articleId;
    await h.app.request("/articles", { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: exampleText(article) });
    expect(await (await h.app.request(`/findings/${finding.id}`)).json()).toMatchObject({ status: "dismissed" });
  });

  it("PATCH can reopen", async () => {
    expect((await patch(h, finding.id, { status: "open" })).status).toBe(200);
    expect(await openIds(h)).toContain(finding.id);
  });

  it("PATCH refuses bad input, unknown ids and missing keys, changing nothing", async () => {
    const bad = await problemOf(await patch(h, finding.id, { status: "gone", extra: 1 }));
    expect(bad.errors?.map((e) => e.field).sort()).toEqual(["extra", "status"]);
    expect((await patch(h, "f-0000000000000000", { status: "dismissed" })).status).toBe(404);
    expect((await patch(h, finding.id, { status: "dismissed" }, {})).status).toBe(401);
    expect(await openIds(h)).toContain(finding.id);
  });

  it("GET /findings refuses unknown filters and bad limits", async () => {
    for (const query of ["stauts=open", "severity=huge", "limit=0", "limit=1000", "limit=abc"]) {
      const res = await h.app.request(`/findings?${query}`);
      expect(res.status, query).toBe(400);
    }
  });

  it("DELETE needs a key, removes the article and resolves its findings; a second DELETE is 404", async () => {
    const name = finding.claims[0]!.articleId;
    expect((await h.app.request(`/articles/${name}`, { method: "DELETE" })).status).toBe(401);
    expect((await h.app.request(`/articles/${name}`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect((await h.app.request(`/articles/${name}`)).status).toBe(404);
    expect((await h.app.request(`/articles/${name}/findings`)).status).toBe(404);
    // The record of what was reported stays, resolved.
    expect(await (await h.app.request(`/findings/${finding.id}`)).json()).toMatchObject({ id: finding.id, status: "resolved" });
    expect(await openIds(h)).not.toContain(finding.id);
    expect((await h.app.request(`/articles/${name}`, { method: "DELETE", headers: auth })).status).toBe(404);
  });

  it("unknown articles are 404 problems", async () => {
    for (const path of ["/articles/nope", "/articles/nope/findings", "/findings/nope"]) {
      const res = await h.app.request(path);
      expect(res.status).toBe(404);
      expect((await problemOf(res)).code).toBe("not-found");
    }
  });

  it("GET /claims needs a subject", async () => {
    const problem = await problemOf(await h.app.request("/claims"));
    expect(problem.errors?.[0]?.field).toBe("subject");
  });

  it("GET /health answers without a key; request ids are echoed", async () => {
    const res = await h.app.request("/health", { headers: { "x-amzn-requestid": "req-123" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
    expect(res.headers.get("x-request-id")).toBe("req-123");
    const other = await h.app.request("/health", { headers: { "x-request-id": "bad id with spaces" } });
    expect(other.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.logs.find((l) => l.requestId === "req-123")).toMatchObject({ msg: "request", route: "/health", status: 200 });
  });
});
