import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * claimcheck as another project gets it: `npm pack` (the files package.json ships), the tarball
 * unpacked into a fresh project's node_modules, its dependencies linked from this checkout's
 * node_modules (what `npm install` would fetch; no registry, so the test is fast and offline),
 * then `import { extractClaims, checkClaims } from "claimcheck"` from plain Node ESM and from
 * TypeScript checked by tsc. Needs the build (`npm run build`), like the CLI tests.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; dependencies: Record<string, string> };

let dir: string;
let project: string;
let installed: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist/lib/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  dir = mkdtempSync(join(tmpdir(), "claimcheck-pack-"));
  // --ignore-scripts: `prepare` would rebuild; the test packs the build that exists.
  const { stdout } = await run("npm", ["pack", "--ignore-scripts", "--pack-destination", dir, "--json"], { cwd: ROOT });
  const [{ filename }] = JSON.parse(stdout) as [{ filename: string }];
  project = join(dir, "consumer");
  installed = join(project, "node_modules", pkg.name);
  mkdirSync(installed, { recursive: true });
  await run("tar", ["-xzf", join(dir, filename), "-C", installed, "--strip-components=1"]);
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(join(project, "node_modules", name, ".."), { recursive: true });
    symlinkSync(join(ROOT, "node_modules", name), join(project, "node_modules", name), "dir");
  }
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE = `{ id: "strip", published: "2019-10-22", body: "Turkey wants a 30-mile (18.6-mile) strip along the border." }`;

describe("the packed package", () => {
  it("ships the build, the command and the README, and no sources or tests", () => {
    const files = (function walk(at: string): string[] {
      return readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(at, e.name)) : [relative(installed, join(at, e.name))]));
    })(installed);
    for (const needed of ["package.json", "README.md", "bin/claimcheck.js", "dist/lib/index.js", "dist/lib/index.d.ts", "dist/functions/cli.js"]) expect(files).toContain(needed);
    expect(files.filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts"))).toEqual([]);
    expect(files.filter((f) => f.startsWith("tests/") || f.endsWith(".map"))).toEqual([]);
  });

  it("every package the library and the command import is a dependency, not a devDependency", () => {
    const PACKAGE = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9][\w.~-]*(?:\/.*)?$/;
    const imported = new Set<string>();
    (function walk(at: string) {
      for (const e of readdirSync(at, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(at, e.name));
        else if (e.name.endsWith(".js")) {
          const code = readFileSync(join(at, e.name), "utf8");
          const specs = [...code.matchAll(/^\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"/gm), ...code.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1]!);
          for (const spec of specs.filter((s) => PACKAGE.test(s))) imported.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
        }
      }
    })(join(installed, "dist"));
    expect([...imported]).toEqual(expect.arrayContaining(["chrono-node", "valibot", "@aws-sdk/client-dynamodb"]));
    expect([...imported].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });

  it("imports from plain Node ESM and extracts and checks a real article", async () => {
    writeFileSync(join(project, "use.mjs"), `import { extractClaims, checkClaims, EXTRACTOR_VERSION } from "claimcheck";
const article = ${ARTICLE};
const claims = extractClaims(article);
const findings = checkClaims({ article, claims, related: { claims: [], articles: [] } });
console.log(JSON.stringify({ version: EXTRACTOR_VERSION, claims: claims.map((c) => [c.text, c.value, c.unit]), findings: findings.map((f) => [f.kind, f.severity]) }));
`);
    const { stdout } = await run(process.execPath, ["use.mjs"], { cwd: project });
    const result = JSON.parse(stdout) as { version: number; claims: [string, unknown, string][]; findings: [string, string][] };
    expect(typeof result.version).toBe("number");
    expect(result.claims).toEqual(expect.arrayContaining([["30-mile", 30, "mi"], ["18.6-mile", 18.6, "mi"]]));
    expect(result.findings).toContainEqual(["conversion-mismatch", "contradiction"]);
  }, 60_000);

  it("exposes only its entry: deep imports are refused by the exports map", async () => {
    writeFileSync(join(project, "deep.mjs"), `await import("claimcheck/dist/core/index.js");`);
    await expect(run(process.execPath, ["deep.mjs"], { cwd: project })).rejects.toMatchObject({ stderr: expect.stringContaining("ERR_PACKAGE_PATH_NOT_EXPORTED") });
  }, 60_000);

  it("is typed: a TypeScript consumer type-checks, and a wrong call does not", async () => {
    writeFileSync(join(project, "use.ts"), `import { extractClaims, checkClaims, type Article, type Claim, type Finding } from "claimcheck";
const article: Article = ${ARTICLE};
const claims: Claim[] = extractClaims(article);
const findings: Finding[] = checkClaims({ article, claims, related: { claims: [], articles: [] } });
const kinds: Array<Finding["severity"]> = findings.map((f) => f.severity);
// @ts-expect-error an article needs a body
extractClaims({ id: "x" });
export { kinds };
`);
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", strict: true, noEmit: true, types: [], skipLibCheck: false },
      files: ["use.ts"],
    }));
    const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project }).then(() => "", (e: { stdout: string }) => e.stdout);
    expect(result).toBe("");
  }, 120_000);
});
