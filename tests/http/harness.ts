import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { createApp } from "../../functions/http/app.js";
import type { AppDeps } from "../../functions/http/deps.js";
import { createLogger } from "../../functions/log.js";

export const API_KEY = "test-key-0123456789abcdef";

/** A clock that ticks one second per reading, from a fixed start: findings get ordered times. */
export function tickingClock(start = "2026-11-21T12:00:00.000Z"): () => string {
  let t = Date.parse(start);
  return () => new Date((t += 1000)).toISOString();
}

export interface Harness {
  app: ReturnType<typeof createApp>;
  embedded: EmbeddedStore;
  /** Every JSON log line the app wrote. */
  logs: Record<string, unknown>[];
  /** How many articles the store holds (a full scan: fine for a test store). */
  articleCount(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The real app on the real store: dynalite in this process, in memory. Only the clock and
 * the log sink are test doubles.
 */
export async function startHarness(overrides: Partial<AppDeps> = {}): Promise<Harness> {
  const embedded = await startEmbeddedStore();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: "debug", write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createApp({
    store: embedded.store, now: tickingClock(), apiKeys: [API_KEY], logger,
    webhookSecrets: {}, alertEndpoints: [], ...overrides,
  });
  const articleCount = async () => {
    let count = 0;
    let cursor: string | undefined;
    do {
      const page = await embedded.store.scanArticles({ segment: 0, totalSegments: 1, cursor });
      count += page.items.length;
      cursor = page.cursor;
    } while (cursor);
    return count;
  };
  return { app, embedded, logs, articleCount, close: () => embedded.close() };
}

export const auth = { Authorization: `Bearer ${API_KEY}` };

export function postJson(h: Harness, path: string, body: unknown, headers: Record<string, string> = auth): Promise<Response> {
  return Promise.resolve(h.app.request(path, {
    method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body),
  }));
}

/** Asserts an RFC 9457 body and returns it. */
export async function problemOf(res: Response): Promise<{ type: string; title: string; status: number; detail: string; code: string; errors?: { field: string; message: string }[] }> {
  if (res.headers.get("Content-Type") !== "application/problem+json") throw new Error(`expected problem+json, got ${res.headers.get("Content-Type")} (${res.status})`);
  const body = (await res.json()) as Awaited<ReturnType<typeof problemOf>>;
  if (body.status !== res.status) throw new Error(`problem status ${body.status} != HTTP ${res.status}`);
  return body;
}
