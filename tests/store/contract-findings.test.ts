import { expect, it } from "vitest";
import type { Finding } from "../../core/index.js";
import { claim, finding, freshStore, record } from "./fixtures.js";
import { describeContract } from "./harness.js";

const T1 = "2024-08-06T10:00:00.000Z";
const T2 = "2024-08-07T10:00:00.000Z";
const T3 = "2024-08-08T10:00:00.000Z";

/** Two articles disagreeing on a count: a1 says 3.6 million, a2 says 3.5 million. */
async function twoArticles(endpoint: string) {
  const { store, client, table } = await freshStore(endpoint);
  const older = claim("a1", 0, 3600000);
  const newer = claim("a2", 0, 3500000);
  const conflict = finding("cross-article-count", [newer, older]);
  await store.saveArticle(record("a1", [older], [], T1));
  const changes = await store.saveArticle({ ...record("a2", [newer], [conflict], T2), partitions: { [conflict.id]: "refugee/place:syrian" } });
  return { store, client, table, older, newer, conflict, changes };
}

const ids = (findings: Finding[]) => findings.map((f) => f.id);

describeContract("store: findings", (server) => {
  it("a cross-article finding opens once and is reachable from both articles", async () => {
    const { store, conflict, changes } = await twoArticles(server.endpoint());
    expect(ids(changes.opened)).toEqual([conflict.id]);
    expect(changes.opened[0]).toMatchObject({ status: "open", detectedAt: T2 });
    expect(ids(await store.findingsForArticle("a1"))).toEqual([conflict.id]);
    expect(ids(await store.findingsForArticle("a2"))).toEqual([conflict.id]);
    expect(ids(await store.findingsInPartition("refugee/place:syrian"))).toEqual([conflict.id]);
    expect(await store.findingsInPartition("refugee/place:turkey")).toEqual([]);
  });

  it("computed again, a known finding is unchanged and keeps its first detection", async () => {
    const { store, newer, conflict } = await twoArticles(server.endpoint());
    const again = await store.saveArticle(record("a2", [newer], [conflict], T3));
    expect(again.opened).toEqual([]);
    expect(ids(again.unchanged)).toEqual([conflict.id]);
    expect((await store.getFinding(conflict.id))?.detectedAt).toBe(T2);
  });

  it("a dismissed finding stays dismissed when computed again, by a save or by putFindings", async () => {
    const { store, newer, conflict } = await twoArticles(server.endpoint());
    const dismissed = await store.setFindingStatus(conflict.id, "dismissed", T2, "different sources, both right");
    expect(dismissed).toMatchObject({ status: "dismissed", note: "different sources, both right", statusChangedAt: T2 });
    const again = await store.saveArticle(record("a2", [newer], [conflict], T3));
    expect(again.opened).toEqual([]);
    expect(await store.putFindings([conflict], T3)).toMatchObject({ opened: [] });
    expect(await store.getFinding(conflict.id)).toMatchObject({ status: "dismissed", note: "different sources, both right" });
  });

  it("a finding no longer computed on re-post is resolved; computed later again, it reopens", async () => {
    const { store, newer, conflict } = await twoArticles(server.endpoint());
    const fixed = claim("a2", 0, 3600000);
    const afterFix = await store.saveArticle(record("a2", [fixed], [], T3));
    expect(ids(afterFix.resolved)).toEqual([conflict.id]);
    expect(await store.getFinding(conflict.id)).toMatchObject({ status: "resolved", statusChangedAt: T3 });
    const back = await store.saveArticle(record("a2", [newer], [conflict], "2024-08-09T00:00:00.000Z"));
    expect(ids(back.opened)).toEqual([conflict.id]);
    expect((await store.getFinding(conflict.id))?.status).toBe("open");
  });

  it("a dismissed finding that vanishes keeps the editor's word", async () => {
    const { store, conflict } = await twoArticles(server.endpoint());
    await store.setFindingStatus(conflict.id, "dismissed", T2);
    const afterFix = await store.saveArticle(record("a2", [claim("a2", 0, 3600000)], [], T3));
    expect(afterFix.resolved).toEqual([]);
    expect((await store.getFinding(conflict.id))?.status).toBe("dismissed");
  });

  it("deleting an article resolves its findings, still reachable from the other article", async () => {
    const { store, conflict } = await twoArticles(server.endpoint());
    await store.deleteArticle("a2", T3);
    expect(await store.findingsForArticle("a1")).toMatchObject([{ id: conflict.id, status: "resolved", statusChangedAt: T3 }]);
    expect((await store.listFindings({ status: "open" })).items).toEqual([]);
  });

  it("setFindingStatus on an unknown finding is null", async () => {
    const { store } = await freshStore(server.endpoint());
    expect(await store.setFindingStatus("f-none", "dismissed", T1)).toBeNull();
    expect(await store.getFinding("f-none")).toBeNull();
  });

  it("lists findings newest first, filtered, page by page with an opaque cursor", async () => {
    const { store } = await freshStore(server.endpoint());
    const made: Finding[] = [];
    for (let i = 0; i < 9; i++) {
      const c = [claim(`a${i}`, 0, i), claim(`a${i}`, 10, i + 100)];
      const f = { ...finding(`rule-${i}`, c, i % 3 === 0 ? "note" : "contradiction"), detectedAt: `2024-08-${String(10 + i)}T00:00:00.000Z` };
      made.push(f);
      await store.saveArticle(record(`a${i}`, c, [f]));
    }
    await store.setFindingStatus(made[4]!.id, "dismissed", T3);
    const newestFirst = [...made].reverse().map((f) => f.id);

    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listFindings({ limit: 4, cursor });
      pages.push(ids(page.items));
      cursor = page.cursor;
    } while (cursor);
    expect(pages.map((p) => p.length)).toEqual([4, 4, 1]);
    expect(pages.flat()).toEqual(newestFirst);

    const open = await store.listFindings({ status: "open", limit: 100 });
    expect(ids(open.items)).toEqual(newestFirst.filter((id) => id !== made[4]!.id));
    const notes = await store.listFindings({ severity: "note", limit: 2 });
    expect(ids(notes.items)).toEqual([made[6]!.id, made[3]!.id]);
    const rest = await store.listFindings({ severity: "note", limit: 2, cursor: notes.cursor });
    expect(ids(rest.items)).toEqual([made[0]!.id]);
    expect(rest.cursor).toBeUndefined();
    expect(ids((await store.listFindings({ status: "dismissed" })).items)).toEqual([made[4]!.id]);
    const internalNotes = await store.listFindings({ kind: "internal-conflict", severity: "note", status: "open" });
    expect(ids(internalNotes.items)).toEqual([made[6]!.id, made[3]!.id, made[0]!.id]);
    expect((await store.listFindings({ kind: "cross-article-conflict" })).items).toEqual([]);
    expect(ids((await store.listFindings({ articleId: "a2" })).items)).toEqual([made[2]!.id]);
    await expect(store.listFindings({ cursor: "eyJ4IjoxfQ" })).rejects.toMatchObject({ code: "invalid-input" });
  });
});
