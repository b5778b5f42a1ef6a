import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

// Publication order: each article is checked against the ones before it.
const inOrder = ["003_dc684d5a7ef49d7d", "004_56359b7bbeab6d04", "001_9fa802cff792e669", "002_6b1df5c4a6363f3e", "000_1f6899bab988861c"]
  .map((id) => `examples/${id}.txt`);

describe("claimcheck check", () => {
  it("reports the 30-mile (18.6-mile) strip as a contradiction and exits 1", async () => {
    const result = await runCli(["check", "--fresh", "examples/001_9fa802cff792e669.txt"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/contradiction · conversion-mismatch/);
    expect(result.stdout).toContain("[30-mile] ([18.6-mile])");
    expect(result.stdout).toMatch(/30 mi is 48\.3 km/);
    expect(result.stdout).toMatch(/\(30 km = 18\.6 mi\)/);
  });

  it("exits 0 when an article contradicts nothing", async () => {
    const result = await runCli(["check", "--fresh", "examples/000_1f6899bab988861c.txt"]);
    expect(result.stdout).not.toMatch(/✗ contradiction/);
    expect(result.code).toBe(0);
  });

  it("--json gives articles with claims and the findings across the files, in the DESIGN shape", async () => {
    const result = await runCli(["check", "--fresh", "--json", ...inOrder]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.articles.map((a: { id: string }) => a.id)).toEqual(inOrder.map((f) => f.slice(9, -4)));
    for (const article of report.articles) expect(article).not.toHaveProperty("body");
    const refugees = report.findings.find((f: { kind: string; claims: { text: string }[] }) =>
      f.kind === "cross-article-conflict" && f.claims.some((c) => c.text.includes("3.6 million")) && f.claims.some((c) => c.text.includes("3.5 million")));
    expect(refugees).toMatchObject({ severity: "discrepancy", status: "open" });
    expect(refugees.explanation).toMatch(/2020/);
    expect(refugees.explanation).toMatch(/2024/);
  });

  it("the default store persists between runs: a later run sees earlier articles", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "cc-store-"));
    const first = await runCli(["check", join(process.cwd(), "examples/003_dc684d5a7ef49d7d.txt")], { cwd });
    expect(first.code).toBe(0);
    const second = await runCli(["check", "--json", join(process.cwd(), "examples/002_6b1df5c4a6363f3e.txt")], { cwd });
    const { findings } = JSON.parse(second.stdout);
    expect(findings.some((f: { claims: { articleId: string }[] }) => f.claims.some((c) => c.articleId === "003_dc684d5a7ef49d7d"))).toBe(true);
  });
});
