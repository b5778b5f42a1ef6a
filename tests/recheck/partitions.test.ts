import { expect, it } from "vitest";
import { INDEX_VERSION } from "../../core/index.js";
import { recheck, type RecheckProgress } from "../../core/recheck.js";
import { claim, dump, record } from "../store/fixtures.js";
import { injectFaults, InjectedCrash } from "../store/faults.js";
import { fixedNow, ingest, story, withStore } from "./seed.js";

/**
 * The re-check over the claim index: articles filed under an older layout are re-filed, items of
 * saves cut off by a crash are removed, and a partition walk holds one window, not the partition.
 */

const revisionsOf = (items: Record<string, unknown>[], articleId: string) =>
  new Set(items.filter((i) => i["pk"] === `ART#${articleId}` && (i["type"] === "claim" || i["type"] === "index")).map((i) => i["rev"]));

it("re-extracts and re-files an article stored under an older index layout, leaving no item of the old one", () =>
  withStore(async (embedded) => {
    await ingest(embedded, story("a", "2024-08-01", "3.6 million", 4000));
    const stored = (await embedded.store.getArticle("a"))!;
    // As the store held it before the index followed frames: no index layout recorded.
    const { indexVersion: _layout, ...article } = stored.article;
    await embedded.store.saveArticle({ article, claims: stored.claims, findings: [] });
    const oldRevision = [...revisionsOf(await dump(embedded.client, embedded.table), "a")];

    const { summary } = await recheck({ store: embedded.store, now: fixedNow });
    expect(summary.articles).toBe(1);
    expect((await embedded.store.getArticle("a"))?.article.indexVersion).toBe(INDEX_VERSION);
    const after = revisionsOf(await dump(embedded.client, embedded.table), "a");
    expect(after.size).toBe(1);
    expect([...after]).not.toEqual(oldRevision);
  }));

it("removes the items of saves cut off before their commit, of a new article and of a new revision", () =>
  withStore(async (embedded) => {
    const { store, client, table } = embedded;
    await store.saveArticle(record("kept", [claim("kept", 0, 3600000)], [], "2024-08-06T10:00:00.000Z"));
    const clean = await dump(client, table);
    const crashBeforeCommit = () => injectFaults(client, (call) =>
      call.command === "PutItemCommand" && (call.input["Item"] as { type?: string })?.type === "article" ? "crash" : undefined);

    const faults = crashBeforeCommit();
    await expect(store.saveArticle(record("never", [claim("never", 0, 3500000)], [], "2024-08-06T11:00:00.000Z"))).rejects.toBeInstanceOf(InjectedCrash);
    await expect(store.saveArticle(record("kept", [claim("kept", 0, 3100000)], [], "2024-08-06T11:00:00.000Z"))).rejects.toBeInstanceOf(InjectedCrash);
    faults.remove();
    expect((await dump(client, table)).length).toBeGreaterThan(clean.length);

    // An hour after the cut-off saves, nothing can commit them any more: the batch removes them.
    const progress: RecheckProgress[] = [];
    await recheck({ store, now: () => "2024-08-06T13:00:00.000Z", onProgress: (p) => void progress.push(p) });
    expect(progress.at(-1)?.cleaned).toBeGreaterThan(0);
    const after = await dump(client, table);
    expect(after.filter((i) => String(i["pk"]) === "ART#never")).toEqual([]);
    expect(revisionsOf(after, "kept")).toEqual(revisionsOf(clean, "kept"));
  }));

it("leaves alone the items of a save that may still commit (started within the hour)", () =>
  withStore(async (embedded) => {
    const { store, client, table } = embedded;
    await store.saveArticle(record("kept", [claim("kept", 0, 3600000)], [], "2024-08-06T10:00:00.000Z"));
    const faults = injectFaults(client, (call) =>
      call.command === "PutItemCommand" && (call.input["Item"] as { type?: string })?.type === "article" && call.index > 0 ? "crash" : undefined);
    await expect(store.saveArticle(record("kept", [claim("kept", 0, 3100000)], [], "2024-08-06T12:30:00.000Z"))).rejects.toBeInstanceOf(InjectedCrash);
    faults.remove();
    await recheck({ store, now: () => "2024-08-06T13:00:00.000Z" });
    expect(revisionsOf(await dump(client, table), "kept").size).toBe(2);
  }));

it("walks a partition holding one window of it: tolls of events weeks apart are never held together", () =>
  withStore(async (embedded) => {
    // Thirty reports of attacks in one city, two weeks apart: one partition (killed at the city), thirty events.
    for (let i = 0; i < 30; i++) {
      const day = new Date(Date.UTC(2024, 0, 1 + 14 * i)).toISOString().slice(0, 10);
      const toll = claim(`e${i}`, 0, 10 + i, "killed|baghdad", day);
      toll.subject!.frame = { measure: { id: "killed", text: "killed" }, scope: [{ kind: "place", id: "baghdad", text: "Baghdad" }],
        event: { id: "attack", text: "bombing", place: "baghdad", date: day } };
      await embedded.store.saveArticle(record(`e${i}`, [toll], [], `${day}T10:00:00.000Z`));
    }
    const progress: RecheckProgress[] = [];
    const { summary } = await recheck({ store: embedded.store, now: fixedNow, onProgress: (p) => void progress.push(p) });
    // One partition walked: killed/event:attack@baghdad. A toll of an event is filed as inside
    // Baghdad (killed/place:in:baghdad), which only a toll told without its event would walk.
    expect(summary.claims).toBe(30);
    expect(summary.opened).toBe(0);
    // The event's key reads ±3 days, and a retelling without the event's day the news cycle (7 days)
    // back: no two of these reports two weeks apart are ever held together.
    expect(progress.at(-1)?.peakHeld).toBeLessThanOrEqual(1);
  }));
