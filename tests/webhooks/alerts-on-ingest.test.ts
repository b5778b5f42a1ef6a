import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Finding } from "../../core/index.js";
import { announcer } from "../../functions/alerts/index.js";
import { startReceiver, type Receiver } from "../alerts/receiver.js";
import { ALERT_SECRET, alertDeps, verifiesWith } from "../alerts/support.js";
import { fixture, ghostSignature, startWebhookHarness, type WebhookHarness } from "./support.js";

/**
 * From CMS to desk: a Ghost story with a self-contradicting conversion ("a 30-mile (18.6-mile)
 * strip") comes in through the webhook, is checked, and the contradiction goes out to the
 * alert endpoint exactly once.
 */

const SECRET = "ghost-ingest-secret-0f3a";
const ARTICLE = "ghost-6740a3c1f1e2b10001a0c3d4";

describe("webhook ingest announces new contradictions", () => {
  let h: WebhookHarness;
  let receiver: Receiver;
  beforeEach(async () => {
    h = await startWebhookHarness({ webhookSecrets: { ghost: [SECRET] } });
  });
  afterEach(async () => {
    await receiver.close();
    await h.close();
  });

  const deliver = (app: WebhookHarness["app"], name: string) => {
    const body = fixture(name);
    return app.request("/webhooks/ghost", {
      method: "POST", body,
      headers: { "content-type": "application/json", "x-ghost-signature": ghostSignature(SECRET, body, h.clock.ms) },
    });
  };
  const appAlertingTo = (endpoints: string[], wrap = (f: (x: Finding[]) => Promise<void>) => f) =>
    h.appWith({ onFindingsOpened: wrap(announcer(alertDeps(h.embedded, h.clock, endpoints))) });
  const findings = () => h.embedded.store.findingsForArticle(ARTICLE);

  it("sends one signed alert for the contradiction, none for a redelivery, none after the correction", async () => {
    receiver = await startReceiver(() => 200);
    const app = appAlertingTo([receiver.url]);

    expect((await deliver(app, "ghost-post-published.json")).status).toBe(200);
    expect(receiver.received).toHaveLength(1);
    const [alert] = receiver.received;
    expect(verifiesWith(ALERT_SECRET, alert!)).toBe(true);
    const { data } = JSON.parse(alert!.body) as { data: Finding };
    expect(data).toMatchObject({ kind: "conversion-mismatch", severity: "contradiction", status: "open" });
    expect(data.claims.map((c) => c.articleId)).toContain(ARTICLE);
    expect(data.claims.map((c) => c.text).join(" ")).toMatch(/30-mile|18\.6-mile/);

    h.clock.advance(10_000);
    expect(await (await deliver(app, "ghost-post-published.json")).json()).toMatchObject({ duplicate: true });
    h.clock.advance(60_000);
    expect((await deliver(app, "ghost-post-published-edited.json")).status).toBe(200);
    expect(receiver.received).toHaveLength(1);
    const mismatch = (await findings()).find((f) => f.id === data.id);
    expect(mismatch?.status).toBe("resolved");
  });

  it("answers the CMS 200 even when the alert endpoint is down, and keeps the alert", async () => {
    receiver = await startReceiver(() => 503);
    const app = appAlertingTo([receiver.url]);
    expect((await deliver(app, "ghost-post-published.json")).status).toBe(200);
    const later = new Date(h.clock.ms + 24 * 3600_000).toISOString();
    const [kept] = await h.embedded.store.dueAlerts(later, 10);
    expect(kept).toMatchObject({ endpoint: receiver.url, attempts: 1, lastError: "HTTP 503" });
  });

  it("announces on the CMS's retry what an interrupted first attempt saved but never queued", async () => {
    receiver = await startReceiver(() => 200);
    let failures = 1;
    const app = appAlertingTo([receiver.url], (announce) => async (found) => {
      if (failures-- > 0) throw new Error("the outbox was unreachable");
      await announce(found);
    });

    expect((await deliver(app, "ghost-post-published.json")).status).toBe(500);
    expect(await h.embedded.store.getArticle(ARTICLE)).not.toBeNull();
    expect(receiver.received).toHaveLength(0);

    h.clock.advance(5_000);
    const retry = await deliver(app, "ghost-post-published.json");
    expect(retry.status).toBe(200);
    expect(await retry.json()).toMatchObject({ duplicate: false, checked: true });
    expect(receiver.received).toHaveLength(1);
  });
});
