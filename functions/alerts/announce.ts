import type { Finding, PendingAlert } from "../../core/index.js";
import type { AlertDeps } from "./deps.js";
import { deliverAlert, type Sender } from "./deliver.js";
import { endpointLabel } from "./endpoint.js";
import { DEFAULT_RETRY, nextAttemptAt } from "./retry.js";

/** What one call did with the alerts it handled. */
export interface AlertReport {
  queued: number;
  delivered: number;
  failed: number;
}

/**
 * Announces new contradictions: queues each open finding of severity "contradiction" once per
 * configured endpoint (the outbox refuses a second queueing, so calling this again with the
 * same findings announces nothing twice), then tries to deliver what was just queued within the
 * retry budget. What fails stays queued with its error and a next-attempt time for
 * `deliverDueAlerts`.
 * @example await announce(outcome.changes.opened, deps) // { queued: 2, delivered: 2, failed: 0 }
 */
export async function announce(findings: readonly Finding[], deps: AlertDeps): Promise<AlertReport> {
  const contradictions = findings.filter((f) => f.severity === "contradiction" && f.status === "open");
  if (contradictions.length === 0 || deps.endpoints.length === 0) return { queued: 0, delivered: 0, failed: 0 };
  const queued = await deps.outbox.enqueueAlerts(contradictions, [...deps.endpoints], deps.now());
  const byId = new Map(contradictions.map((f) => [f.id, f]));
  const outcomes = await sendAll(senderFor(deps), queued.map((alert) => ({ alert, finding: byId.get(alert.findingId) })));
  return { queued: queued.length, ...outcomes };
}

/**
 * Retries every alert that is due (failed earlier, or queued by a request that ran out of
 * time): the scheduled re-check calls it. Each due alert ends delivered or re-scheduled, so a
 * stuck one never blocks the ones behind it.
 * @example await deliverDueAlerts(deps) // { queued: 0, delivered: 3, failed: 1 }
 */
export async function deliverDueAlerts(deps: AlertDeps, limit = 100): Promise<AlertReport> {
  const due = await deps.outbox.dueAlerts(deps.now(), limit);
  const pairs = await Promise.all(due.map(async (alert) => ({ alert, finding: await deps.findings.getFinding(alert.findingId) ?? undefined })));
  return { queued: 0, ...(await sendAll(senderFor(deps), pairs)) };
}

/**
 * The `onFindingsOpened` hook of AppDeps: findings a write opened become alerts.
 * @example createApp({ ...deps, onFindingsOpened: announcer(alertDeps) })
 */
export function announcer(deps: AlertDeps): (findings: Finding[]) => Promise<void> {
  return async (findings) => {
    await announce(findings, deps);
  };
}

async function sendAll(sender: Sender, pairs: Array<{ alert: PendingAlert; finding: Finding | undefined }>): Promise<Omit<AlertReport, "queued">> {
  const deadline = sender.elapsed() + sender.policy.budgetMs;
  const results = await Promise.all(pairs.map(({ alert, finding }) => sendOne(sender, alert, finding, deadline)));
  return { delivered: results.filter((r) => r === "delivered").length, failed: results.filter((r) => r === "failed").length };
}

async function sendOne(sender: Sender, alert: PendingAlert, finding: Finding | undefined, deadline: number): Promise<"delivered" | "failed"> {
  const { deps } = sender;
  if (!deps.endpoints.includes(alert.endpoint)) return postpone(sender, alert, "endpoint is no longer configured");
  if (!finding) return postpone(sender, alert, "finding not found in the store");
  if (finding.status !== "open") return settle(sender, alert, finding);
  return deliverAlert(sender, alert, finding, deadline);
}

/** An alert that cannot be sent now is re-scheduled with its reason, never dropped. */
async function postpone(sender: Sender, alert: PendingAlert, reason: string): Promise<"failed"> {
  const { deps } = sender;
  const next = nextAttemptAt(sender.policy, deps.now(), alert.attempts, sender.random);
  await deps.outbox.markFailed(alert, reason, next);
  deps.logger.warn("alert postponed", { findingId: alert.findingId, endpoint: endpointLabel(alert.endpoint), reason, nextAttemptAt: next });
  return "failed";
}

/**
 * A finding dismissed or resolved while its alert waited is not news any more: the alert is
 * closed as handled, with a log line saying why, rather than sent late.
 */
async function settle(sender: Sender, alert: PendingAlert, finding: Finding): Promise<"delivered"> {
  const { deps } = sender;
  await deps.outbox.markDelivered(alert, deps.now());
  deps.logger.info("alert closed unsent", { findingId: alert.findingId, endpoint: endpointLabel(alert.endpoint), status: finding.status });
  return "delivered";
}

function senderFor(deps: AlertDeps): Sender {
  const secret = deps.secret ?? [];
  return {
    deps,
    policy: { ...DEFAULT_RETRY, ...deps.retry },
    fetch: deps.fetch ?? fetch,
    elapsed: deps.elapsed ?? (() => performance.now()),
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: deps.random ?? Math.random,
    secrets: (typeof secret === "string" ? [secret] : [...secret]).filter((s) => s.trim() !== ""),
  };
}
