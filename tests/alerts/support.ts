import { createHmac, timingSafeEqual } from "node:crypto";
import type { Finding } from "../../core/index.js";
import type { AlertDeps } from "../../functions/alerts/index.js";
import type { EmbeddedStore } from "../../functions/store/index.js";
import { createLogger } from "../../functions/log.js";
import type { Received } from "./receiver.js";

export const ALERT_SECRET = `whsec_${Buffer.from("alert-signing-key-for-the-tests!").toString("base64")}`;
export const OLD_ALERT_SECRET = `whsec_${Buffer.from("the-previous-alert-signing-key!!").toString("base64")}`;

/** A contradiction as the checker reports one (the shape of DESIGN.md's Finding). */
export function contradiction(id = "f-0123456789abcdef", overrides: Partial<Finding> = {}): Finding {
  return {
    id, kind: "conversion-mismatch", severity: "contradiction", status: "open", rule: "conversion-mismatch",
    explanation: "30 mi is 48.3 km; 18.6 mi is 30 km. One of the two units is wrong (did the source say 30 km?)",
    claims: [
      { articleId: "ghost-6740a3c1f1e2b10001a0c3d4", claimId: "c-1", start: 52, end: 59, text: "30-mile" },
      { articleId: "ghost-6740a3c1f1e2b10001a0c3d4", claimId: "c-2", start: 61, end: 70, text: "18.6-mile" },
    ],
    detectedAt: "2026-11-21T12:00:00.000Z",
    ...overrides,
  };
}

/**
 * Alert deps on the real embedded store; only the clock and the log sink are the test's. The
 * in-request time budget is widened (tests share two busy CPUs, and wall-clock budgets are not
 * what most tests are about); the test of the budget itself sets its own.
 */
export function alertDeps(embedded: EmbeddedStore, clock: { now(): string }, endpoints: string[], more: Partial<AlertDeps> = {}): AlertDeps & { logs: string[] } {
  const logs: string[] = [];
  return {
    outbox: embedded.store, findings: embedded.store, endpoints, secret: ALERT_SECRET, now: clock.now,
    logger: createLogger({ level: "debug", write: (line) => logs.push(line) }), logs,
    retry: { budgetMs: 10_000, attemptTimeoutMs: 5_000 }, ...more,
  };
}

/**
 * Verifies a received alert the way a receiver following the Standard Webhooks spec would,
 * written here with node:crypto rather than with the sender's code. True when any v1 signature
 * in the header matches the secret.
 */
export function verifiesWith(secret: string, request: Received): boolean {
  const id = String(request.headers["webhook-id"]);
  const timestamp = String(request.headers["webhook-timestamp"]);
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${request.body}`).digest();
  return String(request.headers["webhook-signature"] ?? "").split(" ").some((part) => {
    const given = Buffer.from(part.replace(/^v1,/, ""), "base64");
    return part.startsWith("v1,") && given.length === expected.length && timingSafeEqual(given, expected);
  });
}
