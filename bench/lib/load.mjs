/**
 * The load generator, in its own process so it does not share an event loop with the server
 * it measures: autocannon against one route, each POST a distinct generated article.
 * Usage: node bench/lib/load.mjs '{"url","method","path","seconds","connections","stories","prefix"}'
 * Prints autocannon's figures as one JSON line.
 */
import autocannon from "autocannon";
import { archiveArticle, loadExamples } from "./corpus.mjs";

const options = JSON.parse(process.argv[2]);
const examples = options.method === "POST" ? await loadExamples() : [];
let next = 0;

const request = {
  method: options.method,
  path: options.path,
  headers: { "content-type": "application/json" },
  setupRequest: (req) => (options.method !== "POST" ? req : {
    ...req,
    body: JSON.stringify(archiveArticle(examples, next++, { stories: options.stories, prefix: options.prefix })),
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
