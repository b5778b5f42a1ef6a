import { describe, expect, it } from "vitest";
import fs from "node:fs/promises";
import path from "node:path";
import { API, onlyResource, RECHECK, type Stages } from "../synth.js";

/** Both Lambda functions: runtime, architecture, memory, timeout, logs, environment, bundle. */
export function functionSpecs(stages: Stages): void {
  describe("Functions", () => {
    const cases = [
      { name: "api", handler: API, memory: 512, timeout: 20, template: () => stages.prod.api },
      { name: "recheck", handler: RECHECK, memory: 1024, timeout: 900, template: () => stages.prod.recheck },
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
      const bundle = await fs.readFile(path.join(stages.prod.outdir, `asset.${key}`, "functions", `${name}.mjs`), "utf8");
      expect(bundle).toMatch(/export\s*\{[^}]{0,2000}\bhandler\b[^}]{0,2000}\}/);
    });
  });
}
