import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { createApp } from "../../functions/http/app.js";
import type { AppDeps } from "../../functions/http/deps.js";
import { createLogger } from "../../functions/log.js";

/**
 * Test-side signers, written from each CMS's documentation with node:crypto directly (not with
 * the code under test), so a mistake in the production signer cannot cancel itself out.
 */

/** Standard Webhooks: base64 HMAC-SHA256 of `${id}.${ts}.${body}` keyed with the base64 part of whsec_. */
export function standardSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64")}`;
}

/** Ghost 5.87.1+: `sha256=<hex HMAC(secret, body + ts)>, t=<ts ms>` (WebhookTrigger.js). */
export function ghostSignature(secret: string, body: string, timestampMs: number): string {
  return `sha256=${createHmac("sha256", secret).update(`${body}${timestampMs}`).digest("hex")}, t=${timestampMs}`;
}

/** Arc XP WebSked: hex HMAC-SHA256 of the payload in x-websked-signature. */
export function arcSignature(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/webhooks/${name}`, import.meta.url), "utf8");
}

/** A clock the test moves by hand: "now" is whatever the test says it is. */
export class TestClock {
  constructor(public ms = Date.parse("2026-11-21T12:00:00.000Z")) {}
  now = (): string => new Date(this.ms).toISOString();
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface WebhookHarness {
  app: ReturnType<typeof createApp>;
  /** Another app on the same store and clock, with other deps (a different secret set, say). */
  appWith(overrides: Partial<AppDeps>): ReturnType<typeof createApp>;
  embedded: EmbeddedStore;
  clock: TestClock;
  logs: string[];
  post(path: string, body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** The real app (createApp) on the real embedded store; the clock and the log sink are the only doubles. */
export async function startWebhookHarness(overrides: Partial<AppDeps> = {}): Promise<WebhookHarness> {
  const embedded = await startEmbeddedStore();
  const clock = new TestClock();
  const logs: string[] = [];
  const appWith = (more: Partial<AppDeps>) => createApp({
    store: embedded.store, now: clock.now, apiKeys: ["api-key-for-tests-0123456789"],
    logger: createLogger({ level: "debug", write: (line) => logs.push(line) }),
    webhookSecrets: {}, alertEndpoints: [], ...overrides, ...more,
  });
  const app = appWith({});
  const post = async (path: string, body: string, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return { app, appWith, embedded, clock, logs, post, close: () => embedded.close() };
}
