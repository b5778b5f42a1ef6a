import { Hono } from "hono";
import { ClaimcheckError } from "../../core/index.js";
import { articleRoutes } from "./articles.js";
import { claimRoutes } from "./claims.js";
import { refuseCrossSiteWrites } from "./cross-site.js";
import type { AppDeps, AppEnv } from "./deps.js";
import { handleError } from "./errors.js";
import { findingRoutes } from "./findings.js";
import { healthRoutes } from "./health.js";
import { allowedMethods, methodNotAllowed } from "./method-not-allowed.js";
import { openApiRoutes } from "./openapi.js";
import { pageRoutes } from "./pages/index.js";
import { requestLog } from "./request-log.js";
import { securityHeaders } from "./security-headers.js";
import { webhookRoutes } from "../webhooks/routes.js";

/**
 * The claimcheck HTTP API: the same app in Lambda (functions/api.ts) and locally
 * (`claimcheck serve`). Everything from outside arrives in `deps`.
 * @example
 * const app = createApp({ store, now: () => new Date().toISOString(), apiKeys: [],
 *   logger: silentLogger, webhookSecrets: {}, alertEndpoints: [] });
 * const res = await app.request("/health");
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("*", requestLog(deps.logger));
  app.use("*", securityHeaders());
  app.use("*", refuseCrossSiteWrites(deps.publicUrl ? [new URL(deps.publicUrl).origin] : []));
  app.onError(handleError);
  const allowed = allowedMethods(app.routes);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) return methodNotAllowed(c, methods);
    throw new ClaimcheckError("not-found", `No route ${c.req.method} ${c.req.path}.`);
  });

  app.route("/articles", articleRoutes(deps));
  app.route("/findings", findingRoutes(deps));
  app.route("/claims", claimRoutes(deps));
  app.route("/health", healthRoutes(deps));
  app.route("/openapi.json", openApiRoutes());

  // ---- Mounts owned by other parts (one line each; their owners add them here) ----
  app.route("/webhooks", webhookRoutes(deps));     // functions/webhooks/routes.ts
  app.route("/", pageRoutes(deps));                // functions/http/pages/
  // ---- end of mounts ----

  return app;
}
