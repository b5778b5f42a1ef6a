/**
 * How hard one request tries before leaving an alert to a later run. Small on purpose: alerts
 * are sent from inside a webhook that Ghost abandons after 2 s, so the in-request tries fit in
 * about one second, and everything else waits for the next re-check (`deliverDueAlerts`).
 */
export interface RetryPolicy {
  /** HTTP attempts per alert in one request. */
  attempts: number;
  /** Backoff before attempt n+1 is random in [0, min(maxDelayMs, baseDelayMs * 2^n)) ("full jitter"). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** One attempt is abandoned after this long. */
  attemptTimeoutMs: number;
  /** All attempts of one call together stop after this long. */
  budgetMs: number;
  /** A failed alert is next due after laterBaseMs * 2^(rounds failed so far), capped, with jitter. */
  laterBaseMs: number;
  laterMaxMs: number;
}

/** @example announce(findings, { ...deps, retry: { ...DEFAULT_RETRY, attempts: 5 } }) */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 400,
  attemptTimeoutMs: 800,
  budgetMs: 1200,
  laterBaseMs: 60_000,
  laterMaxMs: 6 * 3600_000,
};

/**
 * The wait before the next in-request attempt (full jitter: spreads retries of many alerts).
 * @example backoffMs(DEFAULT_RETRY, 1, Math.random) // somewhere in [0, 200)
 */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}

/**
 * When a failed alert is next due: exponential in the rounds already failed, capped, and at
 * least half the step so a burst of failures does not come back all at once or too soon.
 * @example nextAttemptAt(DEFAULT_RETRY, "2026-01-01T00:00:00.000Z", 0, () => 0.5) // "2026-01-01T00:00:45.000Z"
 */
export function nextAttemptAt(policy: RetryPolicy, now: string, roundsFailed: number, random: () => number): string {
  const step = Math.min(policy.laterMaxMs, policy.laterBaseMs * 2 ** Math.min(roundsFailed, 30));
  return new Date(Date.parse(now) + Math.floor(step / 2 + random() * (step / 2))).toISOString();
}
