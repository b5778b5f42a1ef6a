import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Match } from "aws-cdk-lib/assertions";
import { Config } from "sst/config.js";
import { initProject } from "sst/project.js";
import { beforeAll, describe, expect, it } from "vitest";
import { TABLE_DESIGN } from "../../functions/store/table.js";
import { actionsOf, onlyResource, roleOf, synthesizeStage, type SynthesizedStage } from "./synth.js";

// One file on purpose: every synthesis bundles the functions into .sst/artifacts, and two test
// files synthesizing at once in parallel workers would write the same bundles concurrently.
let dev: SynthesizedStage;
let prod: SynthesizedStage;
let preview: SynthesizedStage;

beforeAll(async () => {
  dev = await synthesizeStage("dev");
  prod = await synthesizeStage("prod");
  preview = await synthesizeStage("pr-7", {
    CLAIMCHECK_RECHECK_SCHEDULE: "cron(0 3 * * ? *)",
    CLAIMCHECK_CORS_ORIGINS: "https://review.example.org, https://cms.example.org",
  });
}, 240_000);

const API = "functions/api.handler";
const RECHECK = "functions/recheck.handler";

describe("Storage", () => {
  it("builds the table the store was designed for: keys, indexes, string key attributes only", () => {
    const [, table] = onlyResource(prod.storage, "AWS::DynamoDB::Table");
    const props = table.Properties as Record<string, unknown>;
    expect(props.KeySchema).toEqual([
      { AttributeName: TABLE_DESIGN.partitionKey, KeyType: "HASH" },
      { AttributeName: TABLE_DESIGN.sortKey, KeyType: "RANGE" },
    ]);
    const indexes = props.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown[]; Projection: unknown }[];
    expect(indexes.map((i) => i.IndexName).sort()).toEqual(TABLE_DESIGN.indexes.map((i) => i.name).sort());
    for (const design of TABLE_DESIGN.indexes) {
      const index = indexes.find((i) => i.IndexName === design.name);
      expect(index?.KeySchema).toEqual([
        { AttributeName: design.pk, KeyType: "HASH" },
        ...("sk" in design ? [{ AttributeName: design.sk, KeyType: "RANGE" }] : []),
      ]);
      expect(index?.Projection).toEqual({ ProjectionType: "ALL" });
    }
    const keyNames = new Set([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey, ...TABLE_DESIGN.indexes.flatMap((i) => ("sk" in i ? [i.pk, i.sk] : [i.pk]))]);
    const definitions = props.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    expect(definitions.map((d) => d.AttributeName).sort()).toEqual([...keyNames].sort());
    expect(new Set(definitions.map((d) => d.AttributeType))).toEqual(new Set(["S"]));
  });

  it("bills on demand, keeps point-in-time recovery and expires records through the TTL attribute", () => {
    for (const { storage } of [dev, prod]) {
      storage.hasResourceProperties("AWS::DynamoDB::Table", {
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.ttlAttribute, Enabled: true },
      });
    }
  });

  it("retains the table when a production stage is removed and deletes it with any other stage", () => {
    prod.storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Retain", UpdateReplacePolicy: "Retain" });
    dev.storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete", UpdateReplacePolicy: "Delete" });
    preview.storage.hasResource("AWS::DynamoDB::Table", { DeletionPolicy: "Delete" });
  });

  it("leaves nothing retained behind a disposable stage", () => {
    for (const template of [dev.storage, dev.api, dev.recheck]) {
      const retained = Object.keys(template.findResources("*", { DeletionPolicy: "Retain" }));
      expect(retained).toEqual([]);
    }
  });
});

describe("Api", () => {
  // Written out from DESIGN.md "HTTP API" (not imported from stacks/routes.ts), so dropping a
  // route from the stack fails here.
  const routes = [
    "GET /",
    "GET /health",
    "GET /openapi.json",
    "POST /articles",
    "GET /articles/{id}",
    "DELETE /articles/{id}",
    "GET /articles/{id}/findings",
    "GET /findings",
    "GET /findings/{id}",
    "PATCH /findings/{id}",
    "GET /claims",
    "POST /webhooks/{source}",
  ];

  it("routes every documented route, and nothing else, to functions/api.ts", () => {
    const found = Object.values(prod.api.findResources("AWS::ApiGatewayV2::Route")).map(
      (r) => (r as { Properties: { RouteKey: string } }).Properties.RouteKey,
    );
    expect(found.sort()).toEqual([...routes].sort());
    const [fnId] = onlyResource(prod.api, "AWS::Lambda::Function", { Handler: API });
    const integrations = Object.values(prod.api.findResources("AWS::ApiGatewayV2::Integration"));
    expect(integrations).toHaveLength(routes.length);
    for (const integration of integrations) {
      expect(JSON.stringify(integration)).toContain(`"${fnId}"`);
    }
  });

  it("throttles the default route per stage", () => {
    prod.api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    dev.api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
    });
  });

  it("allows the review pages' origins with bearer keys, and takes the origins from the deployer", () => {
    prod.api.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      ProtocolType: "HTTP",
      CorsConfiguration: {
        AllowOrigins: ["*"],
        AllowMethods: Match.arrayEquals(["GET", "POST", "PATCH", "DELETE"]),
        AllowHeaders: Match.arrayEquals(["authorization", "content-type"]),
        AllowCredentials: false,
      },
    });
    preview.api.hasResourceProperties("AWS::ApiGatewayV2::Api", {
      CorsConfiguration: { AllowOrigins: ["https://review.example.org", "https://cms.example.org"] },
    });
  });

  it("writes JSON access logs kept for a month", () => {
    const [logGroupId] = onlyResource(prod.api, "AWS::Logs::LogGroup", { RetentionInDays: 30 });
    prod.api.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      AccessLogSettings: { DestinationArn: { "Fn::GetAtt": [logGroupId, "Arn"] }, Format: Match.stringLikeRegexp('"routeKey"') },
    });
  });

  it("exports the base URL", () => {
    prod.api.hasOutput("ApiUrl", {});
  });
});

describe("Recheck", () => {
  it("runs on the stage's schedule, or the deployer's override, against functions/recheck.ts", () => {
    const [fnId] = onlyResource(prod.recheck, "AWS::Lambda::Function", { Handler: RECHECK });
    prod.recheck.hasResourceProperties("AWS::Events::Rule", {
      ScheduleExpression: "rate(1 hour)",
      State: "ENABLED",
      Targets: [Match.objectLike({ Arn: { "Fn::GetAtt": [fnId, "Arn"] } })],
    });
    dev.recheck.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "rate(1 day)" });
    preview.recheck.hasResourceProperties("AWS::Events::Rule", { ScheduleExpression: "cron(0 3 * * ? *)" });
  });

  it("is not retried by Lambda: the next tick repeats an idempotent run", () => {
    prod.recheck.hasResourceProperties("AWS::Lambda::EventInvokeConfig", { MaximumRetryAttempts: 0 });
  });
});

describe("Functions", () => {
  const cases = [
    { name: "api", handler: API, memory: 512, timeout: 20, template: () => prod.api },
    { name: "recheck", handler: RECHECK, memory: 1024, timeout: 900, template: () => prod.recheck },
  ];

  it.each(cases)("$name runs nodejs22.x on arm64 with its memory and timeout", ({ handler, memory, timeout, template }) => {
    template().hasResourceProperties("AWS::Lambda::Function", {
      Handler: handler,
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      MemorySize: memory,
      Timeout: timeout,
    });
  });

  it.each(cases)("$name keeps its logs for one month", ({ handler, template }) => {
    const [fnId] = onlyResource(template(), "AWS::Lambda::Function", { Handler: handler });
    template().hasResourceProperties("Custom::LogRetention", {
      RetentionInDays: 30,
      LogGroupName: { "Fn::Join": ["", ["/aws/lambda/", { Ref: fnId }]] },
    });
  });

  it.each(cases)("$name gets the table name through its environment", ({ handler, template }) => {
    const [, fn] = onlyResource(template(), "AWS::Lambda::Function", { Handler: handler });
    const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(JSON.stringify(env.CLAIMCHECK_TABLE)).toMatch(/ClaimsTable/);
  });

  it.each(cases)("$name is bundled from its entry file and exports a handler", async ({ name, handler, template }) => {
    const [, fn] = onlyResource(template(), "AWS::Lambda::Function", { Handler: handler });
    const key = (fn.Properties.Code as { S3Key: string }).S3Key.replace(/\.zip$/, "");
    const bundle = await fs.readFile(path.join(prod.outdir, `asset.${key}`, "functions", `${name}.mjs`), "utf8");
    expect(bundle).toMatch(/export\s*\{[^}]{0,2000}\bhandler\b[^}]{0,2000}\}/);
  });
});

describe("Least privilege", () => {
  const itemActions = [
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
    "dynamodb:DeleteItem",
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
  ];

  function dynamoGrants(handler: string, template: SynthesizedStage["api"]) {
    const { statements } = roleOf(template, handler);
    return statements
      .filter((s) => actionsOf(s).some((a) => a.startsWith("dynamodb:")))
      .map((s) => ({ sid: s.Sid, actions: actionsOf(s).sort(), resource: JSON.stringify(s.Resource) }));
  }

  it("gives the API item access, Query on the table and its indexes, and no Scan", () => {
    const grants = dynamoGrants(API, prod.api);
    expect(grants.map((g) => [g.sid, g.actions])).toEqual([
      ["ClaimsItems", itemActions],
      ["ClaimsQuery", ["dynamodb:Query"]],
    ]);
    expect(grants[0]?.resource).not.toContain("/index/");
    expect(grants[1]?.resource).toContain("/index/*");
  });

  it("gives the re-check Scan on the sparse forBatch index only", () => {
    const grants = dynamoGrants(RECHECK, prod.recheck);
    expect(grants.map((g) => [g.sid, g.actions])).toEqual([
      ["ClaimsItems", itemActions],
      ["ClaimsQuery", ["dynamodb:Query"]],
      ["ClaimsScan", ["dynamodb:Scan"]],
    ]);
    expect(grants[2]?.resource).toMatch(/"\/index\/forBatch"\]\]\}$/);
  });

  it("grants no wildcard action and nothing beyond the table, the secrets and basic logging", () => {
    for (const [handler, template] of [[API, prod.api], [RECHECK, prod.recheck]] as const) {
      const { statements, managed } = roleOf(template, handler);
      const actions = statements.flatMap(actionsOf);
      expect(actions.filter((a) => a.endsWith("*"))).toEqual([]);
      expect(actions.filter((a) => !a.startsWith("dynamodb:") && !a.startsWith("ssm:"))).toEqual([]);
      expect(JSON.stringify(managed)).toMatch(/AWSLambdaBasicExecutionRole/);
      expect(managed).toHaveLength(1);
    }
  });
});

describe("Secrets", () => {
  const all = [
    "CLAIMCHECK_API_KEYS",
    "CLAIMCHECK_WEBHOOK_SECRET_STANDARD",
    "CLAIMCHECK_WEBHOOK_SECRET_GHOST",
    "CLAIMCHECK_WEBHOOK_SECRET_ARC",
    "CLAIMCHECK_WEBHOOK_SECRET_WORDPRESS",
    "CLAIMCHECK_ALERT_URLS",
    "CLAIMCHECK_ALERT_SECRET",
  ];
  const alerts = ["CLAIMCHECK_ALERT_URLS", "CLAIMCHECK_ALERT_SECRET"];
  // The path `sst secrets set NAME value --stage prod` writes to, computed by SST itself.
  const parameter = (name: string) => Config.pathFor({ id: name, type: "Secret", prop: "value" });

  function secretWiring(handler: string, template: SynthesizedStage["api"]) {
    const [, fn] = onlyResource(template, "AWS::Lambda::Function", { Handler: handler });
    const env = (fn.Properties.Environment as { Variables: Record<string, string> }).Variables;
    const params = Object.fromEntries(Object.entries(env).filter(([k]) => k.endsWith("_PARAM")));
    const ssm = roleOf(template, handler).statements.filter((s) => actionsOf(s).some((a) => a.startsWith("ssm:")));
    return { params, ssm };
  }

  it.each([
    { name: "api", handler: API, secrets: all, template: () => prod.api },
    { name: "recheck", handler: RECHECK, secrets: alerts, template: () => prod.recheck },
  ])("$name finds each of its secrets in <NAME>_PARAM and may read exactly those parameters", ({ handler, secrets, template }) => {
    const { params, ssm } = secretWiring(handler, template());
    expect(params).toEqual(Object.fromEntries(secrets.map((s) => [`${s}_PARAM`, `/sst/claimcheck/prod/Secret/${s}/value`])));
    expect(ssm).toHaveLength(1);
    expect(actionsOf(ssm[0]!).sort()).toEqual(["ssm:GetParameter", "ssm:GetParameters"]);
    const resources = JSON.stringify(ssm[0]!.Resource);
    for (const s of all) {
      const granted = resources.includes(`:parameter/sst/claimcheck/prod/Secret/${s}/value"`);
      expect([s, granted]).toEqual([s, secrets.includes(s)]);
    }
    expect((ssm[0]!.Resource as unknown[]).length).toBe(secrets.length);
  });

  it("names parameters the way `sst secrets set` stores them", async () => {
    await initProject({ stage: "prod" });
    for (const s of all) expect(parameter(s)).toBe(`/sst/claimcheck/prod/Secret/${s}/value`);
  });

  it("points each stage at its own parameters", () => {
    const { params } = secretWiring(API, dev.api);
    expect(params.CLAIMCHECK_API_KEYS_PARAM).toBe("/sst/claimcheck/dev/Secret/CLAIMCHECK_API_KEYS/value");
  });
});

describe("npm run synth", () => {
  it("writes every stack's template for a stage with no AWS credentials or configuration", async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), "claimcheck-synth-script-"));
    // A clean environment and an empty HOME: no AWS_* variables, no ~/.aws to fall back on.
    const env = { PATH: process.env.PATH ?? "", HOME: out };
    const { stdout } = await promisify(execFile)(process.execPath, ["scripts/synth.mjs", "--stage", "ci", "--out", out], { env });
    const files = (await fs.readdir(path.join(out, "ci"))).filter((f) => f.endsWith(".template.json")).sort();
    expect(files).toEqual(["Api", "Recheck", "Secrets", "Storage"].map((s) => `ci-claimcheck-${s}.template.json`));
    expect(stdout).toMatch(/^ci: 4 templates in \S*ci\/$/m);
    const storage = JSON.parse(await fs.readFile(path.join(out, "ci", "ci-claimcheck-Storage.template.json"), "utf8"));
    const tables = Object.values(storage.Resources as Record<string, { Type: string }>).filter((r) => r.Type === "AWS::DynamoDB::Table");
    expect(tables).toHaveLength(1);
  }, 120_000);
});
