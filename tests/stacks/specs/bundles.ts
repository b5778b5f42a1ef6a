import fs from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedStore, type EmbeddedStore } from "../../../functions/store/embedded.js";
import { API, onlyResource, RECHECK, type Stages, type SynthesizedStage } from "../synth.js";

type ApiHandler = (event: APIGatewayProxyEventV2, context: unknown) => Promise<APIGatewayProxyResultV2 & { statusCode: number; body: string }>;
type RecheckHandler = (event: unknown, context: { getRemainingTimeInMillis(): number }) => Promise<{ articles: number; complete: boolean }>;

const KEY = "k".repeat(8) + "-bundle-smoke-test-key";

/**
 * The code a deploy would upload, run: each function's bundle from the cloud assembly is loaded
 * with the environment its template gives it, except that the table is an embedded dynalite
 * table and the secrets are plain variables (which the entry files prefer over SSM parameters),
 * since neither DynamoDB nor SSM exists here. API Gateway's event is built as payload 2.0.
 */
export function bundleSpecs(stages: Stages): void {
  describe("Bundles", () => {
    let db: EmbeddedStore & { endpoint: string };
    let api: ApiHandler;
    let recheck: RecheckHandler;

    beforeAll(async () => {
      db = await startEmbeddedStore({ tcp: true });
      api = (await loadBundle(stages.prod, API, "api", db)) as ApiHandler;
      recheck = (await loadBundle(stages.prod, RECHECK, "recheck", db)) as RecheckHandler;
    }, 60_000);
    afterAll(async () => db?.close());

    it("the API bundle answers API Gateway events: health, a stored article, and the article back", async () => {
      expect((await api(event("GET", "/health"), {})).statusCode).toBe(200);
      const article = {
        id: "bundle-1",
        published: "2024-05-02",
        body: "The county said 1,200 homes lost power on Tuesday. By Wednesday the county said 1,200 homes were still dark.",
      };
      const created = await api(event("POST", "/articles", article), {});
      expect(created.statusCode).toBe(201);
      expect(JSON.parse(created.body).claims.length).toBeGreaterThan(0);
      const read = await api(event("GET", "/articles/bundle-1"), {});
      expect([read.statusCode, JSON.parse(read.body).article.id]).toEqual([200, "bundle-1"]);
    });

    it("the API bundle refuses a write without the key", async () => {
      const refused = await api(event("POST", "/articles", { id: "x", body: "1 km" }, { authorization: "Bearer wrong" }), {});
      expect(refused.statusCode).toBe(401);
    });

    it("the re-check bundle runs over the stored articles and reports a complete run", async () => {
      const summary = await recheck({}, { getRemainingTimeInMillis: () => 900_000 });
      expect(summary).toMatchObject({ articles: 1, complete: true });
    });
  });
}

/** Imports a function's bundle with the environment of its template, pointed at `db`. */
async function loadBundle(stage: SynthesizedStage, handler: string, name: string, db: EmbeddedStore & { endpoint: string }): Promise<unknown> {
  const template = name === "api" ? stage.api : stage.recheck;
  const [, fn] = onlyResource(template, "AWS::Lambda::Function", { Handler: handler });
  const key = (fn.Properties.Code as { S3Key: string }).S3Key.replace(/\.zip$/, "");
  const file = path.join(stage.outdir, `asset.${key}`, "functions", `${name}.mjs`);
  await fs.access(file);
  const deployed = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
  const env: Record<string, string> = {
    // Literal values as deployed; CloudFormation references and SSM parameter names replaced.
    ...(Object.fromEntries(Object.entries(deployed).filter(([k, v]) => typeof v === "string" && !k.endsWith("_PARAM"))) as Record<string, string>),
    CLAIMCHECK_TABLE: db.table,
    CLAIMCHECK_DYNAMODB_ENDPOINT: db.endpoint,
    CLAIMCHECK_API_KEYS: KEY,
  };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    // The entry files read their configuration at import (Lambda's init phase).
    const module = (await import(pathToFileURL(file).href)) as { handler: unknown };
    return module.handler;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function event(method: string, rawPath: string, body?: unknown, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  const [pathOnly = rawPath, query = ""] = rawPath.split("?");
  return {
    version: "2.0",
    routeKey: `${method} ${pathOnly}`,
    rawPath: pathOnly,
    rawQueryString: query,
    headers: {
      host: "api.example.org",
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      authorization: `Bearer ${KEY}`,
      ...headers,
    },
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example.org",
      domainPrefix: "api",
      http: { method, path: pathOnly, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "vitest" },
      requestId: `req-${method}-${pathOnly}`,
      routeKey: `${method} ${pathOnly}`,
      stage: "$default",
      time: "02/May/2024:10:00:00 +0000",
      timeEpoch: 1714644000000,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    isBase64Encoded: false,
  };
}
