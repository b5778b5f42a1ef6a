import { isClaimcheckError, type ErrorCode } from "../../core/index.js";
import { EXIT } from "./io.js";

/** Error codes (core/errors.ts) that mean the user's input or usage was wrong. */
const USAGE_CODES = new Set<ErrorCode>(["invalid-input", "payload-too-large", "unsupported-media-type", "not-found", "conflict"]);
/** Node's network errors: a configured endpoint that does not answer is a store problem. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);

/**
 * The exit code for an error that ended a command: 2 for bad usage or input, 3 when the store
 * could not be used (ClaimcheckError "store-unavailable", an AWS SDK service error, a network
 * error, or an error caused by one), 4 for anything else, which is a bug.
 * @example exitCodeFor(new ClaimcheckError("store-unavailable", "locked")) // 3
 */
export function exitCodeFor(error: unknown): number {
  if (isClaimcheckError(error)) {
    if (error.code === "store-unavailable") return EXIT.store;
    return USAGE_CODES.has(error.code) ? EXIT.usage : EXIT.internal;
  }
  return isStoreFailure(error, 0) ? EXIT.store : EXIT.internal;
}

function isStoreFailure(error: unknown, depth: number): boolean {
  const e = error as { code?: unknown; $metadata?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== "object" || depth > 5) return false;
  if (e.$metadata !== undefined) return true; // every AWS SDK service error carries it
  if (typeof e.code === "string" && NETWORK_CODES.has(e.code)) return true;
  return isClaimcheckError(e.cause) ? e.cause.code === "store-unavailable" : isStoreFailure(e.cause, depth + 1);
}

/**
 * The one line a failed command prints: the message, saying what kind of failure it was when
 * the message alone would not (a raw store error, a bug).
 * @example failureLine("check", new Error("boom")) // "claimcheck check: internal error: boom (CLAIMCHECK_DEBUG=1 shows the stack)"
 */
export function failureLine(command: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  const code = exitCodeFor(error);
  if (code === EXIT.internal) return `claimcheck ${command}: internal error: ${message} (CLAIMCHECK_DEBUG=1 shows the stack)`;
  if (code === EXIT.store && !isClaimcheckError(error)) return `claimcheck ${command}: store error: ${message}`;
  return `claimcheck ${command}: ${message}`;
}
