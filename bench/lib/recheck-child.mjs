/**
 * One re-check run in a process of its own, against a store served elsewhere (as a Lambda
 * talks to DynamoDB), so its peak memory is the re-check's own.
 * Usage: node bench/lib/recheck-child.mjs ENDPOINT TABLE [EXTRACTOR_VERSION]
 * Prints {summary, complete, ms, cpuMs, peakRssMiB, sampledPeakRssMiB, peakHeapMiB, peakHeld, peakFindings, partitions} as one
 * JSON line (peakHeld / peakFindings: most claims / stored findings one partition walk held at once; partitions: how many were walked).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./corpus.mjs";

const [endpoint, table, version] = process.argv.slice(2);
const { connectStore } = await import(join(ROOT, "dist/functions/store/connect.js"));
const { recheck } = await import(join(ROOT, "dist/core/recheck.js"));

let sampled = process.memoryUsage().rss;
let heap = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const usage = process.memoryUsage();
  sampled = Math.max(sampled, usage.rss);
  heap = Math.max(heap, usage.heapUsed);
}, 50);

/** The kernel's high-water mark of resident memory: every peak, not only the sampled ones. */
function peakRss() {
  const line = readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
  return line ? Number(line.split(/\s+/)[1]) * 1024 : NaN;
}

const connected = connectStore({ endpoint, table });
try {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let last = { peakHeld: 0, subjects: 0 };
  const result = await recheck({
    onProgress: (progress) => void (last = progress),
    store: connected.store,
    now: () => new Date().toISOString(),
    ...(version ? { extractorVersion: Number(version) } : {}),
  });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  const mib = (bytes) => Math.round((bytes / 2 ** 20) * 10) / 10;
  process.stdout.write(`${JSON.stringify({ ...result, ms, cpuMs: (used.user + used.system) / 1000, peakRssMiB: mib(peakRss()), sampledPeakRssMiB: mib(sampled), peakHeapMiB: mib(heap), peakHeld: last.peakHeld ?? 0, peakFindings: last.peakFindings ?? 0, partitions: last.subjects })}\n`);
} finally {
  await connected.close();
}
