import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../functions/cli.js";
import type { CliIo } from "../../functions/cli/io.js";
import { humanSummary, progressLine } from "../../functions/cli/recheck-progress.js";
import { startEmbeddedStore } from "../../functions/store/index.js";
import { ingest, story, storeAsOldExtractor } from "./seed.js";

function sink() {
  let text = "";
  const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
}

function ioFor(cwd: string, interactive: boolean) {
  const stdout = sink();
  const stderr = sink();
  const io: CliIo = { stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream, cwd, interactive, env: {} };
  return { io, stdout: stdout.text, stderr: stderr.text };
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A project directory whose ./.claimcheck holds one old-extractor story and a newer conflicting one. */
async function seededProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claimcheck-recheck-"));
  dirs.push(dir);
  const embedded = await startEmbeddedStore({ path: join(dir, ".claimcheck") });
  await storeAsOldExtractor(embedded, story("older", "2024-08-01", "3.6 million", 4000));
  await ingest(embedded, story("newer", "2024-08-03", "3.1 million", 4000));
  await embedded.close();
  return dir;
}

describe("claimcheck recheck", () => {
  it("--json prints exactly DESIGN.md's summary shape; a second run opens nothing", async () => {
    const dir = await seededProject();
    const first = ioFor(dir, false);
    expect(await main(["recheck", "--json"], first.io)).toBe(0);
    const summary = JSON.parse(first.stdout()) as Record<string, number>;
    expect(Object.keys(summary).sort()).toEqual(["articles", "claims", "durationMs", "opened", "resolved", "unchanged"]);
    expect(summary).toMatchObject({ articles: 2, opened: 1, resolved: 0 });
    expect(first.stderr()).not.toContain("\r");
    expect(first.stderr()).toMatch(/^phase 1\/2 articles \[[#-]{24}\] \d\/2 /m);

    const second = ioFor(dir, false);
    expect(await main(["recheck", "--json", "--store", ".claimcheck"], second.io)).toBe(0);
    expect(JSON.parse(second.stdout())).toMatchObject({ articles: 2, opened: 0, resolved: 0, unchanged: 1 });
  });

  it("on a terminal draws a bar in place on stderr and prints a sentence", async () => {
    const dir = await seededProject();
    const run = ioFor(dir, true);
    expect(await main(["recheck"], run.io)).toBe(0);
    expect(run.stderr()).toMatch(/\rphase 1\/2 articles \[[#-]{24}\] \d\/2 · claims 0 · [\d.]+\/s · ETA \S+/);
    expect(run.stderr().endsWith("\n")).toBe(true);
    expect(run.stdout()).toMatch(/^Re-checked 2 articles and \d+ claims in [\d.]+ s: 1 finding opened, 0 resolved, \d+ unchanged\.\n$/);
  });

  it("answers --help, and bad usage with exit 2", async () => {
    const help = ioFor(tmpdir(), false);
    expect(await main(["recheck", "--help"], help.io)).toBe(0);
    expect(help.stdout()).toContain("Usage: claimcheck recheck [--json] [--store DIR]");
    const bad = ioFor(tmpdir(), false);
    expect(await main(["recheck", "--bogus"], bad.io)).toBe(2);
    expect(bad.stderr()).toContain("--bogus");
    const stray = ioFor(tmpdir(), false);
    expect(await main(["recheck", "file.txt"], stray.io)).toBe(2);
  });
});

describe("progress lines", () => {
  const progress = { phase: "articles" as const, articles: 50, reextracted: 3, subjects: 0, claims: 0, opened: 0, resolved: 0 };

  it("show done/total, rate and ETA when the totals are known", () => {
    expect(progressLine({ ...progress, totals: { articles: 100, subjects: 9 } }, 5000))
      .toBe("phase 1/2 articles [############------------] 50/100 · claims 0 · 10.0/s · ETA 5s");
    expect(progressLine({ ...progress, phase: "subjects", subjects: 3, claims: 700, totals: { articles: 100, subjects: 9 } }, 60_000))
      .toBe("phase 2/2 subjects [########----------------] 3/9 · articles 50 · claims 700 · 0.1/s · ETA 2m00s");
  });

  it("leave the ETA open without totals or before anything is done", () => {
    expect(progressLine(progress, 5000)).toBe("phase 1/2 articles 50 · claims 0 · 10.0/s · ETA --");
    expect(progressLine({ ...progress, articles: 0, totals: { articles: 10, subjects: 1 } }, 0)).toMatch(/ETA --$/);
  });

  it("say when a run stopped early", () => {
    expect(humanSummary({ articles: 1, claims: 2, opened: 0, resolved: 0, unchanged: 0, durationMs: 10 }, false)).toContain("Stopped early");
  });
});
