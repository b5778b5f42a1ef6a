import { createHmac } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { DynamoClaimStore, type RetryPolicy } from "../../functions/store/index.js";
import { FIXED_NOW, problemBody, startReliabilityApp, type Item, type ReliabilityApp } from "../support/reliability-app.js";
import { injectFaults, isArticleCommit, isWrite, randomFaults, seededRandom } from "../support/reliability-faults.js";
import { story } from "../support/reliability-stories.js";

/**
 * A CMS delivering signed Standard Webhooks while DynamoDB misbehaves: every delivery is a 200
 * or a clean 503, the CMS redelivers (same webhook-id, same signature) until it gets a 200, and
 * the store ends exactly as without faults. The delivery log is written last, so a delivery
 * that failed half-way is taken again rather than answered as a duplicate and lost.
 */
const SECRET = `whsec_${Buffer.from("reliability-webhook-faults-0001").toString("base64")}`;
/**
 * Each injected fault is a call the SDK gave up on, and the store does not retry a call itself
 * (issue 17 item 9), so it fails the delivery; a delivery makes about 46 calls, and a 4% share
 * lets redelivery through in a few tries while failing dozens of deliveries (faults.test.ts).
 */
const FAULT_SHARE = 0.04;
const QUICK_RETRY: RetryPolicy = { attempts: 3, baseMs: 1, capMs: 2, sleep: async () => undefined, random: () => 0.5 };
const NOW_SECONDS = Math.floor(Date.parse(FIXED_NOW) / 1000);

interface Delivery { id: string; body: string }

/** Signed as the Standard Webhooks spec says, with node:crypto directly (not the code under test). */
function send(r: ReliabilityApp, d: Delivery): Promise<Response> {
  const key = Buffer.from(SECRET.slice("whsec_".length), "base64");
  const signature = `v1,${createHmac("sha256", key).update(`${d.id}.${NOW_SECONDS}.${d.body}`).digest("base64")}`;
  return Promise.resolve(r.app.request("/webhooks/standard", {
    method: "POST", headers: { "Content-Type": "application/json", "webhook-id": d.id, "webhook-timestamp": String(NOW_SECONDS), "webhook-signature": signature }, body: d.body,
  }));
}

function envelope(id: string, type: string, data: object): Delivery {
  return { id, body: JSON.stringify({ type: `article.${type}`, timestamp: FIXED_NOW, data }) };
}

/** Five publications, an edit, a deletion, and a late redelivery of the first version of the edited story. */
function deliveries(): Delivery[] {
  const published = Array.from({ length: 5 }, (_, i) => envelope(`msg_pub_${i}`, "published", story("w", i)));
  const edited = story("w", 2);
  return [
    ...published,
    envelope("msg_upd_2", "updated", { ...edited, body: `${edited.body} About 3.9 million Syrian refugees live in Turkey.` }),
    envelope("msg_del_4", "deleted", { id: "w-4" }),
    published[2]!,
  ];
}

const apps: ReliabilityApp[] = [];
async function fresh(): Promise<ReliabilityApp> {
  const r = await startReliabilityApp({ webhookSecrets: { standard: [SECRET] } }, (embedded) => new DynamoClaimStore(embedded.client, embedded.table, QUICK_RETRY));
  apps.push(r);
  return r;
}
afterAll(async () => { await Promise.all(apps.map((r) => r.close())); });

/** Redelivers until 200, as a CMS does; every failure must be a clean 503. Returns the failures. */
async function deliverUntilTaken(r: ReliabilityApp, d: Delivery): Promise<number> {
  for (let failures = 0; failures < 60; failures++) {
    const res = await send(r, d);
    if (res.status === 200) return failures;
    expect(res.status, d.id).toBe(503);
    expect(res.headers.get("Retry-After"), d.id).toMatch(/^\d+$/);
    await problemBody(res);
  }
  throw new Error(`${d.id} was never taken`);
}

describe("webhook deliveries under DynamoDB faults", () => {
  it("each is taken or a clean 503; redelivery converges to the clean state, old text never returns", async () => {
    const clean = await fresh();
    for (const d of deliveries()) expect(await deliverUntilTaken(clean, d)).toBe(0);
    const expected: Item[] = await clean.dump();

    const r = await fresh();
    const faults = injectFaults(r.embedded.client, randomFaults(seededRandom(77), FAULT_SHARE));
    let failed = 0;
    for (const d of deliveries()) failed += await deliverUntilTaken(r, d);
    faults.remove();
    expect(failed).toBeGreaterThan(0);
    expect(await r.dump()).toEqual(expected);
    const stored = (await (await r.app.request("/articles/w-2")).json()) as { article: { body: string } };
    expect(stored.article.body).toContain("3.9 million"); // the edit, not the late redelivery of the first version
    console.log(`webhook faults: ${faults.calls.filter((c) => c.fault).length} of ${faults.calls.length} calls faulted, ${failed} deliveries answered 503 and redelivered`);
  }, 60_000);

  // BUG (functions/webhooks/take-delivery.ts apply, the sameStory short-cut): when an edit's save
  // is cut off after its commit, the redelivery finds the new text already stored and skips the
  // save, so the save's last steps never run: the old revision's claim items stay behind, and
  // findings the edit made vanish stay open. POST /articles always saves, and converges.
  it("a redelivery after a save cut off after its commit finishes that save", async () => {
    const original = story("w", 3); // carries a broken conversion: 30-mile (18.6-mile)
    const fixed = { ...original, body: original.body.replace("30-mile (18.6-mile)", "30-km (18.6-mile)") };
    const plan = [envelope("msg_fix_pub", "published", original), envelope("msg_fix_upd", "updated", fixed)];
    const clean = await fresh();
    for (const d of plan) expect(await deliverUntilTaken(clean, d)).toBe(0);
    const expected = await clean.dump();
    expect(expected.some((item) => item["status"] === "resolved")).toBe(true); // the fix resolves the mismatch

    const r = await fresh();
    expect(await deliverUntilTaken(r, plan[0]!)).toBe(0);
    let committed = false;
    let cut = false;
    const faults = injectFaults(r.embedded.client, (call) => {
      if (isArticleCommit(call)) committed = true;
      else if (committed && !cut && isWrite(call)) {
        cut = true;
        return "reset";
      }
      return undefined;
    });
    expect(await deliverUntilTaken(r, plan[1]!)).toBe(1);
    faults.remove();
    expect(cut).toBe(true);
    expect(await r.dump()).toEqual(expected);
  });
});
