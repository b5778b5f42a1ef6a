import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Finding, FindingChanges, FindingStatus } from "../../core/index.js";
import { decodeFinding } from "./codec.js";
import { getAll, queryAll, queryPrefix, run, writeAll, type Db } from "./db.js";
import { canonical, findingItem, linkItems, mergeFinding } from "./finding-items.js";
import { FINDING_SK, articlePk, findingPk, headPk, statusPk, timeSk } from "./keys.js";

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === "ConditionalCheckFailedException";

/** Stored findings by id. */
export async function loadFindings(db: Db, ids: string[]): Promise<Map<string, Finding>> {
  const items = await getAll(db, ids.map((id) => ({ pk: findingPk(id), sk: FINDING_SK })));
  return new Map(items.map((item) => { const f = decodeFinding(item); return [f.id, f]; }));
}

/**
 * Upserts computed findings by id, keeping what the store owns (status, detectedAt, note).
 * Links go in before the finding item, so a stored finding is always reachable from each of its
 * articles. Each put is conditional on the status it was merged with: an editor's dismissal
 * that lands in between makes the merge run again instead of being overwritten.
 */
export async function upsertFindings(db: Db, computed: Finding[], at: string): Promise<FindingChanges> {
  const unique = [...new Map(computed.map((f) => [f.id, f])).values()];
  const stored = await loadFindings(db, unique.map((f) => f.id));
  const changes: FindingChanges = { opened: [], resolved: [], unchanged: [] };
  await Promise.all(unique.map(async (finding) => {
    const { finding: merged, change } = await upsertOne(db, finding, stored.get(finding.id), at);
    changes[change].push(merged);
  }));
  return changes;
}

async function upsertOne(db: Db, computed: Finding, stored: Finding | undefined, at: string, tries = 3) {
  const merged = mergeFinding(computed, stored, at);
  if (stored && canonical(stored) === canonical(merged.finding)) return merged;
  await writeAll(db, linkItems(merged.finding));
  try {
    await run(db, () => db.doc.send(new PutCommand({
      TableName: db.table,
      Item: findingItem(merged.finding),
      ConditionExpression: stored ? "#st = :was" : "attribute_not_exists(pk)",
      ExpressionAttributeNames: stored ? { "#st": "status" } : undefined,
      ExpressionAttributeValues: stored ? { ":was": stored.status } : undefined,
    })));
    return merged;
  } catch (error) {
    if (!isConditionFailure(error) || tries <= 1) throw error;
    const fresh = (await loadFindings(db, [computed.id])).get(computed.id);
    return upsertOne(db, computed, fresh, at, tries - 1);
  }
}

/**
 * Moves findings to `status`, only from one of `from` (conditional: nothing else is touched).
 * Returns the updated findings; ids in another state or unknown are skipped.
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

/** Every finding linked to the article, any status, newest first. */
export async function findingsForArticle(db: Db, articleId: string): Promise<Finding[]> {
  const links = await queryPrefix(db, articlePk(articleId), "FIND#");
  const found = await loadFindings(db, links.map((link) => String(link["findingId"])));
  return newestFirst([...found.values()]);
}

/** Cross-article findings in a subject group, any status. */
export async function findingsAboutSubject(db: Db, head: string): Promise<Finding[]> {
  const items = await queryAll(db, {
    IndexName: "bySubject",
    KeyConditionExpression: "subjectPk = :pk AND begins_with(subjectSk, :prefix)",
    ExpressionAttributeValues: { ":pk": headPk(head), ":prefix": "FINDING#" },
  });
  return items.map(decodeFinding);
}

/** Newest detection first, ties by id descending: the order of the `byTime` index. */
export function newestFirst(findings: Finding[]): Finding[] {
  const sortKey = (f: Finding) => timeSk(f.detectedAt ?? "", f.id);
  return findings.sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : 0));
}
