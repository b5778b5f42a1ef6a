/**
 * API latency on the local server: createApp on @hono/node-server, the embedded store (dynalite
 * in this process, as `claimcheck serve` runs it), loopback only. autocannon runs in a child
 * process. POST /articles?dryRun=1 sends a distinct article each time, another outlet's report
 * of a stored article's story picked at random, so every post has related claims to check
 * against; GET /findings reads the first page. The archives grow as a newsroom's do (20 articles
 * a day), so a post meets as many related claims at 100 as at 10,000 stored articles.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./lib/corpus.mjs";
import { copyStore, seededStore } from "./lib/seed.mjs";
import { figure, ratio } from "./lib/stats.mjs";

export const id = "api";
export const title = "HTTP API on the local server";

const run$ = promisify(execFile);
const CONNECTIONS = 4;

async function load(options) {
  const { stdout } = await run$(process.execPath, [join(ROOT, "bench/lib/load.mjs"), JSON.stringify(options)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop());
}

async function startServer(path) {
  const { startEmbeddedStore } = await import(join(ROOT, "dist/functions/store/embedded.js"));
  const { createApp } = await import(join(ROOT, "dist/functions/http/app.js"));
  const { silentLogger } = await import(join(ROOT, "dist/functions/log.js"));
  const { serve } = await import("@hono/node-server");
  const embedded = await startEmbeddedStore({ path });
  const app = createApp({ store: embedded.store, now: () => new Date().toISOString(), apiKeys: [], logger: silentLogger, webhookSecrets: {}, alertEndpoints: [] });
  const server = await new Promise((done) => {
    const s = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => done(s));
  });
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: async () => {
      await new Promise((done) => server.close(() => done()));
      await embedded.close();
    },
  };
}

/** One store size's server on a fresh copy of its seeded store. */
async function serverFor(ctx, size) {
  const copy = copyStore(ctx, await seededStore(ctx, { size }));
  const server = await startServer(copy.path);
  return { size, url: server.url, close: async () => {
    await server.close();
    copy.remove();
  } };
}

function figuresOf(size, samples) {
  const figures = [];
  for (const [route, label] of [["post", "POST /articles?dryRun=1"], ["get", "GET /findings"]]) {
    const list = samples[route];
    const extra = { stored: size, requests: list.map((s) => s.total), non2xx: list.reduce((n, s) => n + s.non2xx, 0), errors: list.reduce((n, s) => n + s.errors + s.timeouts, 0) };
    figures.push(figure(`${label}, ${size} stored: p50`, "ms", list.map((s) => s.p50), { ...extra, route, stat: "p50" }));
    figures.push(figure(`${label}, ${size} stored: p99`, "ms", list.map((s) => s.p99), { ...extra, route, stat: "p99" }));
    figures.push(figure(`${label}, ${size} stored: requests/s`, "req/s", list.map((s) => s.requestsPerSecond), { ...extra, route, stat: "rps" }));
  }
  return figures;
}

/**
 * Both store sizes served at once and measured in alternation, run by run: load from other
 * processes on this machine drifts over minutes, and alternating spreads it over both sizes
 * instead of handing it to whichever ran first. Every POST is a new article: the stores grow a little.
 */
async function measure(ctx, sizes, runs, seconds) {
  const servers = [];
  const samples = new Map(sizes.map((size) => [size, { post: [], get: [] }]));
  try {
    for (const size of sizes) servers.push(await serverFor(ctx, size));
    for (let r = 0; r < runs; r++) {
      for (const server of r % 2 === 0 ? servers : [...servers].reverse()) {
        ctx.log(`api: ${server.size} stored, run ${r + 1}/${runs}`);
        const common = { url: server.url, seconds, connections: CONNECTIONS, stored: server.size };
        samples.get(server.size).post.push(await load({ ...common, method: "POST", path: "/articles?dryRun=1", prefix: `p${server.size}r${r}-`, variant: r + 1 }));
        samples.get(server.size).get.push(await load({ ...common, method: "GET", path: "/findings" }));
      }
    }
  } finally {
    for (const server of servers) await server.close();
  }
  return sizes.flatMap((size) => figuresOf(size, samples.get(size)));
}

export async function run(ctx) {
  const sizes = ctx.quick ? [20, 60] : ctx.long ? [100, ctx.large, 100_000] : [100, ctx.large];
  const [small, large] = [sizes[0], sizes[1]];
  const runs = ctx.quick ? 1 : 3;
  const seconds = ctx.quick ? 2 : 10;
  const figures = await measure(ctx, sizes, runs, seconds);
  const p50 = (route, size) => figures.find((f) => f.route === route && f.stat === "p50" && f.stored === size).median;
  return {
    params: { sizes, articlesPerDay: 20, runs, secondsPerRun: seconds, connections: CONNECTIONS },
    figures,
    ratios: [
      ratio(`POST /articles?dryRun=1 p50, ${large} / ${small} stored`, p50("post", large) / p50("post", small), { op: "<=", value: 1.3 }),
      ratio(`GET /findings p50, ${large} / ${small} stored`, p50("get", large) / p50("get", small), { op: "<=", value: 1.3 }),
      ...sizes.slice(2).map((size) => ratio(`POST /articles?dryRun=1 p50, ${size} / ${small} stored`, p50("post", size) / p50("post", small), { op: "<=", value: 1.3 })),
    ],
  };
}
