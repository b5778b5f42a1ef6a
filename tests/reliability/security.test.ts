import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../functions/http/openapi-doc.js";
import { stageConfig } from "../../stacks/config.js";
import { AUTH, RELIABILITY_KEY, problemBody, startReliabilityApp, type Item, type ReliabilityApp } from "../support/reliability-app.js";

/**
 * Credentials: every write route and every webhook source refuses missing, wrong and malformed
 * credentials with a 401 problem and stores nothing; no credential, presented or configured,
 * reaches a log line or a response body. Timing safety is read from the code (functions/http/
 * auth.ts hashes both sides to equal-length digests; functions/webhooks/crypto.ts compares
 * fixed-length MACs or hashed tokens) and tested here for what can break: keys of every length.
 */
const SECRETS = {
  standard: `whsec_${Buffer.from("reliability-standard-secret-0001").toString("base64")}`,
  ghost: "reliability-ghost-secret-5e1d",
  arc: "reliability-arc-secret-77c2",
  wordpress: "reliability-wp-token-90ab",
};
const fixture = (name: string) => readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url), "utf8");
const PAYLOADS: Record<keyof typeof SECRETS, string> = {
  standard: fixture("standard-article-published.json"),
  ghost: fixture("ghost-post-published.json"),
  arc: fixture("arc-story-update.json"),
  wordpress: fixture("wordpress-rest-post.json"),
};

let r: ReliabilityApp;
let before: Item[];
let findingId: string;
/** Every response body seen, to search for leaked credentials at the end. */
const bodies: string[] = [];
/** Credentials presented by the tests (wrong ones too): none may be echoed or logged. */
const presented = new Set<string>([RELIABILITY_KEY, ...Object.values(SECRETS)]);

beforeAll(async () => {
  r = await startReliabilityApp({ webhookSecrets: Object.fromEntries(Object.entries(SECRETS).map(([k, v]) => [k, [v]])) });
  const seed = { id: "sec-1", published: "2024-08-06", body: "The army wants a 30-mile (18.6-mile) deep strip." };
  const res = await r.app.request("/articles", { method: "POST", headers: { ...AUTH, "Content-Type": "application/json" }, body: JSON.stringify(seed) });
  const created = (await res.json()) as { findings: { id: string }[] };
  findingId = created.findings[0]!.id;
  before = await r.dump();
});
afterAll(async () => { await r.close(); });

async function refused(path: string, init: RequestInit, status = 401): Promise<void> {
  const res = await r.app.request(path, init);
  const text = await res.clone().text();
  bodies.push(text);
  expect(res.status, `${init.method} ${path}`).toBe(status);
  await problemBody(res);
  if (status === 401) expect(res.headers.get("WWW-Authenticate")).toBeTruthy();
  expect(await r.dump()).toEqual(before);
}

/** Each write route of the API (from the same list /openapi.json is built from), on real ids. */
function writeRoutes(): { method: string; path: string; body?: string; type?: string }[] {
  return OPERATIONS.filter((op) => op.write).map((op) => ({
    method: op.method.toUpperCase(),
    path: op.path.replace("{id}", op.path.startsWith("/findings") ? findingId : "sec-1"),
    ...(op.method === "post" ? { body: JSON.stringify({ id: "sec-2", body: "A 40-km strip." }), type: "application/json" } : {}),
    ...(op.method === "patch" ? { body: JSON.stringify({ status: "dismissed" }), type: "application/json" } : {}),
  }));
}

describe("write routes without the right API key", () => {
  const wrong = [
    undefined, "", "Bearer", "Bearer ", `Basic ${Buffer.from(`user:${RELIABILITY_KEY}`).toString("base64")}`, RELIABILITY_KEY,
    `Bearer ${RELIABILITY_KEY.slice(0, -1)}`, `Bearer ${RELIABILITY_KEY}x`, `Bearer ${"k".repeat(RELIABILITY_KEY.length)}`,
    "Bearer k", `Bearer ${"k".repeat(5000)}`, `Bearer ${RELIABILITY_KEY} ${RELIABILITY_KEY}`, `Token ${RELIABILITY_KEY}`,
  ];

  it("every write route is 401 with a challenge, and nothing changes", async () => {
    expect(writeRoutes().map((w) => w.method).sort()).toEqual(["DELETE", "PATCH", "POST"]);
    for (const route of writeRoutes()) {
      for (const authorization of wrong) {
        const headers: Record<string, string> = { ...(route.type ? { "Content-Type": route.type } : {}), ...(authorization === undefined ? {} : { Authorization: authorization }) };
        await refused(route.path, { method: route.method, headers, ...(route.body ? { body: route.body } : {}) });
      }
    }
  });

  it("random tokens of any length are a 401, never a crash of the comparison", async () => {
    const route = writeRoutes().find((w) => w.method === "DELETE")!;
    await fc.assert(fc.asyncProperty(fc.string({ unit: fc.constantFrom(..."abcXYZ019-._~+/=".split("")), minLength: 1, maxLength: 600 }), async (token) => {
      fc.pre(token !== RELIABILITY_KEY);
      if (token.length >= 8) presented.add(token);
      await refused(route.path, { method: "DELETE", headers: { Authorization: `Bearer ${token}` } });
    }), { numRuns: 60 });
  });
});

describe("webhooks without the right signature or token", () => {
  const now = Math.floor(Date.parse("2026-11-21T12:00:00.000Z") / 1000);
  const forged: Record<keyof typeof SECRETS, Record<string, string>[]> = {
    standard: [{}, { "webhook-id": "msg_1", "webhook-timestamp": String(now) }, { "webhook-id": "msg_1", "webhook-timestamp": String(now), "webhook-signature": `v1,${Buffer.alloc(32, 7).toString("base64")}` },
      { "webhook-id": "msg_1", "webhook-timestamp": String(now), "webhook-signature": "v1,short" }, { "webhook-id": "msg_1", "webhook-timestamp": String(now), "webhook-signature": `v1,${"A".repeat(5000)}` }],
    ghost: [{}, { "x-ghost-signature": `sha256=${"0".repeat(64)}, t=${now * 1000}` }, { "x-ghost-signature": "sha256=abc, t=1" }, { "x-ghost-signature": "garbage" }],
    arc: [{}, { "x-websked-signature": "0".repeat(64) }, { "x-websked-signature": "00" }, { "x-websked-signature": "z".repeat(3000) }],
    wordpress: [{}, { "x-claimcheck-token": "reliability-wp-token-90aX" }, { "x-claimcheck-token": "r" }, { "x-claimcheck-token": "r".repeat(4000) }],
  };

  for (const source of Object.keys(SECRETS) as (keyof typeof SECRETS)[]) {
    it(`${source}: forged, missing or malformed credentials are 401 and store nothing`, async () => {
      for (const headers of forged[source]) {
        Object.values(headers).filter((v) => v.length >= 8).forEach((v) => presented.add(v));
        await refused(`/webhooks/${source}`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: PAYLOADS[source] });
      }
    });
  }

  it("wordpress: a wrong ?token= is 401 too (query strings end up in access logs, so it must not be echoed)", async () => {
    presented.add("reliability-wp-token-wrong1");
    await refused("/webhooks/wordpress?token=reliability-wp-token-wrong1", { method: "POST", headers: { "Content-Type": "application/json" }, body: PAYLOADS.wordpress });
  });

  it("a 10 MB delivery streamed without a length is 413 before any signature work", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({ pull(c) { if (pulled++ < 160) c.enqueue(chunk); else c.close(); } });
    await refused("/webhooks/standard", { method: "POST", headers: { "Content-Type": "application/json" }, body, duplex: "half" } as RequestInit, 413);
    expect(pulled).toBeLessThan(40);
  });
});

describe("rate limits", () => {
  // The app has no limiter of its own: in AWS the HTTP API's throttling is the limit (stacks/),
  // and `claimcheck serve` only takes open writes on loopback. Every stage must set one.
  it("every kind of stage throttles its API", () => {
    for (const stage of ["prod", "production", "dev", "alice", "pr-123"]) {
      const { throttle } = stageConfig(stage);
      expect(throttle.rate, stage).toBeGreaterThan(0);
      expect(throttle.burst, stage).toBeGreaterThanOrEqual(throttle.rate);
    }
  });
});

describe("secrets stay secret", () => {
  it("a key sent to a read route is not logged either", async () => {
    const res = await r.app.request("/findings", { headers: { Authorization: `Bearer ${RELIABILITY_KEY}`, "x-api-key": RELIABILITY_KEY } });
    bodies.push(await res.text());
    expect(res.status).toBe(200);
  });

  it("no configured or presented credential appears in any log line or response body", () => {
    const logs = r.logs.join("\n");
    const answers = bodies.join("\n");
    expect(r.logs.length).toBeGreaterThan(50);
    console.log(`secrets: ${presented.size} credentials searched for in ${r.logs.length} log lines and ${bodies.length} response bodies`);
    for (const secret of presented) {
      expect(logs.includes(secret), `log carries ${secret.slice(0, 12)}…`).toBe(false);
      expect(answers.includes(secret), `a response carries ${secret.slice(0, 12)}…`).toBe(false);
    }
  });
});
