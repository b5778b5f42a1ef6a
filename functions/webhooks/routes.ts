import { Hono } from "hono";
import { ClaimcheckError } from "../../core/index.js";
import { limitsOf, type AppDeps, type AppEnv } from "../http/deps.js";
import { assertValidId } from "../schemas/index.js";
import type { Delivery, SourceAdapter, StoryEvent } from "./adapter.js";
import { readRawBody } from "../http/raw-body.js";
import { sourceNamed } from "./sources.js";
import { takeDelivery } from "./take-delivery.js";

/**
 * POST /:source — newsroom CMS webhooks (mounted at /webhooks). Order matters: the source and
 * its secrets are known before the body is read, the signature is checked over the raw bytes
 * before anything is parsed, and only a verified payload is read as JSON.
 *
 * Time budget: Ghost gives up after 2 s and then retries, so the answer must come well inside
 * that. The check is inline (a retry after a timeout would only repeat it) and lean: one
 * article read, one claims-by-subject query, one save, the alert enqueue, one delivery write.
 * Alert delivery attempts are bounded by their own budget in functions/alerts (about 1 s), and
 * what does not get through is retried later by the re-check, not by the CMS's request.
 *
 * Errors are thrown as ClaimcheckError and mapped by the app's one error handler; secrets,
 * signatures and tokens are never logged or echoed (the log lines carry source, delivery id,
 * event and article id only).
 * @example app.route("/webhooks", webhookRoutes(deps))
 */
export function webhookRoutes(deps: AppDeps): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.post("/:source", async (c) => {
    const name = c.req.param("source");
    const adapter = sourceNamed(name);
    if (!adapter) throw new ClaimcheckError("not-found", `No webhook source '${name.slice(0, 40)}'; known sources are standard, ghost, arc and wordpress.`);
    const secrets = secretsFor(deps, adapter);
    const delivery: Delivery = {
      body: await readRawBody(c.req.raw, limitsOf(deps).maxBodyBytes),
      headers: c.req.header(),
      query: c.req.query(),
    };
    adapter.verify(delivery, secrets, Date.parse(deps.now()));
    const event = adapter.toEvent(parseJson(delivery.body), delivery);
    checkIds(event);
    const outcome = await takeDelivery(adapter.name, event, deps);
    c.var.log?.info("webhook taken", { source: adapter.name, deliveryId: outcome.deliveryId, event: outcome.event, articleId: outcome.articleId, duplicate: outcome.duplicate });
    return c.json({ source: adapter.name, ...outcome }, 200);
  });
  return routes;
}

/**
 * The id rule of the API, applied to what every source derived, before the delivery log or
 * the store is asked anything: a 5,000-character id or a lone surrogate is a 400, not a
 * DynamoDB key error after half a write.
 */
function checkIds(event: StoryEvent): void {
  assertValidId(event.deliveryId, "delivery id (webhook-id, uuid or body hash)");
  if (event.type === "published" || event.type === "updated") assertValidId(event.article.id, "article id (data.id, or the CMS's post id)");
  if (event.type === "deleted") assertValidId(event.articleId, "article id (data.id, or the CMS's post id)");
}

/** A source without a configured secret takes no deliveries: accepting unsigned ones would let anyone publish. */
function secretsFor(deps: AppDeps, adapter: SourceAdapter): string[] {
  const secrets = (deps.webhookSecrets[adapter.name] ?? []).filter((s) => s.trim() !== "");
  if (secrets.length === 0) throw new ClaimcheckError("not-found", `Webhook source '${adapter.name}' is not configured here (no CLAIMCHECK_WEBHOOK_SECRET_${adapter.name.toUpperCase()}).`);
  return secrets;
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8")) as unknown;
  } catch {
    throw new ClaimcheckError("invalid-input", "payload is not JSON", [{ field: "body", message: "is not valid JSON" }]);
  }
}
