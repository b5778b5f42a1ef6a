import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as v from "valibot";
import { pageRoutes } from "../../functions/http/pages/index.js";
import { claimSchema, FINDING_KINDS, FINDING_STATUSES, findingSchema, SEVERITIES, storedArticleSchema } from "../../functions/schemas/index.js";
import { exampleJson } from "./examples.js";
import { auth, postJson, startHarness, type Harness } from "./harness.js";

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
  it("every operation has a unique operationId and a tag the document declares", () => {
    const ops = Object.values(doc.paths).flatMap((methods) => Object.values(methods)) as unknown as { operationId?: string; tags?: string[] }[];
    const ids = ops.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const declared = new Set(((doc as unknown as { tags: { name: string }[] }).tags).map((t) => t.name));
    for (const op of ops) expect(op.tags?.length === 1 && declared.has(op.tags[0]!), op.operationId).toBe(true);
  });

  it("2xx answers are described by the stored records' schemas, referenced from components", () => {
    const json = (path: string, method: string, status: string) => JSON.stringify(doc.paths[path]![method]!.responses[status]!.content?.["application/json"]?.schema);
    expect(json("/articles", "post", "201")).toContain('"#/components/schemas/Claim"');
    expect(json("/articles", "post", "201")).toContain('"#/components/schemas/Finding"');
    expect(json("/articles/{id}", "get", "200")).toContain('"#/components/schemas/StoredArticle"');
    expect(json("/findings/{id}", "patch", "200")).toBe('{"$ref":"#/components/schemas/Finding"}');
    const finding = doc.components.schemas.Finding as { properties: Record<string, { enum?: string[] }> };
    expect(finding.properties.kind!.enum).toEqual([...FINDING_KINDS]);
    expect(finding.properties.severity!.enum).toEqual([...SEVERITIES]);
    expect(finding.properties.status!.enum).toEqual([...FINDING_STATUSES]);
  });

  it("what the API really answers parses with those same schemas", async () => {
    const posted = (await (await postJson(h, "/articles", exampleJson("001_9fa802cff792e669"))).json()) as { claims: unknown[]; findings: unknown[] };
    expect(posted.claims.length).toBeGreaterThan(0);
    expect(posted.findings.length).toBeGreaterThan(0);
    for (const claim of posted.claims) expect(v.safeParse(claimSchema, claim).success).toBe(true);
    for (const finding of posted.findings) expect(v.safeParse(findingSchema, finding).success).toBe(true);
    const stored = (await (await h.app.request("/articles/001_9fa802cff792e669", { headers: auth })).json()) as { article: unknown };
    expect(v.safeParse(storedArticleSchema, stored.article).success).toBe(true);
    // Nothing on a real claim is left out of the schema (valibot objects drop unknown keys).
    for (const claim of posted.claims) expect(v.parse(claimSchema, claim)).toEqual(claim);
  });
});
