import { Cron, Function, use, type StackContext } from "sst/constructs";
import { functionAccess, type TableActions } from "./access.js";
import { configFor } from "./config.js";
import { LAMBDA_BASE } from "./runtime.js";
import { Secrets, type SecretName } from "./Secrets.js";
import { Storage } from "./Storage.js";

/**
 * The table actions of the batch re-check, as functions/store uses them: parallel Scan segments
 * over the sparse `forBatch` index only (articles and subject-head markers, never every claim),
 * Query for a subject group, writes of the findings it opens or resolves, and its checkpoint
 * (Get/Put, Delete when a run completes). Delivering due alerts updates the outbox items.
 */
export const RECHECK_TABLE_ACTIONS: TableActions = {
  items: [
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
  ],
  query: true,
  scanIndexes: ["forBatch"],
};

/** The batch only alerts: no API keys or webhook secrets reach it. */
export const RECHECK_SECRETS: readonly SecretName[] = ["CLAIMCHECK_ALERT_URLS", "CLAIMCHECK_ALERT_SECRET"];

/**
 * The scheduled batch re-check (functions/recheck.ts) on the stage's schedule.
 *
 * @example
 * app.stack(Storage).stack(Secrets).stack(Recheck);
 */
export function Recheck({ stack, app }: StackContext) {
  const { table } = use(Storage);
  use(Secrets);
  const { recheckSchedule } = configFor(app);

  const job = new Function(stack, "RecheckHandler", {
    ...LAMBDA_BASE,
    handler: "functions/recheck.handler",
    // 1024 MB: the batch holds a whole subject group's claims in memory while comparing them and
    // keeps four Scan segments in flight; the extra CPU that comes with the memory shortens a
    // CPU-bound run about as much as it raises the price per millisecond, so the bill barely moves.
    memorySize: "1024 MB",
    // 900 s, Lambda's maximum: the store grows and the run has no user waiting on it. The batch
    // is idempotent, so a run cut short is completed by the next one.
    timeout: "900 seconds",
    // A failed scheduled run is retried by the next tick, not by Lambda's async retries, which
    // would otherwise start up to two overlapping full scans.
    retryAttempts: 0,
    ...functionAccess(stack, table, RECHECK_TABLE_ACTIONS, RECHECK_SECRETS),
  });

  const cron = new Cron(stack, "Schedule", { schedule: recheckSchedule, job });
  return { cron, job };
}
