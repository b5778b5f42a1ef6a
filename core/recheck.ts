/**
 * The scheduled batch re-check over the BatchStore port (issue 7). Pure: the clock, the
 * extractor, the checker, the announcement and the deadline all come in as deps.
 *
 * Phase 1, "articles": parallel Scan segments over the stored articles; each one extracted by
 * an older extractor is read again from its stored text and saved anew (see recheck/articles.ts).
 * Phase 2, "subjects": parallel Scan segments over the partitions of the claim index (one per
 * index key, core/check/claim-index.ts); each partition's claims are walked in time order and
 * compared inside their window, and the cross-article findings the partition owns are upserted
 * by id, vanished ones resolved, stale items of cut-off saves removed (recheck/subjects.ts). A
 * finding the walk proposes stands when the check of its two whole reports finds it, as the live
 * check would (recheck/verdict.ts): the re-check opens what ingest would, no more.
 * Memory holds one page of articles, or one window of one partition, per segment, and the last
 * reports the verdicts read (recheck/reports.ts): bounded by
 * the busiest window of a key, not by the store or by a common measure.
 * A checkpoint records each segment's next page after every page, so a run cut off (Lambda's
 * 15 minutes) resumes where it stopped; a finished run clears it. Every step is idempotent, so
 * a second run right after a first one changes nothing.
 */
import { checkClaims } from "./check/index.js";
import { EXTRACTOR_VERSION, extractClaims } from "./extract/index.js";
import { freshCheckpoint, readCheckpoint, writeCheckpoint, type Checkpoint } from "./recheck/checkpoint.js";
import { reextractArticle } from "./recheck/articles.js";
import { Reports } from "./recheck/reports.js";
import { runSegments } from "./recheck/segments.js";
import { recheckSubject } from "./recheck/subjects.js";
import { Tally } from "./recheck/tally.js";
import type { RecheckDeps, RecheckResult } from "./recheck/types.js";

export type { RecheckDeps, RecheckProgress, RecheckResult, RecheckSummary, RecheckPhase } from "./recheck/types.js";
export { groupFindings } from "./recheck/subjects.js";

/**
 * @example
 * const { summary, complete } = await recheck({ store, now: clock,
 *   announce: (found) => outbox.enqueueAlerts(found, endpoints, clock()).then(() => undefined) });
 */
export async function recheck(deps: RecheckDeps): Promise<RecheckResult> {
  const { store, now } = deps;
  const segments = deps.segments ?? 4;
  // A Scan page's limit counts the entries of the batch index it reads, articles and partition
  // markers alike. Articles are mostly left alone (nothing to re-extract): 100 per page and per
  // checkpoint write. Markers are a few in a hundred entries, so their pages read 2,000 entries
  // (a few dozen partitions), not a Scan request and a checkpoint write per handful of articles.
  const articlesPerPage = deps.pageSize ?? 100;
  const partitionsPerPage = deps.pageSize ?? 2000;
  const name = deps.checkpoint ?? "recheck";
  const shouldStop = deps.shouldStop ?? (() => false);
  const check = deps.check ?? checkClaims;
  const tally = new Tally(now(), deps);
  const save = (checkpoint: Checkpoint) => store.putCheckpoint(name, writeCheckpoint(checkpoint));
  let checkpoint = readCheckpoint(await store.getCheckpoint(name), segments);

  if (checkpoint.phase === "articles") {
    const context = { store, now, check, extract: deps.extract ?? extractClaims, extractorVersion: deps.extractorVersion ?? EXTRACTOR_VERSION };
    const finished = await runSegments({
      checkpoint, save, shouldStop,
      page: (segment, cursor) => store.scanArticles({ segment, totalSegments: segments, cursor, limit: articlesPerPage }),
      each: async (article) => tally.article(await reextractArticle(article, context)),
    });
    if (!finished) return tally.finish(now(), false);
    checkpoint = freshCheckpoint("subjects", segments);
    await save(checkpoint);
  }

  // One reader of reports for the run's verdicts: a story's reports meet under many keys.
  const reports = new Reports(store, check);
  const finished = await runSegments({
    checkpoint, save, shouldStop,
    page: (segment, cursor) => store.scanPartitions({ segment, totalSegments: segments, cursor, limit: partitionsPerPage }),
    each: async (key) => tally.subject(await recheckSubject(key, { store, check, now, reports }), reports.reads),
  });
  if (!finished) return tally.finish(now(), false);
  await store.putCheckpoint(name, null);
  return tally.finish(now(), true);
}
