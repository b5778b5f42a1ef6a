import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { isClaimcheckError, type ErrorCode, type FieldError } from "../../core/index.js";
import type { AppEnv } from "./deps.js";

/** RFC 9457 problem details, with the field errors of a 400 and our error code. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
}

interface Mapping {
  status: number;
  title: string;
  headers?: Record<string, string>;
}

/** The ONE place error codes become HTTP. */
const BY_CODE: Record<ErrorCode, Mapping> = {
  "invalid-input": { status: 400, title: "Invalid input" },
  "unauthorized": { status: 401, title: "Unauthorized", headers: { "WWW-Authenticate": 'Bearer realm="claimcheck"' } },
  // RFC 9110 wants a challenge on every 401; a webhook proves itself by its signature.
  "bad-signature": { status: 401, title: "Bad signature", headers: { "WWW-Authenticate": 'Signature realm="claimcheck-webhooks"' } },
  "forbidden": { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "conflict": { status: 409, title: "Conflict" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "rate-limited": { status: 429, title: "Too many requests", headers: { "Retry-After": "1" } },
  "internal": { status: 500, title: "Internal error" },
  // DynamoDB throttling or an unreachable endpoint: the same request will likely succeed soon.
  "store-unavailable": { status: 503, title: "Store unavailable", headers: { "Retry-After": "5" } },
};

/**
 * Problem type URIs are tag URIs (RFC 4151): stable identifiers that need no web page behind them.
 * @example problemType("not-found") // "tag:claimcheck,2026:problem:not-found"
 */
export function problemType(code: ErrorCode): string {
  return `tag:claimcheck,2026:problem:${code}`;
}

/**
 * A problem+json response for an error code.
 * @example problemResponse("not-found", "No article 'a1'", [], "/articles/a1")
 */
export function problemResponse(code: ErrorCode, detail: string, errors: FieldError[] = [], instance?: string): Response {
  const { status, title, headers } = BY_CODE[code];
  const problem: Problem = { type: problemType(code), title, status, detail, code, ...(instance ? { instance } : {}) };
  if (errors.length > 0) problem.errors = errors;
  return new Response(JSON.stringify(problem), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });
}

/** Hono's own exceptions (thrown by its helpers) mapped onto our codes by status. */
function codeForStatus(status: number): ErrorCode {
  const match = (Object.entries(BY_CODE) as [ErrorCode, Mapping][]).find(([, m]) => m.status === status);
  return match ? match[0] : status >= 500 ? "internal" : "invalid-input";
}

/** Socket-level failures: the only upstream on a request path is the store, and it may be back soon. */
const UNREACHABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);

function isUnreachable(error: Error): boolean {
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  // A store behind a Unix socket that is gone answers connect() with ENOENT, not ECONNREFUSED.
  return (typeof code === "string" && UNREACHABLE.has(code)) || syscall === "connect" || error.name === "TimeoutError";
}

/**
 * The app's onError: known errors become their problem; anything else is logged with its
 * stack and answered with a 500 that says nothing about the inside.
 * @example app.onError(handleError)
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const instance = c.req.path;
  const log = c.var.log;
  if (isClaimcheckError(error)) {
    const level = BY_CODE[error.code].status >= 500 ? "error" : "info";
    log?.[level]("request failed", { code: error.code, detail: error.message, ...(level === "error" ? { error } : {}) });
    return problemResponse(error.code, error.message, error.fields, instance);
  }
  if (error instanceof HTTPException) {
    const code = codeForStatus(error.status);
    log?.info("request failed", { code, detail: error.message });
    return problemResponse(code, error.message || BY_CODE[code].title, [], instance);
  }
  if (isUnreachable(error)) {
    log?.error("store unreachable", { error });
    return problemResponse("store-unavailable", "The store could not be reached; try again shortly.", [], instance);
  }
  log?.error("unhandled error", { error });
  return problemResponse("internal", "Something went wrong on our side; the request id identifies it in the logs.", [], instance);
}
