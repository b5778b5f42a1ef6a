/**
 * Moving findings between statuses (open, dismissed, resolved), each by a conditional update.
 */
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Finding, FindingStatus } from "../../core/index.js";
import { decodeFinding } from "./codec.js";
import { isConditionFailure, run, type Db } from "./db.js";
import { FINDING_SK, findingPk, statusPk } from "./keys.js";

/**
 * Moves findings to `status`, only from one of `from` (conditional: nothing else is touched).
 * Returns the updated findings; ids in another state or unknown are skipped.
 * @example await moveFindings(db, ["f-1"], "resolved", at, ["open"]) // dismissed ones untouched
 */
export async function moveFindings(db: Db, ids: string[], status: FindingStatus, at: string, from: FindingStatus[], note?: string): Promise<Finding[]> {
  const moved = await Promise.all([...new Set(ids)].map((id) => moveOne(db, id, status, at, from, note)));
  return moved.filter((f): f is Finding => f !== null);
}

async function moveOne(db: Db, id: string, status: FindingStatus, at: string, from: FindingStatus[], note?: string): Promise<Finding | null> {
  const fromValues = Object.fromEntries(from.map((s, i) => [`:from${i}`, s]));
  try {
    const out = await run(db, () => db.doc.send(new UpdateCommand({
      TableName: db.table,
      Key: { pk: findingPk(id), sk: FINDING_SK },
      UpdateExpression: `SET #f.#st = :st, #f.statusChangedAt = :at, #st = :st, timePk = :tp${note === undefined ? "" : ", #f.note = :note"}`,
      ConditionExpression: `attribute_exists(pk) AND #st IN (${Object.keys(fromValues).join(", ")})`,
      ExpressionAttributeNames: { "#f": "finding", "#st": "status" },
      ExpressionAttributeValues: { ":st": status, ":at": at, ":tp": statusPk(status), ...fromValues, ...(note === undefined ? {} : { ":note": note }) },
      ReturnValues: "ALL_NEW",
    })));
    return out.Attributes ? decodeFinding(out.Attributes) : null;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}
