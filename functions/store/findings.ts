/**
 * Writing computed findings: merged with what is stored (status, detectedAt and note are the
 * store's to keep), filed under their owning partition by a day, each known one by a put
 * conditional on the status it was merged with. Reads are in finding-reads.ts, status moves in
 * finding-status.ts.
 */
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Finding, FindingChanges } from "../../core/index.js";
import { UNDATED } from "../../core/check/claim-index.js";
import { isConditionFailure, run, writeAll, type Db, type Item } from "./db.js";
import { loadFindings, loadOwned, type Owned } from "./finding-reads.js";
import { canonical, findingItem, linkItems, mergeFinding, ownerOf, type Change } from "./finding-items.js";
import { subjectFindingsPk } from "./keys.js";

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
