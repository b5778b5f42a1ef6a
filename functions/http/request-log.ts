import { randomUUID } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "../log.js";
import type { AppEnv } from "./deps.js";

/** A client-chosen id is only kept if it is short and plain: it ends up in every log line. */
const PLAIN_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The request id: API Gateway's (requestContext.requestId, which the hono/aws-lambda adapter
 * passes as c.env), else its x-amzn-requestid header, else a sane client x-request-id, else new.
 * @example requestIdOf(c) // "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"
 */
export function requestIdOf(c: Context<AppEnv>): string {
  const env = c.env as { requestContext?: { requestId?: unknown } } | undefined;
  const fromGateway = env?.requestContext?.requestId;
  if (typeof fromGateway === "string" && fromGateway) return fromGateway;
  for (const header of ["x-amzn-requestid", "x-request-id"]) {
    const value = c.req.header(header);
    if (value && PLAIN_ID.test(value)) return value;
  }
  return randomUUID();
}

/**
 * Binds a per-request logger (c.var.log) and writes one line per request when it ends:
 * method, route pattern (not the raw path, which may carry ids), status and duration.
 * Bodies and headers are not logged; the request id is echoed in x-request-id.
 * @example app.use("*", requestLog(logger))
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c);
    const log = logger.child({ requestId });
    c.set("requestId", requestId);
    c.set("log", log);
    await next();
    c.header("x-request-id", requestId);
    const status = c.res.status;
    const level = status >= 500 ? "error" : "info";
    log[level]("request", { method: c.req.method, route: routePath(c, -1), status, ms: Math.round(performance.now() - started) });
  };
}
