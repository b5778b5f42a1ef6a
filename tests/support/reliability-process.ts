import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/claimcheck.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/functions/cli.js", import.meta.url));

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr (its JSON log lines) so far. */
  stderr(): string;
  /** Resolves with the exit code or signal once the process is gone. */
  exited: Promise<string>;
}

/**
 * `node bin/claimcheck.js serve --store DIR --port 0` as a child process, once it prints its URL.
 * Needs the build (`npm run build`; the README's test command runs it first).
 * @example const server = await spawnServe("/tmp/store", { CLAIMCHECK_API_KEYS: key }); server.child.kill("SIGKILL");
 */
export async function spawnServe(storeDir: string, env: Record<string, string>): Promise<ServeProcess> {
  if (!existsSync(BUILT)) throw new Error("dist/ is missing: run `npm run build` before the reliability suite");
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("CLAIMCHECK_")));
  const child = spawn(process.execPath, [BIN, "serve", "--store", storeDir, "--port", "0"], { env: { ...clean, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const exited = new Promise<string>((done) => child.once("exit", (code, signal) => done(signal ?? String(code))));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start in 60 s: ${err.slice(-500)}`)), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (found) { clearTimeout(timer); done(found[0]); }
    });
    void exited.then((how) => { clearTimeout(timer); fail(new Error(`serve exited (${how}) before listening: ${err.slice(-500)}`)); });
  });
  return { url, child, stderr: () => err, exited };
}

/**
 * SIGTERM, and wait for the clean stop (server closed, store flushed, lock released).
 * @example await stopServe(server)
 */
export async function stopServe(server: ServeProcess): Promise<string> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGTERM");
  return server.exited;
}
