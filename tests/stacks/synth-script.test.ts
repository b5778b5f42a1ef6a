import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

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
  }, 240_000);
});
