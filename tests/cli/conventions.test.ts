import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../functions/cli.js";
import { useColor } from "../../functions/cli/color.js";
import { exitCodeFor } from "../../functions/cli/failure.js";
import { fileProgress } from "../../functions/cli/progress.js";
import { ClaimcheckError } from "../../core/index.js";
import { fakeIo } from "./fake-io.js";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
const STRIP = "examples/001_9fa802cff792e669.txt";

describe("the conventions a command-line user expects", () => {
  it.each(["--version", "-V"])("%s prints the package's version", async (flag) => {
    const run = fakeIo();
    expect(await main([flag], run.io)).toBe(0);
    expect(run.stdout()).toBe(`claimcheck ${pkg.version}\n`);
  });

  it.each(["check", "extract", "serve", "recheck"])("%s -h prints its usage", async (command) => {
    const run = fakeIo();
    expect(await main([command, "-h"], run.io)).toBe(0);
    expect(run.stdout()).toContain(`Usage: claimcheck ${command}`);
  });

  it("extract --published dates the articles that give no date, and refuses an impossible one", async () => {
    const text = "Six people were killed on Tuesday.";
    const dated = fakeIo({ input: text });
    expect(await main(["extract", "--json", "--published", "2024-08-06", "-"], dated.io)).toBe(0);
    const [article] = JSON.parse(dated.stdout()).articles;
    expect(article.published).toBe("2024-08-06");
    expect(article.claims.find((c: { kind: string }) => c.kind === "date")?.value).toMatch(/^2024-0[78]-\d\d$/);
    const bad = fakeIo({ input: text });
    expect(await main(["extract", "--published", "2024-02-30", "-"], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/--published: expected YYYY-MM-DD/);
  });

  it("--jsonl takes --published for lines without a date", async () => {
    const run = fakeIo({ input: `${JSON.stringify({ id: "a", body: "Six people were killed on Tuesday." })}\n` });
    expect(await main(["extract", "--jsonl", "--published", "2024-08-06"], run.io)).toBe(0);
    expect(JSON.parse(run.stdout()).claims.some((c: { kind: string; asOf?: string }) => c.kind === "date")).toBe(true);
  });

  it("counts in messages agree with their nouns", async () => {
    const run = fakeIo({ input: "---\nid: one\n---\nA 30-km strip." });
    expect(await main(["extract", "-"], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^one: 1 claim\n/);
    const lines = fakeIo({ input: "{bad\n" });
    expect(await main(["extract", "--jsonl"], lines.io)).toBe(2);
    expect(lines.stderr()).toContain("1 input line could not be read (see its");
  });
});

describe("colour", () => {
  it.each([
    [{ stdoutTerminal: true, env: {} }, true],
    [{ stdoutTerminal: false, env: {} }, false],
    [{ stdoutTerminal: true, env: { NO_COLOR: "1" } }, false],
    [{ stdoutTerminal: false, env: { FORCE_COLOR: "1" } }, true],
    [{ stdoutTerminal: true, env: { FORCE_COLOR: "0" } }, false],
    [{ stdoutTerminal: false, env: { NO_COLOR: "1", FORCE_COLOR: "1" } }, false],
    [{ stdoutTerminal: true, env: { NO_COLOR: "" } }, true],
  ])("%j → %s", (io, expected) => {
    expect(useColor(io)).toBe(expected);
  });

  it("is decided by stdout, not stderr: a report piped to a file has no escape codes", async () => {
    const piped = fakeIo({ interactive: true, stdoutTerminal: false });
    expect(await main(["check", "--fresh", STRIP], piped.io)).toBe(1);
    expect(piped.stdout()).not.toContain("\u001b[");
    const forced = fakeIo({ stdoutTerminal: false, env: { FORCE_COLOR: "1" } });
    expect(await main(["check", "--fresh", STRIP], forced.io)).toBe(1);
    expect(forced.stdout()).toContain("\u001b[");
  }, 60_000);
});

describe("progress", () => {
  it("is plain lines when stderr is not a terminal, and redrawn in place when it is", () => {
    let now = 0;
    for (const interactive of [false, true]) {
      const run = fakeIo({ interactive });
      const progress = fileProgress(run.io, 3, () => now);
      for (const id of ["a", "b", "c"]) {
        now += 6000;
        progress.done(id);
      }
      progress.end();
      if (interactive) expect(run.stderr().startsWith("\rchecked 1 of 3 articles (last: a)\u001b[K")).toBe(true);
      else expect(run.stderr()).toBe("checked 1 of 3 articles (last: a)\nchecked 2 of 3 articles (last: b)\nchecked 3 of 3 articles (last: c)\n");
    }
  });
});

describe("exit codes", () => {
  it.each([
    [new ClaimcheckError("invalid-input", "bad"), 2],
    [new ClaimcheckError("store-unavailable", "locked"), 3],
    [Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }), 3],
    [Object.assign(new Error("Requested resource not found"), { name: "ResourceNotFoundException", $metadata: { httpStatusCode: 400 } }), 3],
    [new Error("wrapped", { cause: new ClaimcheckError("store-unavailable", "gone") }), 3],
    [new TypeError("x is undefined"), 4],
  ])("%s → %i", (error, code) => {
    expect(exitCodeFor(error)).toBe(code);
  });

  it("an unexpected error is 4, in one line that says so", async () => {
    const run = fakeIo({ input: "A 30-km strip." });
    run.io.stdout = new Writable({ write() { throw new TypeError("broken pipe handler"); } });
    expect(await main(["extract", "-"], run.io)).toBe(4);
    expect(run.stderr()).toBe("claimcheck extract: internal error: broken pipe handler (CLAIMCHECK_DEBUG=1 shows the stack)\n");
  });
});
