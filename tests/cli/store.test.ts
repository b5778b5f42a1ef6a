import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../functions/cli.js";
import { startEmbeddedStore } from "../../functions/store/index.js";
import { fakeIo } from "./fake-io.js";

const STORY = "---\nid: strip\npublished: 2019-10-22\n---\nRussia pledged to clear a 30-km strip along the border.\n";
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "claimcheck-cli-"));
  dirs.push(dir);
  writeFileSync(join(dir, "strip.txt"), STORY);
  return dir;
}

/** One line on stderr, no stack. */
function oneLine(stderr: string): string {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return stderr;
}

describe("one store configuration for every subcommand", () => {
  it("check writes to CLAIMCHECK_DYNAMODB_ENDPOINT when it is set, not to ./.claimcheck", async () => {
    const cwd = project();
    const endpoint = await startEmbeddedStore({ tcp: true });
    try {
      const run = fakeIo({ cwd, env: { CLAIMCHECK_DYNAMODB_ENDPOINT: endpoint.endpoint, CLAIMCHECK_TABLE: endpoint.table } });
      expect(await main(["check", "strip.txt"], run.io)).toBe(0);
      expect((await endpoint.store.getArticle("strip"))?.article.body).toContain("30-km strip");
      expect(readdirSync(cwd)).toEqual(["strip.txt"]);
    } finally {
      await endpoint.close();
    }
  }, 60_000);

  it.each([["check", "strip.txt"], ["recheck"]])("%s refuses --store beside an endpoint: one of them would be ignored", async (...argv) => {
    const run = fakeIo({ cwd: project(), env: { CLAIMCHECK_DYNAMODB_ENDPOINT: "http://127.0.0.1:1" } });
    expect(await main([...argv, "--store", "data"], run.io)).toBe(2);
    expect(oneLine(run.stderr())).toMatch(/--store and CLAIMCHECK_DYNAMODB_ENDPOINT exclude each other/);
  });

  it("a bad variable is named, whatever the subcommand", async () => {
    const run = fakeIo({ cwd: project(), env: { CLAIMCHECK_TABLE: "x" } });
    expect(await main(["check", "strip.txt"], run.io)).toBe(2);
    expect(oneLine(run.stderr())).toMatch(/CLAIMCHECK_TABLE must be a DynamoDB table name/);
  });
});

describe("store errors exit 3", () => {
  it("a directory that is not a store: refused in one line, its files untouched", async () => {
    const cwd = project();
    const mine = join(cwd, "notes");
    mkdirSync(mine);
    writeFileSync(join(mine, "LOG"), "my own log\n");
    writeFileSync(join(mine, "CURRENT"), "draft 3\n");
    const run = fakeIo({ cwd });
    expect(await main(["check", "--store", "notes", "strip.txt"], run.io)).toBe(3);
    expect(oneLine(run.stderr())).toMatch(/notes is not a claimcheck store/);
    expect(readdirSync(mine).sort()).toEqual(["CURRENT", "LOG"]);
    expect(readFileSync(join(mine, "LOG"), "utf8")).toBe("my own log\n");
  });

  it("a store in use by another claimcheck", async () => {
    const cwd = project();
    const held = await startEmbeddedStore({ path: join(cwd, ".claimcheck") });
    try {
      const run = fakeIo({ cwd });
      expect(await main(["check", "strip.txt"], run.io)).toBe(3);
      expect(oneLine(run.stderr())).toMatch(/in use by another claimcheck process/);
    } finally {
      await held.close();
    }
  });

  it("an endpoint that does not answer", async () => {
    const run = fakeIo({ cwd: project(), env: { CLAIMCHECK_DYNAMODB_ENDPOINT: "http://127.0.0.1:9" } });
    expect(await main(["recheck"], run.io)).toBe(3);
    expect(oneLine(run.stderr())).toMatch(/^claimcheck recheck: store error: /);
  }, 60_000);
});

describe("files are validated like the API's bodies", () => {
  async function extractFile(name: string, text: string | Buffer) {
    const cwd = project();
    writeFileSync(join(cwd, name), text);
    const run = fakeIo({ cwd });
    const code = await main(["extract", "--json", name], run.io);
    return { code, stdout: run.stdout(), stderr: run.stderr() };
  }

  it.each([
    ["a url that is no URL", "---\nurl: not a url\n---\nSix people.", /url: must be an absolute URL/],
    ["an id the API refuses", "---\nid: ..\n---\nSix people.", /id: must not be "\." or "\.\."/],
    ["a front matter key the API does not know", "---\nautor: x\n---\nSix people.", /unknown front matter key "autor"/],
    ["an impossible date", "---\npublished: 2023-02-29\n---\nSix people.", /published/],
  ])("%s is refused with exit 2", async (_name, text, message) => {
    const result = await extractFile("a.md", text);
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(message);
  });

  it("a file over the API's 1 MiB is refused before it is read", async () => {
    const result = await extractFile("big.txt", "Six people. ".repeat(90_000));
    expect(result.code).toBe(2);
    expect(oneLine(result.stderr)).toMatch(/big\.txt: larger than 1 MiB/);
  });

  it("a file name the id rule forbids still gives a valid id", async () => {
    const result = await extractFile("War toll #2.txt", "Six people were killed.");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).articles[0].id).toBe("War-toll--2");
  });
});
