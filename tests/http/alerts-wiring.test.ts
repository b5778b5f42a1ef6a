import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../functions/config.js";
import { createApp } from "../../functions/http/app.js";
import { appDepsFrom } from "../../functions/http/from-config.js";
import { silentLogger } from "../../functions/log.js";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { exampleJson } from "./examples.js";

const KEY = "alerts-key-0123456789abcdef";

/**
 * The wiring `serve` and Lambda share (appDepsFrom): configuration with an alert endpoint makes
 * a POST that stores a contradiction send one signed alert to a real local receiver, once.
 */
describe("alerts from the configuration", () => {
  let embedded: EmbeddedStore;
  let receiver: Server;
  const received: { headers: Record<string, unknown>; body: { type: string; data: { kind: string; severity: string } } }[] = [];
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    embedded = await startEmbeddedStore();
    receiver = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += d.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body: JSON.parse(body) as (typeof received)[number]["body"] });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/alerts`;
    const config = loadConfig({
      CLAIMCHECK_API_KEYS: KEY, CLAIMCHECK_ALERT_URLS: url, CLAIMCHECK_ALERT_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    }, { mode: "local" });
    app = createApp(appDepsFrom(config, embedded.store, silentLogger));
  });
  afterAll(async () => {
    await new Promise<void>((done) => receiver.close(() => done()));
    await embedded.close();
  });

  const post = (query = "") => app.request(`/articles${query}`, {
    method: "POST", headers: { Authorization: `Bearer ${KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify(exampleJson("001_9fa802cff792e669")),
  });

  it("a dry run announces nothing", async () => {
    expect((await post("?dryRun=1")).status).toBe(200);
    expect(received).toEqual([]);
  });

  it("a stored contradiction is announced once, signed; re-posting does not announce it again", async () => {
    expect((await post()).status).toBe(201);
    expect(received).toHaveLength(1);
    expect(received[0]!.body).toMatchObject({ type: "finding.opened", data: { kind: "conversion-mismatch", severity: "contradiction" } });
    expect(received[0]!.headers["webhook-signature"]).toMatch(/^v1,/);
    expect((await post()).status).toBe(201);
    expect(received).toHaveLength(1);
  });
});
