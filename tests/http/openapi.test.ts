import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageRoutes } from "../../functions/http/pages/index.js";
import { startHarness, type Harness } from "./harness.js";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema: { enum?: string[] } }[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[]; additionalProperties?: boolean } }> }; responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>>;
  components: { schemas: Record<string, unknown> };
};

/** Hono's "/articles/:id" is OpenAPI's "/articles/{id}". */
const toTemplate = (path: string) => path.replace(/:(\w+)/g, "{$1}");

describe("GET /openapi.json", () => {
  let h: Harness;
  let doc: Doc;
  beforeAll(async () => {
    h = await startHarness();
    const res = await h.app.request("/openapi.json");
    expect(res.status).toBe(200);
    doc = (await res.json()) as Doc;
  });
  afterAll(async () => { await h.close(); });

  it("documents every JSON route the app really has, and no other", () => {
    const key = (r: { method: string; path: string }) => `${r.method.toLowerCase()} ${toTemplate(r.path.replace(/\/$/, "") || "/")}`;
    // The review pages are HTML for people, not API: they are left out of the document.
    const pages = new Set(pageRoutes({ apiKeys: [] } as never).routes.map(key));
    const real = h.app.routes.filter((r) => r.method !== "ALL").map(key).filter((k) => !pages.has(k));
    expect(real).toContain("post /webhooks/{source}");
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(new Set(documented)).toEqual(new Set(real));
  });

  it("is OpenAPI 3.1 with resolvable references and declared path parameters", () => {
    expect(doc.openapi).toBe("3.1.0");
    for (const [path, ops] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops)) {
        expect(op.parameters?.filter((p) => p.in === "path").map((p) => p.name) ?? []).toEqual(names);
        for (const response of Object.values(op.responses)) {
          for (const media of Object.values(response.content ?? {})) {
            const ref = media.schema.$ref;
            if (ref) expect(doc.components.schemas[ref.replace("#/components/schemas/", "")]).toBeDefined();
          }
        }
      }
    }
  });

  it("the article body schema is the one POST /articles enforces", async () => {
    const schema = doc.paths["/articles"]!.post!.requestBody!.content["application/json"]!.schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["body"]);
    const documented = Object.keys(schema.properties!).sort();
    expect(documented).toEqual(["body", "id", "published", "source", "title", "url"]);
    // Every documented field is accepted; one more is refused.
    const full = { id: "doc-1", title: "t", url: "https://example.org/a", source: "s", published: "2024-01-01", body: "A 30-km strip." };
    const headers = { Authorization: "Bearer test-key-0123456789abcdef", "Content-Type": "application/json" };
    expect((await h.app.request("/articles?dryRun=1", { method: "POST", headers, body: JSON.stringify(full) })).status).toBe(200);
    expect((await h.app.request("/articles?dryRun=1", { method: "POST", headers, body: JSON.stringify({ ...full, extra: 1 }) })).status).toBe(400);
  });

  it("query parameter enums match what the route accepts", async () => {
    const status = doc.paths["/findings"]!.get!.parameters!.find((p) => p.name === "status")!;
    for (const value of status.schema.enum!) expect((await h.app.request(`/findings?status=${value}`)).status).toBe(200);
    expect((await h.app.request("/findings?status=closed")).status).toBe(400);
  });
});
