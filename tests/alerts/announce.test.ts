import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { announce, deliverDueAlerts } from "../../functions/alerts/index.js";
import { startEmbeddedStore, type EmbeddedStore } from "../../functions/store/index.js";
import { TestClock } from "../webhooks/support.js";
import { startReceiver, type Receiver } from "./receiver.js";
import { ALERT_SECRET, alertDeps, contradiction, OLD_ALERT_SECRET, verifiesWith } from "./support.js";

/** Outbound alerts: a real local HTTP receiver, the real outbox on the embedded store. */

const SEVEN_HOURS = 7 * 3600_000;

describe("announce: contradiction alerts", () => {
  let embedded: EmbeddedStore;
  let receiver: Receiver | undefined;
  let clock: TestClock;
  beforeEach(async () => {
    embedded = await startEmbeddedStore();
    clock = new TestClock();
  });
  afterEach(async () => {
    await receiver?.close();
    receiver = undefined;
    await embedded.close();
  });
  const pending = () => embedded.store.dueAlerts(new Date(clock.ms + 365 * 24 * 3600_000).toISOString(), 100);

  it("gets a signed alert through a receiver that fails the first two attempts", async () => {
    receiver = await startReceiver((n) => (n <= 2 ? 503 : 200));
    const finding = contradiction();
    const report = await announce([finding], alertDeps(embedded, clock, [receiver.url]));

    expect(report).toEqual({ queued: 1, delivered: 1, failed: 0 });
    expect(receiver.received).toHaveLength(3);
    for (const request of receiver.received) {
      expect(request.headers["webhook-id"]).toBe(finding.id);
      expect(verifiesWith(ALERT_SECRET, request)).toBe(true);
      expect(verifiesWith(OLD_ALERT_SECRET, request)).toBe(false);
      expect(JSON.parse(request.body)).toMatchObject({ type: "finding.opened", data: { id: finding.id, severity: "contradiction" } });
    }
    expect(await pending()).toEqual([]);
  });

  it("records a delivery that keeps failing and delivers it on a later run", async () => {
    let up = false;
    receiver = await startReceiver(() => (up ? 200 : 503));
    const finding = contradiction();
    await embedded.store.putFindings([finding], clock.now());
    const deps = alertDeps(embedded, clock, [receiver.url]);

    expect(await announce([finding], deps)).toEqual({ queued: 1, delivered: 0, failed: 1 });
    const tried = receiver.received.length;
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(await embedded.store.dueAlerts(clock.now(), 10)).toEqual([]);
    const [kept] = await pending();
    expect(kept).toMatchObject({ findingId: finding.id, endpoint: receiver.url, attempts: 1, lastError: "HTTP 503" });
    expect(Date.parse(kept!.nextAttemptAt)).toBeGreaterThan(clock.ms);

    up = true;
    clock.advance(SEVEN_HOURS);
    expect(await deliverDueAlerts(deps)).toEqual({ queued: 0, delivered: 1, failed: 0 });
    expect(receiver.received.length).toBe(tried + 1);
    expect(verifiesWith(ALERT_SECRET, receiver.received.at(-1)!)).toBe(true);
    expect(await pending()).toEqual([]);
  });

  it("never announces the same finding twice", async () => {
    receiver = await startReceiver(() => 200);
    const finding = contradiction();
    await embedded.store.putFindings([finding], clock.now());
    const deps = alertDeps(embedded, clock, [receiver.url]);

    expect(await announce([finding], deps)).toMatchObject({ queued: 1, delivered: 1 });
    clock.advance(60_000);
    expect(await announce([finding], deps)).toEqual({ queued: 0, delivered: 0, failed: 0 });
    clock.advance(SEVEN_HOURS);
    expect(await deliverDueAlerts(deps)).toEqual({ queued: 0, delivered: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("announces only open contradictions", async () => {
    receiver = await startReceiver(() => 200);
    const report = await announce([
      contradiction("f-discrepancy", { severity: "discrepancy" }),
      contradiction("f-note", { severity: "note" }),
      contradiction("f-dismissed", { status: "dismissed" }),
    ], alertDeps(embedded, clock, [receiver.url]));
    expect(report).toEqual({ queued: 0, delivered: 0, failed: 0 });
    expect(receiver.received).toHaveLength(0);
  });

  it("sends a Slack incoming-webhook message, unsigned, to a slack: endpoint", async () => {
    receiver = await startReceiver(() => 200);
    const finding = contradiction("f-slack", { explanation: "3.6 million <here> & 3.5 million there" });
    const endpoint = `slack:${receiver.url}/services/T0000/B0000/XXXXXXXX`;
    expect(await announce([finding], alertDeps(embedded, clock, [endpoint]))).toMatchObject({ delivered: 1 });

    const [request] = receiver.received;
    expect(request?.path).toBe("/services/T0000/B0000/XXXXXXXX");
    expect(request?.headers["webhook-signature"]).toBeUndefined();
    const message = JSON.parse(request!.body) as { text: string; blocks: Array<{ type: string; text?: { text: string } }> };
    expect(message.text).toContain("3.6 million &lt;here&gt; &amp; 3.5 million there");
    expect(message.blocks.map((b) => b.type)).toEqual(["section", "section", "context"]);
    expect(message.blocks[1]?.text?.text).toContain("“30-mile”");
  });

  it("signs with every secret during a rotation", async () => {
    receiver = await startReceiver(() => 200);
    await announce([contradiction()], alertDeps(embedded, clock, [receiver.url], { secret: [ALERT_SECRET, OLD_ALERT_SECRET] }));
    const [request] = receiver.received;
    expect(String(request?.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verifiesWith(ALERT_SECRET, request!)).toBe(true);
    expect(verifiesWith(OLD_ALERT_SECRET, request!)).toBe(true);
  });

  it("gives up on a receiver that never answers within the budget and keeps the alert", async () => {
    receiver = await startReceiver(() => "hang");
    const deps = alertDeps(embedded, clock, [receiver.url], { retry: { attemptTimeoutMs: 150, budgetMs: 400 } });
    expect(await announce([contradiction()], deps)).toMatchObject({ delivered: 0, failed: 1 });
    const [kept] = await pending();
    expect(kept?.lastError).toMatch(/no answer within \d+ ms/);
  });

  it("does not repeat a 4xx within the request, but keeps the alert for later", async () => {
    receiver = await startReceiver(() => 400);
    expect(await announce([contradiction()], alertDeps(embedded, clock, [receiver.url]))).toMatchObject({ failed: 1 });
    expect(receiver.received).toHaveLength(1);
    expect((await pending())[0]?.lastError).toBe("HTTP 400");
  });

  it("never sends a JSON alert unsigned: without a secret it stays queued with the reason", async () => {
    receiver = await startReceiver(() => 200);
    const deps = alertDeps(embedded, clock, [receiver.url], { secret: undefined });
    expect(await announce([contradiction()], deps)).toMatchObject({ failed: 1 });
    expect(receiver.received).toHaveLength(0);
    expect((await pending())[0]?.lastError).toContain("CLAIMCHECK_ALERT_SECRET");
  });

  it("keeps retrying an alert whose endpoint is unreachable, with growing gaps", async () => {
    receiver = await startReceiver(() => 200);
    const closedUrl = receiver.url;
    await receiver.close();
    receiver = undefined;
    const finding = contradiction();
    await embedded.store.putFindings([finding], clock.now());
    const deps = alertDeps(embedded, clock, [closedUrl], { retry: { attempts: 1, budgetMs: 10_000, attemptTimeoutMs: 5_000 } });

    await announce([finding], deps);
    const gaps: number[] = [];
    for (let round = 0; round < 3; round++) {
      const [kept] = await pending();
      expect(kept?.lastError).toMatch(/^network error: /);
      gaps.push(Date.parse(kept!.nextAttemptAt) - clock.ms);
      clock.ms = Date.parse(kept!.nextAttemptAt);
      await deliverDueAlerts(deps);
    }
    expect((await pending())[0]?.attempts).toBe(4);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);
  });
});
