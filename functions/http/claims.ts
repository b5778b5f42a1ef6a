import { Hono } from "hono";
import { claimsQuerySchema, parseWith } from "../schemas/index.js";
import type { AppDeps, AppEnv } from "./deps.js";

/**
 * GET /claims?subject=refugee|syrian|turkey (or just the head, "refugee"): what the store
 * knows about a subject, across articles, paginated.
 * @example app.route("/claims", claimRoutes(deps))
 */
export function claimRoutes(deps: AppDeps): Hono<AppEnv> {
  return new Hono<AppEnv>().get("/", async (c) => {
    const query = parseWith(claimsQuerySchema, c.req.query(), "query");
    const page = await deps.store.claimsBySubject(query.subject, query.cursor, query.limit ?? 50);
    return c.json({ claims: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) });
  });
}
