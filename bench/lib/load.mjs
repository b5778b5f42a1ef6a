/**
 * The load generator, in its own process so it does not share an event loop with the server
 * it measures: autocannon against one route, each POST a distinct generated article: another
 * outlet's report of the story of a stored article picked at random (newsroom.mjs), so every
 * post has related claims as a new report of the day's news does.
 * Usage: node bench/lib/load.mjs '{"url","method","path","seconds","connections","stored","variant","prefix"}'
 * Prints autocannon's figures as one JSON line.
 */
import autocannon from "autocannon";
import { newsroomArticle } from "./newsroom.mjs";
import { prng } from "./prng.mjs";

const options = JSON.parse(process.argv[2]);
const pick = prng(options.variant ?? 1);
let next = 0;

const request = {
  method: options.method,
  path: options.path,
  headers: { "content-type": "application/json" },
  setupRequest: (req) => (options.method !== "POST" ? req : {
    ...req,
    body: JSON.stringify(newsroomArticle(pick.int(0, options.stored - 1), { variant: (options.variant ?? 1) * 100_000 + next++, prefix: options.prefix }).article),
  }),
};

const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  requests: [request],
});
process.stdout.write(`${JSON.stringify({
  p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.mean,
  requestsPerSecond: result.requests.average, total: result.requests.total,
  non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, sent: next,
})}\n`);
