import { expect, it } from "vitest";
import { findingId, partitionOf, type Finding } from "../../core/index.js";
import { recheck } from "../../core/recheck.js";
import { INDEX_WINDOWS } from "../../core/check/claim-index-windows.js";
import { dump } from "../store/fixtures.js";
import { fixedNow, ingest, story, storeAsOldExtractor, withStore } from "./seed.js";

const contradictionsAbout = (findings: Finding[], head: string) =>
  findings.filter((f) => f.kind === "cross-article-conflict" && f.subject?.startsWith(`${head}|`));

it("finds a conflict the ingest check could not see: the older article's claims came from an older extractor", () =>
  withStore(async (embedded) => {
    await storeAsOldExtractor(embedded, story("older", "2024-08-01", "3.6 million", 4000));
    await ingest(embedded, story("newer", "2024-08-03", "3.1 million", 4000));
    expect(await embedded.store.findingsForArticle("newer")).toEqual([]);

    const announced: Finding[] = [];
    const { summary, complete } = await recheck({ store: embedded.store, now: fixedNow, announce: async (f) => void announced.push(...f) });

    expect(complete).toBe(true);
    expect(summary).toMatchObject({ articles: 2, opened: 1, resolved: 0 });
    const [conflict] = contradictionsAbout(await embedded.store.findingsForArticle("older"), "refugee");
    expect(conflict).toMatchObject({ status: "open", severity: "contradiction" });
    expect(conflict!.claims.map((c) => c.articleId).sort()).toEqual(["newer", "older"]);
    expect((await embedded.store.findingsForArticle("newer")).map((f) => f.id)).toEqual([conflict!.id]);
    expect(announced.map((f) => f.id)).toEqual([conflict!.id]);
    expect((await embedded.store.getArticle("older"))?.article.extractorVersion).toBeGreaterThan(0);
  }));

it("leaves agreeing articles alone: same figures, no finding", () =>
  withStore(async (embedded) => {
    await storeAsOldExtractor(embedded, story("a", "2024-08-01", "3.6 million", 4000));
    await ingest(embedded, story("b", "2024-08-02", "3.6 million", 4000));
    const { summary } = await recheck({ store: embedded.store, now: fixedNow });
    expect(summary).toMatchObject({ articles: 2, opened: 0, resolved: 0 });
    expect(summary.claims).toBeGreaterThanOrEqual(4);
    expect((await embedded.store.listFindings({})).items).toEqual([]);
  }));

it("a dismissed finding stays dismissed; a repeated run changes nothing", () =>
  withStore(async (embedded) => {
    await ingest(embedded, story("a", "2024-08-01", "3.6 million", 4000));
    await ingest(embedded, story("b", "2024-08-02", "3.1 million", 5500));
    const found = (await embedded.store.listFindings({ status: "open" })).items;
    expect(found.length).toBeGreaterThanOrEqual(1);
    await embedded.store.setFindingStatus(found[0]!.id, "dismissed", "2024-08-03T00:00:00.000Z", "two sources");

    const first = await recheck({ store: embedded.store, now: fixedNow });
    expect(first.summary).toMatchObject({ opened: 0, resolved: 0 });
    expect(first.summary.unchanged).toBe(found.length);
    expect(await embedded.store.getFinding(found[0]!.id)).toMatchObject({ status: "dismissed", note: "two sources" });

    const before = await dump(embedded.client, embedded.table);
    const second = await recheck({ store: embedded.store, now: fixedNow });
    expect(second.summary).toMatchObject({ opened: 0, resolved: 0, unchanged: first.summary.unchanged });
    expect(await dump(embedded.client, embedded.table)).toEqual(before);
  }));

it("resolves a stored cross-article finding the current checker no longer makes", () =>
  withStore(async (embedded) => {
    await ingest(embedded, story("a", "2024-08-01", "3.6 million", 4000));
    await ingest(embedded, story("b", "2024-08-02", "3.6 million", 4000));
    // As an older, looser rule left it: the two agreeing refugee counts flagged against each other.
    const [x, y] = (await embedded.store.claimsBySubject("refugee")).items;
    const stale: Finding = {
      id: findingId("old-loose-rule", [x!.id, y!.id]), kind: "cross-article-conflict", severity: "contradiction",
      rule: "old-loose-rule", subject: x!.subject!.key, status: "open", explanation: "3.6 million vs 3.6 million",
      claims: [x!, y!].map((c) => ({ articleId: c.articleId, claimId: c.id, start: c.start, end: c.end, text: c.text })),
    };
    await embedded.store.putFindings([stale], "2024-08-02T12:00:00.000Z", partitionOf([x!, y!])!);

    const { summary } = await recheck({ store: embedded.store, now: fixedNow });
    expect(summary).toMatchObject({ resolved: 1, opened: 0 });
    expect(await embedded.store.getFinding(stale.id)).toMatchObject({ status: "resolved", statusChangedAt: "2024-09-01T00:00:00.000Z" });
  }));

it("keeps a finding made at ingest whose claims the nearest-claims limit now keeps apart (one compared again and not found is resolved: the test above)", () =>
  withStore(async (embedded) => {
    await ingest(embedded, story("a", "2024-08-01", "3.6 million", 4000));
    await ingest(embedded, story("b", "2024-08-20", "2.1 million", 4000));
    const found = await embedded.store.findingsForArticle("b");
    const apart = found.find((f) => f.claims.some((c) => c.articleId === "a"));
    expect(apart, "ingest found a against b").toBeDefined();
    // Reports stored later between the two days: under the level's keys, b's nearest are now these.
    for (let i = 0; i < INDEX_WINDOWS.nearest + 1; i++) {
      await ingest(embedded, story(`m${i}`, `2024-08-${String(5 + i).padStart(2, "0")}`, "2.1 million", 4000));
    }
    const { summary } = await recheck({ store: embedded.store, now: fixedNow });
    expect(await embedded.store.getFinding(apart!.id)).toMatchObject({ status: "open" });
    expect(summary.resolved).toBe(0);
  }));
