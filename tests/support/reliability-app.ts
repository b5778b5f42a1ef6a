import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { dynamoClient } from "../../functions/store/connect.js";
import { createApp } from "../../functions/http/app.js";
import type { AppDeps, AppStore } from "../../functions/http/deps.js";
import { createLogger } from "../../functions/log.js";

/** Long and random-looking, like a real key: if it shows up in a log or a body, it leaked. */
export const RELIABILITY_KEY = "rel-key-7f3a9c1e5b2d8f4a6c0e";
export const AUTH = { Authorization: `Bearer ${RELIABILITY_KEY}` };
/** One instant for every reading: two runs of the same requests write byte-identical items. */
export const FIXED_NOW = "2026-11-21T12:00:00.000Z";

export type Item = Record<string, unknown>;

/**
 * Every item of the table, read through a client of its own (never the one faults are injected
 * into), sorted by key: the store's whole state, for "nothing changed" and "same as a clean run".
 * @example expect(await dumpTable(a.endpoint, a.table)).toEqual(await dumpTable(b.endpoint, b.table))
 */
export async function dumpTable(endpoint: string, table: string): Promise<Item[]> {
  const client = dynamoClient({ endpoint });
  try {
    const doc = DynamoDBDocumentClient.from(client);
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const key = (item: Item) => `${String(item["pk"])}\u0000${String(item["sk"])}`;
    return items.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  } finally {
    client.destroy();
  }
}

/** How many articles, current claims and findings the items hold: the numbers a report quotes. */
export function tally(items: Item[]): { articles: number; claims: number; findings: number; items: number } {
  const type = (t: string) => items.filter((item) => item["type"] === t);
  const current = new Map(type("article").map((a) => [String(a["pk"]), a["rev"]]));
  return {
    articles: current.size,
    claims: type("claim").filter((c) => current.get(String(c["pk"])) === c["rev"]).length,
    findings: items.filter((item) => String(item["pk"]).startsWith("FINDING#")).length,
    items: items.length,
  };
}

export interface ReliabilityApp {
  app: ReturnType<typeof createApp>;
  embedded: EmbeddedStore;
  /** Every line the app's logger wrote, raw. */
  logs: string[];
  dump(): Promise<Item[]>;
  close(): Promise<void>;
}

/**
 * The real app on the real embedded store (dynalite in memory, in this process). The clock and
 * the log sink are the only doubles; `store` swaps in another store on the same client (a
 * different retry policy).
 * @example const r = await startReliabilityApp(); await r.app.request("/health"); await r.close();
 */
export async function startReliabilityApp(overrides: Partial<AppDeps> = {}, store?: (embedded: EmbeddedStore) => AppStore): Promise<ReliabilityApp> {
  const embedded = await startEmbeddedStore({ tcp: true });
  const logs: string[] = [];
  const app = createApp({
    store: store ? store(embedded) : embedded.store, now: () => FIXED_NOW, apiKeys: [RELIABILITY_KEY],
    logger: createLogger({ level: "debug", write: (line) => logs.push(line) }),
    webhookSecrets: {}, alertEndpoints: [], ...overrides,
  });
  return { app, embedded, logs, dump: () => dumpTable(embedded.endpoint, embedded.table), close: () => embedded.close() };
}

/**
 * The RFC 9457 body of `res`; throws unless it is labelled application/problem+json and its
 * `status` matches the HTTP status. Callers check the status range themselves.
 * @example expect((await problemBody(res)).code).toBe("invalid-input")
 */
export async function problemBody(res: Response): Promise<{ status: number; code: string; detail: string; type: string; title: string }> {
  const type = res.headers.get("Content-Type");
  const text = await res.text();
  if (type !== "application/problem+json") throw new Error(`expected problem+json, got ${type} (${res.status}): ${text.slice(0, 200)}`);
  const body = JSON.parse(text) as { status: number; code: string; detail: string; type: string; title: string };
  if (body.status !== res.status) throw new Error(`problem status ${body.status} but HTTP ${res.status}`);
  return body;
}
