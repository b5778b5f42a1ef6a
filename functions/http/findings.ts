import { Hono } from "hono";
import { ClaimcheckError } from "../../core/index.js";
import { findingsQuerySchema, isValidId, parseFindingPatch, parseWith } from "../schemas/index.js";
import { requireApiKey } from "./auth.js";
import { readJsonBody } from "./json-body.js";
import { limitsOf, type AppDeps, type AppEnv } from "./deps.js";

/**
 * GET /findings (filtered, newest first, paginated), GET /findings/:id, PATCH /findings/:id.
 * @example app.route("/findings", findingRoutes(deps))
 */
export function findingRoutes(deps: AppDeps): Hono<AppEnv> {
  const { maxBodyBytes } = limitsOf(deps);
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = parseWith(findingsQuerySchema, c.req.query(), "query");
      const page = await deps.store.listFindings({ limit: 50, ...query });
      return c.json({ findings: page.items, ...(page.cursor ? { cursor: page.cursor } : {}) });
    })
    .get("/:id", async (c) => {
      const id = findingId(c.req.param("id"));
      const finding = await deps.store.getFinding(id);
      if (!finding) throw missing(id);
      return c.json(finding);
    })
    .patch("/:id", requireApiKey(deps.apiKeys), async (c) => {
      const id = findingId(c.req.param("id"));
      const patch = parseFindingPatch(await readJsonBody(c.req.raw, maxBodyBytes));
      const updated = await deps.store.setFindingStatus(id, patch.status, deps.now(), patch.note);
      if (!updated) throw missing(id);
      c.var.log.info("finding status changed", { findingId: id, status: patch.status });
      return c.json(updated);
    });
}

/** An id the id rule refuses was never stored: 404 without asking the store. */
function findingId(id: string): string {
  if (!isValidId(id)) throw missing(id);
  return id;
}

function missing(id: string): ClaimcheckError {
  return new ClaimcheckError("not-found", `No finding with id '${id}'.`);
}
