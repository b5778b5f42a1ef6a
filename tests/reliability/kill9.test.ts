import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedStore } from "../../functions/store/index.js";
import { RELIABILITY_KEY, dumpTable, tally, type Item } from "../support/reliability-app.js";
import { seededRandom } from "../support/reliability-faults.js";
import { spawnServe, stopServe, type ServeProcess } from "../support/reliability-process.js";
import { story, type Story } from "../support/reliability-stories.js";

/**
 * kill -9 of the real `claimcheck serve` while it writes to its embedded store on disk, then a
 * restart on the same directory: what got a 201 is all there, what did not is re-posted, and
 * the directory ends up holding exactly what an uninterrupted run's directory holds (every
 * item, with wall-clock times masked: the two runs happen at different moments).
 * Stories go one at a time, so the end state does not depend on request order; edits of
 * earlier stories are mixed in, so a kill can land in a revision's replacement too.
 */
/** Kills land in an edit (ops 4 and 9 edit stories 1 and 6) and in a new story. */
const OPS = 12;
const KILLS = [4, 7, 9];
const env = { CLAIMCHECK_API_KEYS: RELIABILITY_KEY };

function plan(): Story[] {
  return Array.from({ length: OPS }, (_, i) => {
    if (i % 5 !== 4) return story("k", i);
    const earlier = story("k", i - 3);
    return { ...earlier, body: `${earlier.body} About ${i}00 people fled.` }; // an edit: same id, new text
  });
}

async function postStory(url: string, s: Story): Promise<number> {
  const res = await fetch(`${url}/articles`, { method: "POST", headers: { Authorization: `Bearer ${RELIABILITY_KEY}`, "Content-Type": "application/json" }, body: JSON.stringify(s) });
  await res.arrayBuffer();
  return res.status;
}

/** The directory's items once no server holds it. Times are masked: a run's clock is the wall clock. */
async function itemsIn(dir: string): Promise<Item[]> {
  const store = await startEmbeddedStore({ path: dir, tcp: true });
  try {
    const items = await dumpTable(store.endpoint, store.table);
    return JSON.parse(JSON.stringify(items).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, "<time>")) as Item[];
  } finally {
    await store.close();
  }
}

const dirs: string[] = [];
const running: ServeProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => stopServe(s)));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function storeDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claimcheck-kill9-"));
  dirs.push(dir);
  return join(dir, "store");
}

describe("kill -9 of claimcheck serve mid-write", () => {
  it("reopens consistent; re-posting what got no 201 reaches the state of an uninterrupted run", async () => {
    const stories = plan();
    const cleanDir = await storeDir();
    const clean = await spawnServe(cleanDir, env);
    running.push(clean);
    for (const s of stories) expect(await postStory(clean.url, s)).toBe(201);
    expect(await stopServe(clean)).toBe("0");

    const dir = await storeDir();
    const random = seededRandom(9);
    let server = await spawnServe(dir, env);
    running.push(server);
    const answered = new Set<number>();
    const report: string[] = [];
    for (let i = 0; i < stories.length; i++) {
      if (!KILLS.includes(i)) {
        expect(await postStory(server.url, stories[i]!)).toBe(201);
        answered.add(i);
        continue;
      }
      // Send, then kill at a random point while the request is being checked and written.
      const inFlight = postStory(server.url, stories[i]!).catch(() => 0);
      await new Promise((done) => setTimeout(done, 20 + Math.floor(random() * 200)));
      server.child.kill("SIGKILL");
      expect(await server.exited).toBe("SIGKILL");
      const status = await inFlight;
      server = await spawnServe(dir, env);
      running.push(server);
      const seen = await fetch(`${server.url}/articles/${stories[i]!.id}`);
      const held = seen.status === 404 ? "no such article" : ((await seen.json()) as { article: { body: string } }).article.body === stories[i]!.body ? "the new text" : "the previous text";
      report.push(`kill ${report.length + 1}: in-flight ${stories[i]!.id} got ${status || "no answer"}; after restart the store holds ${held}`);
      if (status === 201) answered.add(i);
      for (const j of [...Array(i + 1).keys()].filter((j) => !answered.has(j))) {
        expect(await postStory(server.url, stories[j]!)).toBe(201); // re-post what got no 201
        answered.add(j);
      }
    }
    expect(await stopServe(server)).toBe("0");
    console.log(report.join("\n"));

    const after = await itemsIn(dir);
    const expected = await itemsIn(cleanDir);
    expect(tally(after).articles).toBe(new Set(stories.map((s) => s.id)).size);
    expect(tally(after).findings).toBeGreaterThan(0);
    expect(after).toEqual(expected);
    for (const line of [clean.stderr(), server.stderr()]) expect(line).not.toContain(RELIABILITY_KEY);
  }, 170_000);
});
