import { expect, it } from "vitest";
import { checkArticle, EXTRACTOR_VERSION, filingKeys, INDEX_VERSION, lookupsForClaims } from "../../core/index.js";
import { partitionsOf } from "../../core/checker.js";
import { isAnchorKey } from "../../core/check/claim-index.js";
import { story } from "../support/reliability-stories.js";
import { injectFaults } from "./faults.js";
import { freshStore } from "./fixtures.js";
import { describeContract } from "./harness.js";

/**
 * How many DynamoDB requests a save makes, counted on the SDK client, never timed. A new story
 * costs one read of its collection, one batch get of its findings, its items and finding links in
 * batches of 25, its new findings in a batch after their links, and the commit (11 requests for
 * this story before: a get, three queries and a second batch get to clean up and resolve what
 * a new story cannot have, and links and findings in batches of their own).
 */
const BATCH = 25;

describeContract("store: requests per save", (server) => {
  it("a new story: one read, its items and findings in batches of 25, one commit", async () => {
    const { store, client } = await freshStore(server.endpoint());
    const now = () => "2026-01-01T00:00:00.000Z";
    // Earlier stories on the same subjects, so the new one has cross-article findings to store.
    for (let i = 0; i < 12; i++) await checkArticle(story("calls", i), { store, now });
    const next = story("calls", 19); // a designed conflict: it misstates a refugee figure
    const { claims, findings } = await checkArticle(next, { store, now }, { dryRun: true });
    const related = await store.claimsAbout(lookupsForClaims(claims), next.id);
    const faults = injectFaults(client, () => undefined);
    await store.saveArticle({
      article: { ...next, extractorVersion: EXTRACTOR_VERSION, indexVersion: INDEX_VERSION, checkedAt: now() },
      claims, findings, partitions: partitionsOf(findings, [...claims, ...related.claims]),
    });
    faults.remove();
    const commands = faults.calls.map((c) => c.command);
    const items = claims.length + claims.reduce((n, c) => n + filingKeys(c).length, 0);
    const links = findings.reduce((n, f) => n + new Set(f.claims.map((r) => r.articleId)).size, 0);
    console.log(`save of a new story: ${commands.length} requests; ${claims.length} claims, ${items} claim and index items, ${findings.length} findings, ${links} links: ${JSON.stringify(tally(commands))}`);
    expect(findings.length).toBeGreaterThan(0);
    // One read of its collection, one batch get of the findings, its writes in batches, one commit.
    const markers = new Set(claims.flatMap((c) => filingKeys(c).map((f) => f.key)).filter(isAnchorKey)).size;
    const batches = Math.ceil((items + markers + links) / BATCH) + Math.ceil(findings.length / BATCH);
    expect(tally(commands)).toEqual({ Query: 1, BatchGetItem: 1, BatchWriteItem: batches, PutItem: 1 });
    expect(commands).not.toContain("UpdateItemCommand");
  });

  it("saving the same story again writes nothing but reads it once", async () => {
    const { store, client } = await freshStore(server.endpoint());
    const now = () => "2026-01-01T00:00:00.000Z";
    const s = story("again", 3);
    const first = await checkArticle(s, { store, now });
    const faults = injectFaults(client, () => undefined);
    await store.saveArticle({ article: { ...s, extractorVersion: EXTRACTOR_VERSION, indexVersion: INDEX_VERSION, checkedAt: now() }, claims: first.claims, findings: first.findings });
    faults.remove();
    console.log(`identical re-save: ${JSON.stringify(tally(faults.calls.map((c) => c.command)))}`);
    expect(tally(faults.calls.map((c) => c.command))).toEqual({ Query: 1, BatchGetItem: 1, PutItem: 1 });
  });
});

function tally(commands: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of commands) out[c.replace("Command", "")] = (out[c.replace("Command", "")] ?? 0) + 1;
  return out;
}
