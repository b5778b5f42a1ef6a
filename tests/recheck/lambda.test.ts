import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { ingest, story, storeAsOldExtractor } from "./seed.js";

/**
 * The real Lambda entry, configured through the environment as in AWS, against the embedded
 * store (its endpoint as CLAIMCHECK_DYNAMODB_ENDPOINT) and a real local alert receiver.
 */
let embedded: EmbeddedStore & { endpoint: string };
let receiver: Server;
const received: { body: string; headers: Record<string, unknown> }[] = [];

beforeAll(async () => {
  embedded = await startEmbeddedStore({ tcp: true });
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ body, headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
  Object.assign(process.env, {
    CLAIMCHECK_TABLE: embedded.table,
    CLAIMCHECK_DYNAMODB_ENDPOINT: embedded.endpoint,
    CLAIMCHECK_ALERT_URLS: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/desk`,
    CLAIMCHECK_ALERT_SECRET: `whsec_${Buffer.from("recheck-test-secret-0123456789").toString("base64")}`,
  });
});

afterAll(async () => {
  await new Promise((done) => receiver.close(done));
  await embedded.close();
});

it("runs on the cron: stops before the deadline leaving a checkpoint, the next tick finishes and alerts", async () => {
  for (let i = 0; i < 6; i++) await storeAsOldExtractor(embedded, story(`old${i}`, `2024-07-0${i + 1}`, "2.9 million", 4000 + i));
  await storeAsOldExtractor(embedded, story("older", "2024-08-01", "3.6 million", 4000));
  await ingest(embedded, story("newer", "2024-08-03", "3.1 million", 4000));
  const lines: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  const { handler } = await import("../../functions/recheck.js");

  let ticks = 0;
  const nearDeadline = { getRemainingTimeInMillis: () => (++ticks < 4 ? 300_000 : 10_000) };
  const cut = await handler({ source: "aws.events" }, nearDeadline);
  expect(cut.complete).toBe(false);
  expect(await embedded.store.getCheckpoint("recheck")).not.toBeNull();

  const done = await handler({ source: "aws.events" }, { getRemainingTimeInMillis: () => 800_000 });
  vi.restoreAllMocks();
  expect(done.complete).toBe(true);
  expect(await embedded.store.getCheckpoint("recheck")).toBeNull();
  expect(cut.opened + done.opened).toBeGreaterThanOrEqual(1);

  const summaries = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((log) => log["msg"] === "recheck");
  expect(summaries).toHaveLength(2);
  expect(summaries[1]).toMatchObject({ level: "info", service: "claimcheck-recheck", complete: true, articles: done.articles, opened: done.opened });

  const contradiction = (await embedded.store.findingsForArticle("older")).find((f) => f.severity === "contradiction");
  expect(contradiction).toBeDefined();
  expect(received.some((r) => r.body.includes(contradiction!.id) && typeof r.headers["webhook-signature"] === "string")).toBe(true);
}, 120_000);
