import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Finding } from "../../core/index.js";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { exampleJson, exampleText, expectReadmeFindings, IN_PUBLICATION_ORDER } from "../http/examples.js";
import { bodyText, httpApiEvent, lambdaContext, type LambdaResult, type RequestSpec } from "./events.js";

const KEY = "lambda-key-0123456789abcdef";
const bearer = { authorization: `Bearer ${KEY}` };

/**
 * The real Lambda entry (functions/api.ts) in-process, configured the way the stacks configure
 * it (environment variables), against dynalite standing in for DynamoDB: only the endpoint
 * differs from AWS. Its log lines go to stdout as in Lambda; the test reads them there.
 */
describe("functions/api.ts through API Gateway HTTP API v2 events", () => {
  let embedded: EmbeddedStore & { endpoint: string };
  let handler: (event: unknown, context: unknown) => Promise<LambdaResult>;
  const logLines: string[] = [];

  beforeAll(async () => {
    embedded = await startEmbeddedStore({ tcp: true });
    vi.stubEnv("CLAIMCHECK_API_KEYS", KEY);
    vi.stubEnv("CLAIMCHECK_TABLE", embedded.table);
    vi.stubEnv("CLAIMCHECK_DYNAMODB_ENDPOINT", embedded.endpoint);
    const write = process.stdout.write.bind(process.stdout);
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = String(chunk);
      if (text.startsWith('{"level"')) { logLines.push(text); return true; }
      return write(chunk, ...(rest as []));
    });
    ({ handler } = (await import("../../functions/api.js")) as unknown as { handler: typeof handler });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await embedded.close();
  });

  const invoke = (spec: RequestSpec) => handler(httpApiEvent(spec), lambdaContext());
  const json = <T>(result: LambdaResult) => JSON.parse(bodyText(result)) as T;
  const stored = async (id: string) => (await invoke({ method: "GET", path: `/articles/${id}` })).statusCode === 200;

  it("the five real articles, in publication order, give the README findings", async () => {
    for (const name of IN_PUBLICATION_ORDER) {
      const result = await invoke({ method: "POST", path: "/articles", headers: { ...bearer, "content-type": "application/json" }, body: JSON.stringify(exampleJson(name)) });
      expect(result.statusCode).toBe(201);
      expect(result.headers["content-type"]).toMatch(/^application\/json/);
    }
    const page = json<{ findings: Finding[] }>(await invoke({ method: "GET", path: "/findings", query: "status=open&limit=100" }));
    expectReadmeFindings(page.findings);
  });

  it("a base64 text/plain re-post of the same article changes nothing", async () => {
    const name = IN_PUBLICATION_ORDER[2];
    const before = json<{ claims: { id: string }[] }>(await invoke({ method: "GET", path: `/articles/${name}` }));
    const result = await invoke({ method: "POST", path: "/articles", headers: { ...bearer, "content-type": "text/plain; charset=utf-8" }, body: exampleText(name), base64: true });
    expect(result.statusCode).toBe(201);
    const after = json<{ claims: { id: string }[] }>(await invoke({ method: "GET", path: `/articles/${name}` }));
    expect(after.claims.map((c) => c.id).sort()).toEqual(before.claims.map((c) => c.id).sort());
  });

  it("?dryRun=1 answers 200 and stores nothing", async () => {
    const result = await invoke({ method: "POST", path: "/articles", query: "dryRun=1", headers: { ...bearer, "content-type": "application/json" }, body: JSON.stringify({ id: "dry-1", body: "A 30-mile (18.6-mile) strip." }) });
    expect(result.statusCode).toBe(200);
    expect(await stored("dry-1")).toBe(false);
  });

  it("refusals arrive as problem+json with their headers, and store nothing", async () => {
    const cases: [RequestSpec, number][] = [
      [{ method: "POST", path: "/articles", headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "r-1", body: "x" }) }, 401],
      [{ method: "POST", path: "/articles", headers: { ...bearer, "content-type": "application/json" }, body: Buffer.concat([Buffer.from('{"id":"r-2","body":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), base64: true }, 400],
      [{ method: "POST", path: "/articles", headers: { ...bearer, "content-type": "application/json" }, body: JSON.stringify({ id: "r-3", body: "9 km. ".repeat(200_000) }) }, 413],
      [{ method: "POST", path: "/articles", headers: { ...bearer, "content-type": "application/pdf" }, body: Buffer.from("%PDF-1.7"), base64: true }, 415],
      [{ method: "POST", path: "/articles", headers: { ...bearer, "content-type": "application/json" }, body: '{"id":"r-5","body":"x",' }, 400],
    ];
    for (const [spec, status] of cases) {
      const result = await invoke(spec);
      expect(result.statusCode, `${status}`).toBe(status);
      expect(result.headers["content-type"]).toBe("application/problem+json");
      expect(json<{ status: number }>(result).status).toBe(status);
    }
    expect((await invoke(cases[0]![0])).headers["www-authenticate"]).toMatch(/^Bearer /);
    for (const id of ["r-1", "r-2", "r-3", "r-5"]) expect(await stored(id)).toBe(false);
  });

  it("GET routes with path parameters and the OpenAPI document", async () => {
    const findings = json<{ findings: Finding[] }>(await invoke({ method: "GET", path: `/articles/${IN_PUBLICATION_ORDER[2]}/findings` })).findings;
    expect(findings.length).toBeGreaterThan(0);
    const one = await invoke({ method: "GET", path: `/findings/${findings[0]!.id}` });
    expect(json<Finding>(one).id).toBe(findings[0]!.id);
    expect(json<{ openapi: string }>(await invoke({ method: "GET", path: "/openapi.json" })).openapi).toBe("3.1.0");
  });

  it("logs one JSON line per request with API Gateway's request id; never the key or the text", async () => {
    logLines.length = 0;
    const result = await invoke({ method: "POST", path: "/articles", requestId: "Gw-Req-42", headers: { ...bearer, "content-type": "application/json" }, body: JSON.stringify({ id: "log-1", body: "Officials spoke of a 25-km buffer zone." }) });
    expect(result.statusCode).toBe(201);
    expect(result.headers["x-request-id"]).toBe("Gw-Req-42");
    const records = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.find((r) => r.msg === "request")).toMatchObject({ level: "info", requestId: "Gw-Req-42", method: "POST", route: "/articles", status: 201, service: "claimcheck-api" });
    expect(records.find((r) => r.msg === "article checked")).toMatchObject({ requestId: "Gw-Req-42", articleId: "log-1" });
    const all = logLines.join("");
    expect(all).not.toContain(KEY);
    expect(all).not.toContain("buffer zone");
  });
});
