import { describe, expect, it } from "vitest";
import { Config } from "sst/config.js";
import { initProject } from "sst/project.js";
import { actionsOf, API, onlyResource, RECHECK, roleOf, type Stages, type SynthesizedStage } from "../synth.js";

/** What each function may do: exact table actions, exactly its own secrets, nothing else. */
export function privilegeSpecs(stages: Stages): void {
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
      const grants = dynamoGrants(API, stages.prod.api);
      expect(grants.map((g) => [g.sid, g.actions])).toEqual([
        ["ClaimsItems", itemActions],
        ["ClaimsQuery", ["dynamodb:Query"]],
      ]);
      expect(grants[0]?.resource).not.toContain("/index/");
      expect(grants[1]?.resource).toContain("/index/*");
    });

    it("gives the re-check Scan on the sparse forBatch index only", () => {
      const grants = dynamoGrants(RECHECK, stages.prod.recheck);
      expect(grants.map((g) => [g.sid, g.actions])).toEqual([
        ["ClaimsItems", itemActions],
        ["ClaimsQuery", ["dynamodb:Query"]],
        ["ClaimsScan", ["dynamodb:Scan"]],
      ]);
      expect(grants[2]?.resource).toMatch(/"\/index\/forBatch"\]\]\}$/);
    });

    it("grants no wildcard action and nothing beyond the table, the secrets and basic logging", () => {
      for (const [handler, template] of [[API, stages.prod.api], [RECHECK, stages.prod.recheck]] as const) {
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
      { name: "api", handler: API, secrets: all, template: () => stages.prod.api },
      { name: "recheck", handler: RECHECK, secrets: alerts, template: () => stages.prod.recheck },
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
      const { params } = secretWiring(API, stages.dev.api);
      expect(params.CLAIMCHECK_API_KEYS_PARAM).toBe("/sst/claimcheck/dev/Secret/CLAIMCHECK_API_KEYS/value");
    });
  });
}
