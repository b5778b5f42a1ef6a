import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

/**
 * What the built command loads: every module node resolves, recorded by a resolve hook.
 * `--version` and `extract` must not pay for the store (dynalite, LevelDB) or the AWS SDK;
 * `check` loads them (the control: the hook sees them when they load).
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(ROOT, "bin/claimcheck.js");
const dir = mkdtempSync(join(tmpdir(), "claimcheck-start-"));
const HOOK = join(dir, "hook.mjs");
writeFileSync(HOOK, `import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(\`
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.CC_MODULE_LOG, result.url + "\\\\n");
  return result;
}\`));
`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function loaded(args: string[]): Promise<string[]> {
  const log = join(dir, `${args[0]}.log`);
  writeFileSync(log, "");
  await promisify(execFile)(process.execPath, ["--import", pathToFileURL(HOOK).href, BIN, ...args], {
    cwd: ROOT, env: { ...process.env, CC_MODULE_LOG: log },
  }).catch((error: { code?: number }) => expect(error.code).toBe(1)); // check exits 1 on this article
  return readFileSync(log, "utf8").trim().split("\n");
}

const HEAVY = /@aws-sdk|@smithy|dynalite|\/functions\/store\//;

describe("what a command loads", () => {
  it("--version loads only the command's entry, help and version", async () => {
    const modules = await loaded(["--version"]);
    expect(modules.filter((m) => HEAVY.test(m) || /chrono-node|\/core\//.test(m))).toEqual([]);
  }, 60_000);

  it("extract loads the extractor but neither the store nor the AWS SDK; check loads both", async () => {
    const extract = await loaded(["extract", "examples/001_9fa802cff792e669.txt"]);
    expect(extract.some((m) => m.includes("/core/"))).toBe(true);
    expect(extract.filter((m) => HEAVY.test(m))).toEqual([]);
    const check = await loaded(["check", "--fresh", "examples/001_9fa802cff792e669.txt"]);
    expect(check.some((m) => HEAVY.test(m))).toBe(true);
  }, 120_000);
});
