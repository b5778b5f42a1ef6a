import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

/** One clear line on stderr and exit 2: never a stack trace for bad input. */
function expectUsageError(result: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("claimcheck usage", () => {
  it.each(["check", "extract", "serve", "recheck"])("%s --help prints its usage and exits 0", async (command) => {
    const result = await runCli([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`claimcheck ${command}`);
  });

  it("--help lists every command", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const command of ["check", "extract", "serve", "recheck"]) expect(result.stdout).toContain(`claimcheck ${command}`);
  });

  it("no command prints usage on stderr and exits 2", async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage:");
  });

  it("an unknown command is a usage error", async () => {
    expectUsageError(await runCli(["chek", "a.txt"]), /unknown command "chek"/);
  });

  it("an unknown flag is a usage error", async () => {
    expectUsageError(await runCli(["check", "--frsh", "examples/001_9fa802cff792e669.txt"]), /--frsh/);
  });

  it("a missing file is named", async () => {
    expectUsageError(await runCli(["extract", "no/such/article.txt"]), /no\/such\/article\.txt: no such file/);
  });

  it("a bad --published date is refused", async () => {
    expectUsageError(await runCli(["check", "--fresh", "--published", "11/01/2023", "-"], { input: "Six people." }), /--published: expected YYYY-MM-DD/);
  });

  it("text that is not UTF-8 is refused rather than guessed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-"));
    const file = join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from([0x33, 0x30, 0x20, 0x6b, 0x6d, 0x20, 0xe9, 0xe9, 0x0a]));
    expectUsageError(await runCli(["extract", file]), /not valid UTF-8/);
  });

  it("an empty article is refused", async () => {
    expectUsageError(await runCli(["extract", "-"], { input: "---\npublished: 2024-01-01\n---\n   \n" }), /has no text/);
  });

  it("a .json article with an unknown field names it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cc-"));
    const file = join(dir, "a.json");
    writeFileSync(file, JSON.stringify({ id: "a", body: "Six people.", autor: "x" }));
    expectUsageError(await runCli(["extract", file]), /autor/);
  });

  it("--fresh and --store together are refused", async () => {
    expectUsageError(await runCli(["check", "--fresh", "--store", "x", "-"], { input: "Six people." }), /exclude each other/);
  });
});
