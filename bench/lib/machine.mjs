import { cpus, freemem, loadavg, totalmem } from "node:os";
import { readFileSync } from "node:fs";

function cpuModel() {
  try {
    const line = readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    return line ? line.split(":")[1].trim() : cpus()[0]?.model ?? "unknown";
  } catch {
    return cpus()[0]?.model ?? "unknown";
  }
}

/**
 * What the figures were measured on, including the load average: other processes share this
 * machine, and a figure means little without knowing how busy it was.
 * @example machine().load // [1.2, 0.9, 0.7]
 */
export function machine() {
  return {
    cpus: cpus().length,
    cpuModel: cpuModel(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    load: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
