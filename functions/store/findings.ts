import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Finding, FindingChanges, FindingStatus } from "../../core/index.js";
import * as v from "valibot";
import { UNDATED } from "../../core/check/claim-index.js";
import { decodeCursor, decodeFinding, encodeCursor } from "./codec.js";
import { getAll, queryPrefix, run, writeAll, type Db, type Item } from "./db.js";
import { canonical, findingItem, linkItems, mergeFinding, ownerOf, type Change } from "./finding-items.js";
import { FINDING_AT, FINDING_SK, LEGACY_FINDING, articlePk, findingDayOf, findingPk, statusPk, subjectFindingsPk, timeSk } from "./keys.js";

const isConditionFailure = (error: unknown) =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === "ConditionalCheckFailedException";

/**
 * Stored findings by id.
 * @example (await loadFindings(db, ["f-1"])).get("f-1")?.status
 */
export async function loadFindings(db: Db, ids: string[]): Promise<Map<string, Finding>> {
  return new Map([...(await loadOwned(db, ids)).values()].map((x) => [x.finding.id, x.finding]));
}

interface Owned {
  finding: Finding;
  /** The partition index key it is filed under (`subjectPk`), and the day there. */
  filedUnder: string | undefined;
  day: string | undefined;
}

/** Stored findings by id, with the partition index key each is filed under and its day there. */
async function loadOwned(db: Db, ids: string[]): Promise<Map<string, Owned>> {
  const items = await getAll(db, ids.map((id) => ({ pk: findingPk(id), sk: FINDING_SK })));
  return new Map(items.map((item) => {
    const finding = decodeFinding(item);
    const filedUnder = typeof item["subjectPk"] === "string" ? item["subjectPk"] : undefined;
    const sk = item["subjectSk"];
    return [finding.id, { finding, filedUnder, day: typeof sk === "string" && sk.startsWith(FINDING_AT) ? findingDayOf(sk, UNDATED) : undefined }];
  }));
}

/**
 * A finding whose owning partition changed, or whose day there changed (or was never written:
 * findings filed before findings had one), is written again even when its content did not.
 */
const ownerMoved = (finding: Finding, stored: Owned | undefined, partition: string | undefined, day: string | undefined) => {
  const owner = ownerOf(finding, partition);
  if ((owner === null ? undefined : subjectFindingsPk(owner)) !== stored?.filedUnder) return true;
  return owner !== null && (stored?.day === undefined || (day !== undefined && day !== stored.day));
};

/** Days of findings under their partitions: given (a save's own claims), or worked out for the new ones. */
export type FindingDays = Record<string, string> | ((fresh: Finding[]) => Promise<Record<string, string>>);

/**
 * What an upsert of computed findings writes, worked out from what is stored: the links of the
 * findings that changed, the items of findings new to the store, the known ones whose content
 * changed (each a conditional put), and the changes already settled (findings computed exactly
 * as stored are not written at all).
 */
export interface FindingPlan {
  links: Item[];
  fresh: Item[];
  known: { computed: Finding; stored: Finding; finding: Finding; change: Change; partition: string | undefined; day: string }[];
  changes: FindingChanges;
}

/**
 * One batch get of the stored findings, merged with the computed ones (status, detectedAt and
 * note are the store's to keep). New findings count as opened here already: no editor can have
 * touched a finding that did not exist.
 * @example const plan = await planFindings(db, computed, at, partitions)
 */
export async function planFindings(db: Db, computed: Finding[], at: string, partitions?: Record<string, string> | string, days: FindingDays = {}): Promise<FindingPlan> {
  const partitionOf = (id: string) => (typeof partitions === "string" ? partitions : partitions?.[id]);
  const unique = [...new Map(computed.map((f) => [f.id, f])).values()];
  const owned = await loadOwned(db, unique.map((f) => f.id));
  // Days given are checked against the stored ones; worked out (a store read) only for findings that need one.
  const given = typeof days === "function" ? {} : days;
  const needsDay = unique.filter((f) => given[f.id] === undefined && ownerOf(f, partitionOf(f.id)) !== null && owned.get(f.id)?.day === undefined);
  const found = typeof days === "function" ? await days(needsDay) : {};
  const dayOf = (id: string) => given[id] ?? found[id];
  const merged = unique.map((f) => ({ computed: f, stored: owned.get(f.id)?.finding, partition: partitionOf(f.id), ...mergeFinding(f, owned.get(f.id)?.finding, at) }));
  const changed = merged.filter((m) => !m.stored || canonical(m.stored) !== canonical(m.finding)
    || ownerMoved(m.finding, owned.get(m.finding.id), m.partition, dayOf(m.finding.id)));
  const changes: FindingChanges = { opened: [], resolved: [], unchanged: [] };
  for (const m of merged.filter((x) => !changed.includes(x))) changes[m.change].push(m.finding);
  const fresh = changed.filter((m) => !m.stored);
  for (const m of fresh) changes[m.change].push(m.finding);
  const day = (id: string) => dayOf(id) ?? owned.get(id)?.day ?? UNDATED;
  return {
    links: changed.flatMap((m) => linkItems(m.finding)),
    fresh: fresh.map((m) => findingItem(m.finding, m.partition, day(m.finding.id))),
    known: changed.filter((m) => m.stored).map((m) => ({ computed: m.computed, stored: m.stored!, finding: m.finding, change: m.change, partition: m.partition, day: day(m.finding.id) })),
    changes,
  };
}

/**
 * The finding writes of a plan whose links are already in: new findings by the batch, known
 * ones each by a put conditional on the status it was merged with (an editor's dismissal that
 * lands in between makes the merge run again instead of being overwritten).
 */
export async function writeFindings(db: Db, plan: FindingPlan, at: string): Promise<FindingChanges> {
  await writeAll(db, plan.fresh);
  await Promise.all(plan.known.map(async (m) => {
    const { finding, change } = await putMerged(db, m.computed, m.stored, m.finding, m.change, at, m.partition, m.day);
    plan.changes[change].push(finding);
  }));
  return plan.changes;
}

/**
 * Upserts computed findings by id, keeping what the store owns (status, detectedAt, note).
 * Links go in before the finding items, so a stored finding is always reachable from each of
 * its articles. (Two saves creating the same new finding at once both report it opened; the
 * alert outbox queues it once.)
 * @example const { opened, unchanged } = await upsertFindings(db, computed, "2024-09-01T00:00:00Z")
 */
export async function upsertFindings(db: Db, computed: Finding[], at: string, partitions?: Record<string, string> | string, days?: FindingDays): Promise<FindingChanges> {
  const plan = await planFindings(db, computed, at, partitions, days);
  await writeAll(db, plan.links);
  return writeFindings(db, plan, at);
}

/** The conditional put of one known finding; a status changed meanwhile means merge again. */
async function putMerged(db: Db, computed: Finding, stored: Finding, finding: Finding, change: Change, at: string, partition: string | undefined, day: string, tries = 3): Promise<{ finding: Finding; change: Change }> {
  try {
    await run(db, () => db.doc.send(new PutCommand({
      TableName: db.table,
      Item: findingItem(finding, partition, day),
      ConditionExpression: "#st = :was",
      ExpressionAttributeNames: { "#st": "status" },
      ExpressionAttributeValues: { ":was": stored.status },
    })));
    return { finding, change };
  } catch (error) {
    if (!isConditionFailure(error) || tries <= 1) throw error;
    const now = (await loadFindings(db, [computed.id])).get(computed.id);
    const again = mergeFinding(computed, now, at);
    if (!now || canonical(now) === canonical(again.finding)) return again;
    return putMerged(db, computed, now, again.finding, again.change, at, partition, day, tries - 1);
  }
}

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

/**
 * Every finding linked to the article, any status, newest first.
 * @example (await findingsForArticle(db, "a1")).map((f) => f.status)
 */
export async function findingsForArticle(db: Db, articleId: string): Promise<Finding[]> {
  const links = await queryPrefix(db, articlePk(articleId), "FIND#");
  const found = await loadFindings(db, links.map((link) => String(link["findingId"])));
  return newestFirst([...found.values()]);
}

/**
 * Cross-article findings owned by one partition of the claim index, any status, all at once.
 * @example await findingsInPartition(db, "refugee/place:turkey")
 */
export async function findingsInPartition(db: Db, key: string): Promise<Finding[]> {
  const out: Finding[] = [];
  let cursor: string | undefined;
  do {
    const page = await partitionFindings(db, key, cursor, 500);
    out.push(...page.items.map((x) => x.finding));
    cursor = page.cursor;
  } while (cursor !== undefined);
  return out;
}

const findingsCursor = v.object({ legacy: v.boolean(), start: v.optional(v.record(v.string(), v.string())) });

/**
 * One page of the findings a partition owns, by their day there, oldest first (findings filed
 * before they had a day come first, as undated): what the batch re-check reads in step with its
 * walk of the partition's claims, so it never holds a partition's findings at once.
 * @example const { items, cursor } = await partitionFindings(db, "refugee/place:turkey", undefined, 100)
 */
export async function partitionFindings(db: Db, key: string, cursor: string | undefined, limit: number): Promise<{ items: { finding: Finding; day: string }[]; cursor?: string }> {
  const at = cursor === undefined ? { legacy: true } : decodeCursor(cursor, findingsCursor);
  const out = await run(db, () => db.doc.send(new QueryCommand({
    TableName: db.table,
    IndexName: "bySubject",
    KeyConditionExpression: "subjectPk = :pk AND begins_with(subjectSk, :prefix)",
    ExpressionAttributeValues: { ":pk": subjectFindingsPk(key), ":prefix": at.legacy ? LEGACY_FINDING : FINDING_AT },
    Limit: limit,
    ExclusiveStartKey: at.start,
  })));
  const items = (out.Items ?? []).map((item) => ({ finding: decodeFinding(item), day: findingDayOf(item["subjectSk"], UNDATED) }));
  const next = out.LastEvaluatedKey ? { legacy: at.legacy, start: out.LastEvaluatedKey as Record<string, string> }
    : at.legacy ? { legacy: false } : undefined;
  return next === undefined ? { items } : { items, cursor: encodeCursor(next) };
}

/** Newest detection first, ties by id descending: the order of the `byTime` index. */
export function newestFirst(findings: Finding[]): Finding[] {
  const sortKey = (f: Finding) => timeSk(f.detectedAt ?? "", f.id);
  return findings.sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : 0));
}
