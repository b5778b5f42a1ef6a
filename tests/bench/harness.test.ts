import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The benchmark harness in --quick mode, as CI runs it: it must keep running and keep its
 * output shape. Timings are not asserted (this machine is shared, and speed is the report's job).
 */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "claimcheck-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Figure { label: string; unit: string; median: number; min: number; max: number; runs: number[]; found?: number }
interface Ratio { label: string; value: number; goal: string; met: boolean }
interface Benchmark { id: string; status: string; figures: Figure[]; ratios: Ratio[]; params: Record<string, number> }

async function bench(...args: string[]) {
  return run(process.execPath, ["--expose-gc", "bench/run.mjs", ...args], { cwd: root });
}

describe("npm run bench -- --quick", () => {
  it("measures extraction beside both peers and reports it", async () => {
    const out = path.join(dir, "results.json");
    const report = path.join(dir, "BENCHMARKS.md");
    await bench("--quick", "--only", "extract", "--out", out, "--report", report);
    const results = JSON.parse(readFileSync(out, "utf8")) as { quick: boolean; machineAtStart: { cpus: number; load: number[] }; benchmarks: Benchmark[] };
    expect(results.quick).toBe(true);
    expect(results.machineAtStart.cpus).toBeGreaterThan(0);
    expect(results.machineAtStart.load).toHaveLength(3);
    const [extract] = results.benchmarks;
    expect(results.benchmarks).toHaveLength(1);
    expect(extract!.id).toBe("extract");
    expect(extract!.status).toBe("ok");
    expect(extract!.params.corpusBytes).toBeGreaterThanOrEqual(50_000);
    expect(extract!.figures.map((f) => f.label.split(" ")[0])).toEqual(["claimcheck", "chrono-node", "Recognizers-Text,"]);
    for (const f of extract!.figures) {
      expect(f.unit).toBe("MB/s");
      expect(f.runs).toHaveLength(1);
      expect(f.median).toBeGreaterThan(0);
      expect(f.min).toBeLessThanOrEqual(f.median);
      expect(f.max).toBeGreaterThanOrEqual(f.median);
      expect(f.found).toBeGreaterThan(0);
    }
    expect(extract!.ratios.map((r) => r.goal)).toEqual([">= 0.5x", ">= 500x"]);
    for (const r of extract!.ratios) expect(r.met).toBe(r.value >= Number.parseFloat(r.goal.slice(3)));
    const markdown = readFileSync(report, "utf8");
    expect(markdown).toContain("## Machine");
    expect(markdown).toContain("claimcheck / chrono-node");
    expect(markdown).toContain("--quick --only extract");
  }, 180_000);

  it("says how to run the long mode (100,000 stored) and writes nothing when asked for help", async () => {
    const { stdout } = await bench("--help");
    expect(stdout).toContain("--large 100000");
    expect(stdout).toContain("--report FILE");
    for (const name of ["extract", "check", "api", "lambda", "recheck"]) expect(stdout).toContain(name);
  }, 60_000);

  it("refuses an unknown benchmark name", async () => {
    await expect(bench("--quick", "--only", "nosuch")).rejects.toMatchObject({ code: 2 });
  }, 60_000);
});
