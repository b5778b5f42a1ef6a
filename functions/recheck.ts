/**
 * The Lambda entry of the scheduled batch re-check (stacks/Recheck.ts runs it on a cron).
 * The only file of the batch that reads the environment: CLAIMCHECK_TABLE (required),
 * CLAIMCHECK_DYNAMODB_ENDPOINT, and the alert settings. It stops starting new work a safe
 * margin before the Lambda deadline and leaves the checkpoint, so the next tick goes on from
 * there; each run logs its summary as one JSON line.
 */
import type { Context } from "aws-lambda";
import { ClaimcheckError, recheck, type RecheckResult } from "../core/index.js";
import { announcer, deliverDueAlerts, type AlertDeps } from "./alerts/index.js";
import { loadConfig } from "./config.js";
import { createLogger, type Logger } from "./log.js";
import { resolveSecretParameters, ssmFetcher } from "./secrets.js";
import type { DynamoClaimStore } from "./store/store.js";
import { connectStore } from "./store/connect.js";

/**
 * Time kept back from the deadline: the page or index partition under way must finish and the
 * checkpoint be written. A partition is walked one window at a time, in seconds.
 */
export const DEADLINE_MARGIN_MS = 60_000;

export interface RecheckJobDeps {
  store: DynamoClaimStore;
  logger: Logger;
  alerts: AlertDeps;
  now?: () => string;
}

/**
 * The handler around its dependencies, so tests can run it against the embedded store.
 * @example export const handler = recheckHandler({ store, logger, alerts });
 */
export function recheckHandler(deps: RecheckJobDeps) {
  const now = deps.now ?? (() => new Date().toISOString());
  return async (_event: unknown, context: Pick<Context, "getRemainingTimeInMillis">): Promise<RecheckResult["summary"] & { complete: boolean }> => {
    const { summary, complete } = await recheck({
      store: deps.store,
      now,
      announce: announcer(deps.alerts),
      shouldStop: () => context.getRemainingTimeInMillis() < DEADLINE_MARGIN_MS,
    });
    // Alerts that failed earlier are retried on every tick, while time is left.
    const alerts = context.getRemainingTimeInMillis() > DEADLINE_MARGIN_MS ? await deliverDueAlerts(deps.alerts) : undefined;
    deps.logger.info("recheck", { ...summary, complete, ...(alerts ? { alerts } : {}) });
    return { ...summary, complete };
  };
}

function fromEnvironment(env: Record<string, string | undefined>) {
  const config = loadConfig(env, { mode: "local" });
  if (!config.table) throw new ClaimcheckError("invalid-input", "Configuration: CLAIMCHECK_TABLE is required for the re-check", [{ field: "CLAIMCHECK_TABLE", message: "required" }]);
  const logger = createLogger({ level: config.logLevel, base: { service: "claimcheck-recheck" } });
  const { store } = connectStore({ table: config.table, endpoint: config.dynamodbEndpoint });
  const now = () => new Date().toISOString();
  const alerts: AlertDeps = { outbox: store, findings: store, endpoints: config.alertUrls, secret: config.alertSecrets, now, logger };
  return recheckHandler({ store, logger, alerts, now });
}

/** @example // stacks/Recheck.ts: new Function(stack, "RecheckHandler", { handler: "functions/recheck.handler" }) */
export const handler = fromEnvironment(await resolveSecretParameters(process.env, ssmFetcher));
