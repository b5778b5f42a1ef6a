import type { Finding, PendingAlert } from "../../core/index.js";
import type { AlertDeps } from "./deps.js";
import { endpointLabel, parseEndpoint } from "./endpoint.js";
import { alertRequest } from "./message.js";
import { backoffMs, nextAttemptAt, type RetryPolicy } from "./retry.js";

/** The in-request machinery, defaults filled in. */
export interface Sender {
  deps: AlertDeps;
  policy: RetryPolicy;
  fetch: typeof fetch;
  elapsed: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  secrets: readonly string[];
}

type Attempt = { ok: true } | { ok: false; error: string; retryable: boolean };

/**
 * Sends one queued alert: up to `policy.attempts` HTTP attempts with backoff while the call's
 * budget lasts (`deadline`, on the `elapsed` clock), then records the outcome in the outbox:
 * delivered, or failed with the error and when to try again. Never throws for a failed send,
 * and never leaves an alert without a record.
 * @example await deliverAlert(sender, alert, finding, sender.elapsed() + 1000) // "delivered" | "failed"
 */
export async function deliverAlert(sender: Sender, alert: PendingAlert, finding: Finding, deadline: number): Promise<"delivered" | "failed"> {
  const { deps, policy } = sender;
  let last: Attempt = { ok: false, error: "no attempt fitted in the time budget", retryable: true };
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    const remaining = deadline - sender.elapsed();
    if (remaining <= 0) break;
    last = await attemptOnce(sender, alert.endpoint, finding, Math.max(1, Math.floor(Math.min(policy.attemptTimeoutMs, remaining))));
    if (last.ok || !last.retryable) break;
    const wait = backoffMs(policy, attempt, sender.random);
    if (attempt + 1 >= policy.attempts || sender.elapsed() + wait >= deadline) break;
    await sender.sleep(wait);
  }
  const log = { findingId: alert.findingId, endpoint: endpointLabel(alert.endpoint) };
  if (last.ok) {
    await deps.outbox.markDelivered(alert, deps.now());
    deps.logger.info("alert delivered", log);
    return "delivered";
  }
  const next = nextAttemptAt(policy, deps.now(), alert.attempts, sender.random);
  await deps.outbox.markFailed(alert, last.error, next);
  deps.logger.warn("alert not delivered; queued for retry", { ...log, error: last.error, nextAttemptAt: next, rounds: alert.attempts + 1 });
  return "failed";
}

async function attemptOnce(sender: Sender, endpoint: string, finding: Finding, timeoutMs: number): Promise<Attempt> {
  const target = parseEndpoint(endpoint);
  if (target.kind === "webhook" && sender.secrets.length === 0) {
    return { ok: false, error: "CLAIMCHECK_ALERT_SECRET is not set: JSON alerts are only sent signed", retryable: false };
  }
  const request = alertRequest(target, finding, sender.secrets, sender.deps.now());
  try {
    const response = await sender.fetch(request.url, {
      method: "POST", headers: request.headers, body: request.body,
      signal: AbortSignal.timeout(timeoutMs), redirect: "error",
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.ok) return { ok: true };
    // 408 and 429 say "later"; other 4xx will not change by repeating them within this request.
    const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
    return { ok: false, error: `HTTP ${response.status}`, retryable };
  } catch (error) {
    const name = (error as Error)?.name;
    const error_ = name === "TimeoutError" || name === "AbortError" ? `no answer within ${timeoutMs} ms` : networkError(error);
    return { ok: false, error: error_, retryable: true };
  }
}

/** The cause's code ("ECONNREFUSED"), not the message: messages may quote the URL, and the URL may be a credential. */
function networkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = typeof cause?.code === "string" ? cause.code : (error as Error)?.name ?? "Error";
  return `network error: ${code}`;
}
