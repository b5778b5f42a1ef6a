import { ClaimcheckError } from "../../core/index.js";

/** How hard to retry a throttled or partly processed request: bounded, with full jitter. */
export interface RetryPolicy {
  /** Attempts in all, including the first. */
  attempts: number;
  baseMs: number;
  capMs: number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1): the jitter. */
  random(): number;
}

/**
 * 8 attempts, 25 ms doubling to at most 2 s, full jitter ("Exponential Backoff And Jitter",
 * AWS Architecture Blog): about 5 s of patience in the worst case, then a clear error.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 8,
  baseMs: 25,
  capMs: 2000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

const RETRYABLE = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "LimitExceededException",
]);

/**
 * Throttling and server-side hiccups are worth another try; a bad request is not.
 * @example isRetryable(Object.assign(new Error("slow down"), { name: "ThrottlingException" })) // true
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return RETRYABLE.has(error.name) || (status !== undefined && status >= 500);
}

/**
 * The pause before retry number `attempt` (1-based): uniform in [0, min(cap, base * 2^attempt)).
 * @example backoffMs(DEFAULT_RETRY, 3) // somewhere in [0, 200)
 */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.floor(policy.random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
}

/**
 * Runs `operation`, retrying retryable errors with backoff; gives up with "store-unavailable".
 * @example const out = await withRetry(DEFAULT_RETRY, () => doc.send(new GetCommand(input)))
 */
export async function withRetry<T>(policy: RetryPolicy, operation: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= policy.attempts) {
        throw new ClaimcheckError("store-unavailable", `DynamoDB kept refusing after ${attempt} attempts: ${(error as Error).name}`, [], { cause: error });
      }
      await policy.sleep(backoffMs(policy, attempt));
    }
  }
}

/**
 * Repeats a partial operation (BatchWriteItem's UnprocessedItems, BatchGetItem's UnprocessedKeys)
 * until nothing is left, backing off between rounds. `step` takes what is left and returns what
 * is still left afterwards.
 * @example await drain(policy, requests, async (left) => unprocessedOf(await send(left)))
 */
export async function drain<T>(policy: RetryPolicy, work: T[], step: (left: T[]) => Promise<T[]>): Promise<void> {
  let left = work;
  for (let round = 1; left.length > 0; round++) {
    if (round > policy.attempts) {
      throw new ClaimcheckError("store-unavailable", `DynamoDB left ${left.length} items unprocessed after ${policy.attempts} rounds`);
    }
    if (round > 1) await policy.sleep(backoffMs(policy, round - 1));
    left = await withRetry(policy, () => step(left));
  }
}
