import { ClaimcheckError } from "../../core/index.js";

/**
 * Retries, in one place (issue 17 item 9). Every request is retried by the AWS SDK itself, in
 * its adaptive mode: exponential backoff with jitter, and a client-side rate limiter that slows
 * the client down while DynamoDB throttles it. Every DynamoDB client the project builds takes
 * SDK_RETRY (connect.ts `dynamoClient`), and nothing wraps a second loop around a request, so
 * one request makes at most SDK_RETRY.maxAttempts attempts (before, the SDK's 3 inside an outer
 * loop of 8 made up to 24). What the SDK cannot retry is a batch DynamoDB answered in part
 * (BatchWriteItem's UnprocessedItems, BatchGetItem's UnprocessedKeys, inside a successful
 * answer): `drain` sends the rest again, in a bounded number of rounds with backoff.
 */
export const SDK_RETRY = { retryMode: "adaptive", maxAttempts: 5 } as const;

/** How `drain` paces its rounds, and how a save backs off after losing a race: bounded, with full jitter. */
export interface RetryPolicy {
  /** Rounds in all, including the first. */
  attempts: number;
  baseMs: number;
  capMs: number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1): the jitter. */
  random(): number;
}

/**
 * 8 rounds, 25 ms doubling to at most 2 s, full jitter ("Exponential Backoff And Jitter",
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
 * Throttling and server-side hiccups: what the SDK retries, and what is "store-unavailable" once
 * it gave up; a bad request is not.
 * @example isRetryable(Object.assign(new Error("slow down"), { name: "ThrottlingException" })) // true
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return RETRYABLE.has(error.name) || (status !== undefined && status >= 500);
}

/**
 * The pause before round number `attempt` + 1 (1-based): uniform in [0, min(cap, base * 2^attempt)).
 * @example backoffMs(DEFAULT_RETRY, 3) // somewhere in [0, 200)
 */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return Math.floor(policy.random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));
}

/**
 * Runs one request, which the SDK has retried as far as it would. When DynamoDB kept
 * throttling or failing, the error becomes "store-unavailable" (a 503 to API callers) with the
 * SDK's error as its `cause`, so the logs keep what DynamoDB said and after how many attempts.
 * @example const out = await settled(() => doc.send(new GetCommand(input)))
 */
export async function settled<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isRetryable(error)) throw error;
    const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts;
    const after = attempts === undefined ? "" : ` after ${attempts} attempt${attempts === 1 ? "" : "s"}`;
    throw new ClaimcheckError("store-unavailable", `DynamoDB kept refusing${after}: ${(error as Error).name}`, [], { cause: error });
  }
}

/**
 * Repeats a partial operation (BatchWriteItem's UnprocessedItems, BatchGetItem's UnprocessedKeys)
 * until nothing is left, backing off between rounds. `step` takes what is left and returns what
 * is still left afterwards; each round is one request, retried by the SDK alone.
 * @example await drain(policy, requests, async (left) => unprocessedOf(await send(left)))
 */
export async function drain<T>(policy: RetryPolicy, work: T[], step: (left: T[]) => Promise<T[]>): Promise<void> {
  let left = work;
  for (let round = 1; left.length > 0; round++) {
    if (round > policy.attempts) {
      throw new ClaimcheckError("store-unavailable", `DynamoDB left ${left.length} items unprocessed after ${policy.attempts} rounds`);
    }
    if (round > 1) await policy.sleep(backoffMs(policy, round - 1));
    left = await settled(() => step(left));
  }
}
