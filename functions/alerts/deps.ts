import type { AlertOutbox, ClaimStore } from "../../core/index.js";
import type { Logger } from "../log.js";
import type { RetryPolicy } from "./retry.js";

/**
 * What sending contradiction alerts needs. The entry files build it from configuration
 * (CLAIMCHECK_ALERT_URLS, CLAIMCHECK_ALERT_SECRET) around the app's store.
 * @example
 * const deps: AlertDeps = { outbox: store, findings: store, endpoints: ["https://desk.example/hook"],
 *   secret: "whsec_…", now: () => new Date().toISOString(), logger };
 */
export interface AlertDeps {
  outbox: AlertOutbox;
  /** Where a queued alert's finding is read back when it is retried later. */
  findings: Pick<ClaimStore, "getFinding">;
  /** Alert endpoints: https URLs; Slack incoming webhooks (hooks.slack.com) or "slack:<url>" get Slack messages. */
  endpoints: readonly string[];
  /** Standard Webhooks secret (whsec_…) signing the JSON alerts; rotation: several, all signatures sent. */
  secret?: string | readonly string[];
  /** The clock as an ISO datetime: timestamps, the outbox, the later-retry schedule. */
  now(): string;
  logger: Logger;
  /** Defaults to the global fetch; tests pass it through to a real local receiver all the same. */
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
  /** Elapsed-time clock for the in-request budget, in ms (default performance.now). */
  elapsed?: () => number;
  /** Defaults to setTimeout; and Math.random for jitter. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}
