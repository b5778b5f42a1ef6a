import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/run-cli.js";

const eslint = new ESLint({ cwd: repoRoot });

/** Lints a snippet as if it were a file in the given folder; returns the rule ids that fired. */
async function rulesFiredOn(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${filePath}` });
  return result!.messages.map((m) => m.ruleId ?? "parse-error");
}

describe("the lint rule that keeps core/ pure", () => {
  it.each([
    ["an AWS import", `import { DynamoDBClient } from "@aws-sdk/client-dynamodb"; export const c = DynamoDBClient;`, "no-restricted-imports"],
    ["a Hono import", `import { Hono } from "hono"; export const h = Hono;`, "no-restricted-imports"],
    ["an SST import", `import { Config } from "sst/node/config"; export const c = Config;`, "no-restricted-imports"],
    ["file I/O", `import { readFileSync } from "node:fs"; export const r = readFileSync;`, "no-restricted-imports"],
    ["the environment", `export const table = process.env.CLAIMCHECK_TABLE;`, "no-restricted-globals"],
    ["the clock", `export const t = Date.now();`, "no-restricted-properties"],
    ["the clock via new Date()", `export const t = new Date();`, "no-restricted-syntax"],
    ["randomness", `export const r = Math.random();`, "no-restricted-properties"],
  ])("flags %s in core/", async (_what, code, rule) => {
    expect(await rulesFiredOn(code, "core/check/example.ts")).toContain(rule);
  });

  it("allows the same code outside core/", async () => {
    expect(await rulesFiredOn(`export const t = Date.now(); export const e = process.env.X;`, "functions/example.ts")).toEqual([]);
  });

  it("allows a pure date computation from an explicit value in core/", async () => {
    expect(await rulesFiredOn(`export const d = new Date("2024-08-06T00:00:00Z").getUTCDay();`, "core/check/example.ts")).toEqual([]);
  });

});
