import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Finding, PendingAlert } from "../../core/index.js";
import { decodeAlert } from "./codec.js";
import { run, type Db } from "./db.js";
import { ALERTS_DUE, alertPk, alertSk, timeSk } from "./keys.js";
import { TABLE_DESIGN } from "./table.js";

/**
 * The alert outbox: one item per (finding, endpoint), created at most once (conditional put),
 * listed by due time through `byTime` under `ALERTS#due` while pending, taken off it when
 * delivered and then left to expire.
 */

export const DELIVERED_MEMORY_SECONDS = 30 * 24 * 3600;

const dueSk = (at: string, findingId: string, endpoint: string) => timeSk(at, `${findingId}#${endpoint}`);

/** @example const queued = await enqueueAlerts(db, opened, ["https://desk.example/hook"], now) */
export async function enqueueAlerts(db: Db, findings: Finding[], endpoints: string[], at: string): Promise<PendingAlert[]> {
  const wanted = findings.flatMap((f) => endpoints.map((endpoint) => ({ findingId: f.id, endpoint, attempts: 0, nextAttemptAt: at })));
  const queued = await Promise.all(wanted.map(async (alert) => ((await enqueueOne(db, alert)) ? alert : null)));
  return queued.filter((a): a is PendingAlert => a !== null);
}

async function enqueueOne(db: Db, alert: PendingAlert): Promise<boolean> {
  try {
    await run(db, () => db.doc.send(new PutCommand({
      TableName: db.table,
      Item: {
        pk: alertPk(alert.findingId), sk: alertSk(alert.endpoint), type: "alert", ...alert,
        timePk: ALERTS_DUE, timeSk: dueSk(alert.nextAttemptAt, alert.findingId, alert.endpoint),
      },
      ConditionExpression: "attribute_not_exists(pk)",
    })));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException || (error as Error).name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

/** Pending alerts due at or before `now`, oldest first. */
export async function dueAlerts(db: Db, now: string, limit: number): Promise<PendingAlert[]> {
  const out = await run(db, () => db.doc.send(new QueryCommand({
    TableName: db.table,
    IndexName: "byTime",
    KeyConditionExpression: "timePk = :pk AND timeSk < :bound",
    ExpressionAttributeValues: { ":pk": ALERTS_DUE, ":bound": `${now}#\uffff` },
    ScanIndexForward: true,
    Limit: limit,
  })));
  return (out.Items ?? []).map(decodeAlert);
}

export async function markDelivered(db: Db, alert: PendingAlert, at: string): Promise<void> {
  await run(db, () => db.doc.send(new UpdateCommand({
    TableName: db.table,
    Key: { pk: alertPk(alert.findingId), sk: alertSk(alert.endpoint) },
    UpdateExpression: "SET deliveredAt = :at, #ttl = :ttl REMOVE timePk, timeSk",
    ExpressionAttributeNames: { "#ttl": TABLE_DESIGN.ttlAttribute },
    ExpressionAttributeValues: { ":at": at, ":ttl": Math.floor(Date.parse(at) / 1000) + DELIVERED_MEMORY_SECONDS },
  })));
}

/** Records one more failed attempt and when to try again. */
export async function markFailed(db: Db, alert: PendingAlert, error: string, nextAttemptAt: string): Promise<void> {
  await run(db, () => db.doc.send(new UpdateCommand({
    TableName: db.table,
    Key: { pk: alertPk(alert.findingId), sk: alertSk(alert.endpoint) },
    UpdateExpression: "SET attempts = :attempts, lastError = :error, nextAttemptAt = :next, timeSk = :sk",
    ConditionExpression: "attribute_exists(pk)",
    ExpressionAttributeValues: {
      ":attempts": alert.attempts + 1, ":error": error.slice(0, 1000), ":next": nextAttemptAt,
      ":sk": dueSk(nextAttemptAt, alert.findingId, alert.endpoint),
    },
  })));
}
