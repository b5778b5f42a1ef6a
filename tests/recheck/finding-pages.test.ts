import { expect, it } from "vitest";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { checkClaims, type BatchStore, type CheckInput } from "../../core/index.js";
import { recheck, type RecheckProgress } from "../../core/recheck.js";
import { FINDINGS_PER_PAGE } from "../../core/recheck/finding-feed.js";
import type { EmbeddedStore } from "../../functions/store/index.js";
import { dump } from "../store/fixtures.js";
import { fixedNow, ingest, withStore } from "./seed.js";

/**
 * The re-check reads a partition's stored findings a page at a time, in step with its walk, and
 * decides each once the walk has passed its claims: it never holds a partition's findings at
 * once, and finds exactly what a walk holding them all finds.
 */

/** A refugee level reported every day for months, by outlets that disagree: one busy partition. */
async function busyLevel(embedded: EmbeddedStore, days: number): Promise<void> {
  for (let d = 0; d < days; d++) {
    const published = new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);
    const figure = ["3.6 million", "2.1 million", "3.1 million"][d % 3];
    await ingest(embedded, { id: `lvl${d}`, published, title: `Level ${d}`, body: `Turkey hosts ${figure} Syrian refugees, officials said.` });
  }
}

/** Items of each read of a partition's findings (queries of `FINDINGS#...`). */
function countFindingReads(client: DynamoDBClient): { reads: number[]; stop(): void } {
  const reads: number[] = [];
  const name = `findingReads${Math.floor(Math.random() * 1e9)}`;
  client.middlewareStack.add((next) => async (args) => {
    const result = await next(args);
    const input = args.input as { ExpressionAttributeValues?: Record<string, { S?: string }> };
    if (String(input.ExpressionAttributeValues?.[":pk"]?.S ?? "").startsWith("FINDINGS#")) reads.push((result.output as { Items?: unknown[] }).Items?.length ?? 0);
    return result;
  }, { step: "finalizeRequest", priority: "low", name });
  return { reads, stop: () => void client.middlewareStack.remove(name) };
}

/** The stored findings as an editor sees them: id, status, words. */
const findingsOf = async (embedded: EmbeddedStore) => (await dump(embedded.client, embedded.table))
  .filter((i) => i["type"] === "finding").map((i) => i["finding"] as { id: string; status: string; explanation: string })
  .map((f) => `${f.id} ${f.status} ${f.explanation}`).sort();

/** The same store without paged reads of findings: the walk is handed a partition's findings at once. */
const allAtOnce = (store: BatchStore): BatchStore => new Proxy(store, {
  get: (target, prop) => (prop === "partitionFindings" ? undefined : Reflect.get(target, prop, target)),
});

it("reads a partition's findings page by page and holds a window of them, with the results of holding them all", () =>
  withStore(async (paged) => withStore(async (whole) => {
    for (const embedded of [paged, whole]) {
      await busyLevel(embedded, 180);
      // What the re-check must settle: an article gone (its findings lose a claim), one dismissed, one resolved.
      await embedded.store.deleteArticle("lvl40", "2024-06-01T00:00:00.000Z");
      const [first, second] = (await embedded.store.findingsForArticle("lvl60")).filter((f) => f.status === "open");
      await embedded.store.setFindingStatus(first!.id, "dismissed", "2024-06-01T00:00:00.000Z");
      await embedded.store.setFindingStatus(second!.id, "resolved", "2024-06-01T00:00:00.000Z");
    }
    const before = await findingsOf(paged);
    expect(before).toEqual(await findingsOf(whole));
    expect(before.length).toBeGreaterThan(3 * FINDINGS_PER_PAGE);

    // A checker that no longer finds a third of them: the walk judges those again and resolves them.
    const check = (input: CheckInput) => checkClaims(input).filter((f) => f.id.charCodeAt(f.id.length - 1) % 3 !== 0);
    const counted = countFindingReads(paged.client);
    const progress: RecheckProgress[] = [];
    const pagedRun = await recheck({ store: paged.store, now: fixedNow, check, onProgress: (p) => void progress.push(p) });
    counted.stop();
    const wholeRun = await recheck({ store: allAtOnce(whole.store), now: fixedNow, check });

    expect(pagedRun.summary).toEqual(wholeRun.summary);
    expect(pagedRun.summary.resolved).toBeGreaterThan(0);
    expect(await findingsOf(paged)).toEqual(await findingsOf(whole));
    // Never more than a page per read, and never the partition's findings held at once.
    expect(Math.max(...counted.reads)).toBeLessThanOrEqual(FINDINGS_PER_PAGE);
    expect(counted.reads.length).toBeGreaterThan(3);
    expect(progress.at(-1)?.peakFindings).toBeLessThan(FINDINGS_PER_PAGE + 40);
    expect(progress.at(-1)?.peakFindings).toBeLessThan(before.length / 3);
  })), 300_000);
