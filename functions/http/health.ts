import { Hono } from "hono";
import type { AppDeps, AppEnv } from "./deps.js";

/**
 * GET /health: the process answers. It does not touch the store, so a load balancer or an
 * uptime check never adds DynamoDB reads; store trouble shows as 503s on real routes.
 * @example app.route("/health", healthRoutes(deps))
 */
export function healthRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/", (c) => c.json({ status: "ok", time: deps.now() }));
}
