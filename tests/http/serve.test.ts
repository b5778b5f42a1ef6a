import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../../functions/cli/serve.js";
import type { CliIo } from "../../functions/cli/io.js";

function io(env: Record<string, string>, cwd: string): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => (out += d.toString()));
  stderr.on("data", (d: Buffer) => (err += d.toString()));
  return { stdin: new PassThrough(), stdout, stderr, cwd, interactive: false, env, out: () => out, err: () => err };
}

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `claimcheck serve` for real: a TCP port, the embedded store on disk, fetch as the client. */
describe("claimcheck serve", () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "claimcheck-serve-")); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it("refuses a non-loopback host without API keys, before binding anything", async () => {
    const terminal = io({}, dir);
    await expect(serve(["--host", "0.0.0.0", "--port", "0"], terminal)).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 without API keys/);
    expect(terminal.out()).toBe("");
  });

  it("refuses bad options", async () => {
    await expect(serve(["--port", "http"], io({}, dir))).rejects.toThrow(/--port/);
    await expect(serve(["--verbose"], io({}, dir))).rejects.toThrow(/verbose/);
  });

  it("serves the API on loopback, keeps what was posted across restarts, stops on SIGTERM", async () => {
    const run = async (work: (url: string) => Promise<void>) => {
      const terminal = io({}, dir);
      const exit = serve(["--port", "0", "--store", "store"], terminal);
      await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(terminal.out()));
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(terminal.out())![0];
      await work(url);
      process.emit("SIGTERM", "SIGTERM");
      expect(await exit).toBe(0);
      await expect(fetch(`${url}/health`)).rejects.toThrow(); // the port is closed
      expect(terminal.err()).toMatch(/"msg":"request".*"status":20[01]/); // logs go to stderr, the URL to stdout
    };
    await run(async (url) => {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const res = await fetch(`${url}/articles`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "---\nid: s-1\npublished: 2023-01-11\n---\nA 30-mile (18.6-mile) deep strip." });
      expect(res.status).toBe(201); // open writes on loopback when no keys are configured
    });
    await run(async (url) => {
      expect((await fetch(`${url}/articles/s-1`)).status).toBe(200);
    });
  });

  it("with keys configured, writes need one even on loopback", async () => {
    const terminal = io({ CLAIMCHECK_API_KEYS: "serve-key-0123456789abcdef" }, dir);
    const exit = serve(["--port", "0", "--store", "keyed"], terminal);
    await until(() => /http:\/\/127\.0\.0\.1:\d+/.test(terminal.out()));
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(terminal.out())![0];
    const post = (headers: Record<string, string>) => fetch(`${url}/articles?dryRun=1`, { method: "POST", headers: { "Content-Type": "text/plain", ...headers }, body: "A 30-km strip." });
    expect((await post({})).status).toBe(401);
    expect((await post({ Authorization: "Bearer serve-key-0123456789abcdef" })).status).toBe(200);
    process.emit("SIGINT", "SIGINT");
    expect(await exit).toBe(0);
  });
});
