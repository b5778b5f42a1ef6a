import { Hono } from "hono";
import type { AppEnv } from "./deps.js";

/**
 * GET /openapi.json. The document is built on first request and kept: the converter is loaded
 * lazily so a Lambda cold start for POST /articles does not pay for it.
 * @example app.route("/openapi.json", openApiRoutes())
 */
export function openApiRoutes(): Hono<AppEnv> {
  let document: Promise<Record<string, unknown>> | undefined;
  return new Hono<AppEnv>().get("/", async (c) => {
    document ??= import("./openapi-doc.js").then((m) => m.openApiDocument()).catch((error: unknown) => {
      document = undefined; // a failed build is retried, not cached
      throw error;
    });
    return c.json(await document);
  });
}
