import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkClaims, extractClaims, type Claim, type Finding } from "../../core/index.js";
import { surelyRelated } from "../../core/check/claim-index.js";
import { startServer, type RunningServer } from "../../functions/cli/serve.js";
import { loadConfig } from "../../functions/config.js";
import { createLogger } from "../../functions/log.js";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { RELIABILITY_KEY, dumpTable, tally } from "../support/reliability-app.js";
import { story, type Story } from "../support/reliability-stories.js";

/**
 * The real server (`startServer`, as `claimcheck serve` runs it: @hono/node-server on
 * 127.0.0.1, a random port, the embedded store) under CLIENTS concurrent clients posting
 * distinct stories over loopback until MAX_POSTS are sent or DURATION_MS has passed. Then the
 * store is read back: every accepted story's claims exactly once, every finding it must have.
 * The embedded store runs in this process and is handed to the server through its endpoint, so
 * the test can read it after the server is gone.
 */
const CLIENTS = 100;
const MAX_POSTS = 300;
const DURATION_MS = 10_000;
/**
 * Stories posted one by one before the burst (every place, both kinds of designed conflict),
 * so later stories have answered predecessors to conflict with however slow the machine is.
 */
const WARM_UP = 12;

interface Sent {
  story: Story;
  status: number;
  /** performance.now() when the request left and when its answer was read. */
  start: number;
  end: number;
}

let embedded: EmbeddedStore & { endpoint: string };
let server: RunningServer;
const sent: Sent[] = [];
const logs: string[] = [];
let elapsedMs = 0;

async function client(next: () => number | null): Promise<void> {
  for (let i = next(); i !== null; i = next()) {
    const s = story("load", i);
    const start = performance.now();
    const res = await fetch(`${server.url}/articles`, {
      method: "POST", headers: { Authorization: `Bearer ${RELIABILITY_KEY}`, "Content-Type": "application/json" }, body: JSON.stringify(s),
    });
    await res.arrayBuffer();
    sent.push({ story: s, status: res.status, start, end: performance.now() });
  }
}

beforeAll(async () => {
  embedded = await startEmbeddedStore({ tcp: true });
  const config = loadConfig({ CLAIMCHECK_API_KEYS: RELIABILITY_KEY, CLAIMCHECK_DYNAMODB_ENDPOINT: embedded.endpoint, CLAIMCHECK_TABLE: embedded.table }, { mode: "local" });
  server = await startServer({ host: "127.0.0.1", port: 0, config, logger: createLogger({ write: (line) => logs.push(line) }) });
  let issued = 0;
  await client(() => (issued < WARM_UP ? issued++ : null));
  const began = performance.now();
  const next = () => (issued < WARM_UP + MAX_POSTS && performance.now() - began < DURATION_MS ? issued++ : null);
  await Promise.all(Array.from({ length: CLIENTS }, () => client(next)));
  elapsedMs = performance.now() - began;
  await server.close();
}, 120_000);
afterAll(async () => { await embedded.close(); });

async function allOnHead(head: string): Promise<Claim[]> {
  const out: Claim[] = [];
  let cursor: string | undefined;
  do {
    const page = await embedded.store.claimsBySubject(head, cursor, 100);
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

const sortedIds = (claims: { id: string }[]) => claims.map((c) => c.id).sort();

describe(`${CLIENTS} concurrent clients posting distinct stories to the real server`, () => {
  it("every request was answered 201", () => {
    const burst = sent.slice(WARM_UP);
    const latencies = burst.map((s) => s.end - s.start).sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
    console.log(`load: ${burst.length} posts by ${CLIENTS} clients in ${Math.round(elapsedMs)} ms (${(burst.length / (elapsedMs / 1000)).toFixed(1)}/s) after ${WARM_UP} one by one; latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
    expect(burst.length).toBeGreaterThanOrEqual(CLIENTS);
    expect(sent.filter((s) => s.status !== 201).map((s) => `${s.story.id}: ${s.status}`)).toEqual([]);
  });

  it("each story is stored with exactly the claims extraction gives its text", async () => {
    for (const { story: s } of sent) {
      const stored = await embedded.store.getArticle(s.id);
      expect(stored?.article.body, s.id).toBe(s.body);
      expect(stored?.claims, s.id).toEqual(extractClaims(s));
    }
  });

  it("every subject head holds each claim on it exactly once, and no other", async () => {
    const expected = new Map<string, Claim[]>();
    for (const { story: s } of sent) {
      for (const claim of extractClaims(s)) {
        const head = claim.subject?.key.split("|")[0];
        if (head) expected.set(head, [...(expected.get(head) ?? []), claim]);
      }
    }
    for (const [head, claims] of expected) expect(sortedIds(await allOnHead(head)), head).toEqual(sortedIds(claims));
    const counts = tally(await dumpTable(embedded.endpoint, embedded.table));
    expect(counts.articles).toBe(sent.length);
    expect(counts.claims).toBe(sent.reduce((n, s) => n + extractClaims(s.story).length, 0));
  });

  // Under keys read by the nearest claims only (levels, dates), which earlier story a check meets
  // may depend on what else was stored meanwhile, including stories still in flight; but a check
  // always reads every claim filed on its own claim's day, and every claim in a window read whole
  // (an event's days). Those are what each story is held to: `surelyRelated`.
  it("every finding a story must have is stored: its own, and against each story answered before it was sent that the index surely reads", async () => {
    let crossExpected = 0;
    for (const later of sent) {
      const earlier = sent.filter((s) => s.end < later.start && s.story.id !== later.story.id);
      const claims = extractClaims(later.story);
      const related = { claims: surelyRelated(claims, earlier.flatMap((s) => extractClaims(s.story))), articles: earlier.map((s) => ({ id: s.story.id, published: s.story.published })) };
      const must = checkClaims({ article: later.story, claims, related });
      crossExpected += must.filter((f) => f.kind === "cross-article-conflict").length;
      const stored = new Set((await embedded.store.findingsForArticle(later.story.id)).map((f: Finding) => f.id));
      expect(must.map((f) => f.id).filter((id) => !stored.has(id)), later.story.id).toEqual([]);
    }
    expect(crossExpected).toBeGreaterThan(0); // the designed conflicts were really exercised
  });

  it("the log names no key and no story text", () => {
    const text = logs.join("\n");
    expect(text).not.toContain(RELIABILITY_KEY);
    expect(text).not.toContain("Syrian refugees");
    expect(logs.filter((l) => l.includes('"msg":"request"')).length).toBe(sent.length);
  });
});
