/**
 * Figures as the report shows them: the median of several runs, with the min and max, so one
 * run disturbed by another process on this shared machine does not become the headline.
 */

/** @example summarize([3, 1, 2]) // { median: 2, min: 1, max: 3, runs: [3, 1, 2] } */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: samples };
}

/** A named figure: `higherIsBetter` tells the report which way a ratio points. */
export function figure(label, unit, samples, extra = {}) {
  return { label, unit, ...summarize(samples), ...extra };
}

/**
 * Times `fn` `runs` times after `warmup` untimed calls (JIT, caches), collecting garbage
 * between runs when node runs with --expose-gc so one run's garbage is not the next one's pause.
 * @example const ms = await timeRuns(() => extractAll(text), { runs: 5, warmup: 1 })
 */
export async function timeRuns(fn, { runs, warmup = 1 }) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Times several functions in alternation, one run of each per round, so that a slow spell of
 * this shared machine falls on all of them rather than on whichever happened to run then.
 * For figures that are compared with each other as a ratio. Garbage is collected once before
 * the rounds, not between runs: a forced full collection before every run left both
 * extractors 20-40% slower than a process that keeps running (measured on the extraction
 * pair), a state no server is in, and it weighed on the one that allocates more.
 * @example const { ours, theirs } = await timeAlternating({ ours: a, theirs: b }, { runs: 5 })
 */
export async function timeAlternating(fns, { runs, warmup = 1 }) {
  const entries = Object.entries(fns);
  for (let i = 0; i < warmup; i++) for (const [, fn] of entries) await fn();
  const samples = Object.fromEntries(entries.map(([name]) => [name, []]));
  globalThis.gc?.();
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of entries) {
      const start = performance.now();
      await fn();
      samples[name].push(performance.now() - start);
    }
  }
  return samples;
}

/** The ratio of two medians (or, with `unit` "", a count), with the goal it is held to. */
export function ratio(label, value, goal, unit = "x") {
  const met = goal.op === ">=" ? value >= goal.value : value <= goal.value;
  return { label, value, unit, goal: `${goal.op} ${goal.value}${unit}`, met };
}
