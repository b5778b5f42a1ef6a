import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../functions/cli/serve.js";
import { loadConfig } from "../../functions/config.js";
import { createLogger } from "../../functions/log.js";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { RELIABILITY_KEY, dumpTable, type Item } from "../support/reliability-app.js";

/**
 * What only a real socket can do to the server (`startServer` on 127.0.0.1): headers larger than
 * Node accepts, a body that trickles in, a client that hangs up halfway. The server must answer
 * the others meanwhile, and store nothing from a request it never fully received.
 */
let embedded: EmbeddedStore & { endpoint: string };
let server: RunningServer;
let before: Item[];

beforeAll(async () => {
  embedded = await startEmbeddedStore({ tcp: true });
  const config = loadConfig({ CLAIMCHECK_API_KEYS: RELIABILITY_KEY, CLAIMCHECK_DYNAMODB_ENDPOINT: embedded.endpoint, CLAIMCHECK_TABLE: embedded.table }, { mode: "local" });
  server = await startServer({ host: "127.0.0.1", port: 0, config, logger: createLogger({ write: () => undefined }) });
  before = await dumpTable(embedded.endpoint, embedded.table);
});
afterAll(async () => {
  await server.close();
  await embedded.close();
});

/** Opens a raw connection and writes the request head of a POST with a declared length. */
function openPost(length: number): Promise<ReturnType<typeof connect>> {
  const { hostname, port } = new URL(server.url);
  return new Promise((done) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`POST /articles HTTP/1.1\r\nHost: ${hostname}\r\nAuthorization: Bearer ${RELIABILITY_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`);
      done(socket);
    });
  });
}

describe("the real server on a real socket", () => {
  it("headers over Node's limit are a 431 from Node, and the server keeps serving", async () => {
    const res = await fetch(`${server.url}/articles`, { method: "POST", headers: { Authorization: `Bearer ${"k".repeat(100_000)}`, "Content-Type": "application/json" }, body: "{}" });
    expect(res.status).toBe(431);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("a body trickling in does not hold up other requests", async () => {
    const body = JSON.stringify({ id: "trickle", body: "A 30-km strip." });
    const socket = await openPost(Buffer.byteLength(body));
    const answer = new Promise<string>((done) => {
      let text = "";
      socket.on("data", (d: Buffer) => { text += d.toString(); if (text.includes("\r\n\r\n")) done(text); });
      socket.on("close", () => done(text));
    });
    for (const char of body.slice(0, 10)) {
      socket.write(char);
      await new Promise((r) => setTimeout(r, 30));
    }
    expect((await fetch(`${server.url}/health`)).status).toBe(200); // answered while the slow body is open
    socket.write(body.slice(10)); // not end(): a half-closed socket may lose its answer
    expect(await answer).toMatch(/^HTTP\/1\.1 201/);
    socket.destroy();
    expect((await fetch(`${server.url}/articles/trickle`)).status).toBe(200);
  });

  it("a client that hangs up halfway through its body stores nothing, and the server lives on", async () => {
    const stateBefore = await dumpTable(embedded.endpoint, embedded.table);
    const body = JSON.stringify({ id: "hung-up", body: "About 3.6 million Syrian refugees live in Turkey." });
    const socket = await openPost(Buffer.byteLength(body));
    socket.write(body.slice(0, 20));
    await new Promise((r) => setTimeout(r, 50));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 200));
    expect((await fetch(`${server.url}/articles/hung-up`)).status).toBe(404);
    expect(await dumpTable(embedded.endpoint, embedded.table)).toEqual(stateBefore);
    expect(stateBefore.length).toBeGreaterThan(before.length); // the trickled article is there, nothing else
  });
});
