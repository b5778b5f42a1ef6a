import { afterAll, describe, expect, it } from "vitest";
import { DynamoClaimStore, type RetryPolicy } from "../../functions/store/index.js";
import { AUTH, problemBody, startReliabilityApp, tally, type Item, type ReliabilityApp } from "../support/reliability-app.js";
import { injectFaults, isWrite, randomFaults, seededRandom, type Call, type FaultKind } from "../support/reliability-faults.js";
import { story } from "../support/reliability-stories.js";

/**
 * Faults between the API and DynamoDB, seen from the client: every request either succeeds or
 * fails cleanly (503 problem+json with Retry-After), and a client that retries until it succeeds
 * leaves the store exactly as a run without faults does (every item compared, the clock fixed).
 * An injected fault is a call the SDK already gave up on (its adaptive retries sit below the
 * fault middleware), and the store no longer retries a call itself (issue 17 item 9), so each
 * fault reaches the client as a 503. A new story's save makes about 46 calls, so it gets through
 * a share p of failing calls with probability (1 - p)^46: 4% lets it through about one try in
 * 6.5 (15% would need about 1,700) while still failing dozens of requests with every fault kind.
 * The store paces its batch rounds (drain) quickly and without waiting: the default is a parameter.
 */
const QUICK_RETRY: RetryPolicy = { attempts: 3, baseMs: 1, capMs: 2, sleep: async () => undefined, random: () => 0.5 };
const SEED = 20261121;
const FAULT_SHARE = 0.04;
const STORIES = 10;

type Op = { what: string; path: string; init: RequestInit; ok: number[] };

const post = (body: unknown): RequestInit => ({ method: "POST", headers: { ...AUTH, "Content-Type": "application/json" }, body: JSON.stringify(body) });

/** New stories, one replaced by an edit, one deleted, a finding dismissed: every kind of write. */
function operations(): Op[] {
  const ops: Op[] = Array.from({ length: STORIES }, (_, i) => ({ what: `post f-${i}`, path: "/articles", init: post(story("f", i)), ok: [201] }));
  // The edit fixes f-3's broken conversion (resolving a finding) and misstates Turkey's figure
  // that f-0 gave (opening one): claims replaced, findings opened and resolved, old revision removed.
  const original = story("f", 3);
  const edited = { ...original, body: `${original.body.replace("30-mile (18.6-mile)", "30-km (18.6-mile)")} About 3.9 million Syrian refugees live in Turkey.` };
  ops.push({ what: "edit f-3", path: "/articles", init: post(edited), ok: [201] });
  ops.push({ what: "delete f-5", path: "/articles/f-5", init: { method: "DELETE", headers: AUTH }, ok: [204] });
  return ops;
}

const opened: ReliabilityApp[] = [];
async function fresh(): Promise<ReliabilityApp> {
  const r = await startReliabilityApp({}, (embedded) => new DynamoClaimStore(embedded.client, embedded.table, QUICK_RETRY));
  opened.push(r);
  return r;
}
afterAll(async () => { await Promise.all(opened.map((r) => r.close())); });

/**
 * A clean failure: 503, Retry-After in seconds, problem+json without raw error messages,
 * endpoints or stacks (those stay in the log). The detail may name DynamoDB's error, such as
 * ProvisionedThroughputExceededException: a cause worth telling, not a secret.
 */
async function expectCleanFailure(res: Response, what: string): Promise<void> {
  expect(res.status, what).toBe(503);
  expect(res.headers.get("Retry-After"), what).toMatch(/^\d+$/);
  const problem = await problemBody(res);
  expect(problem.code, what).toBe("store-unavailable");
  expect(JSON.stringify(problem), what).not.toMatch(/injected|ECONNRESET|hang up|timed out|127\.0\.0\.1|\bat .+:\d+/);
}

/**
 * Sends `op` until it succeeds, as a client honouring 503 would. A DELETE whose first attempt got
 * through before failing answers 404 on the retry: the article is gone, which is what was asked.
 * A fault here is one the SDK's own retries did not absorb, so a request fails on any faulted
 * call: an edit makes about a hundred calls, and at 4% a try succeeds only a few times in a
 * hundred, so the budget is generous (60 tries ran out in session 21 when an edit read two more keys).
 */
async function untilDone(r: ReliabilityApp, op: Op, tries = 400): Promise<number> {
  let failures = 0;
  for (let attempt = 0; attempt < tries; attempt++) {
    const res = await r.app.request(op.path, op.init);
    if (op.ok.includes(res.status) || (failures > 0 && op.init.method === "DELETE" && res.status === 404)) {
      await res.arrayBuffer();
      return failures;
    }
    await expectCleanFailure(res, `${op.what} (attempt ${attempt + 1})`);
    failures += 1;
  }
  throw new Error(`${op.what} never succeeded`);
}

async function cleanRun(): Promise<Item[]> {
  const r = await fresh();
  for (const op of operations()) expect(await untilDone(r, op, 1)).toBe(0);
  return r.dump();
}

describe("faults on the DynamoDB client, seen through the API", () => {
  let clean: Item[];

  it("a clean run stores the stories, the edit, the delete and their findings", async () => {
    clean = await cleanRun();
    const counts = tally(clean);
    expect(counts.articles).toBe(STORIES - 1);
    expect(counts.findings).toBeGreaterThan(0);
  });

  it(`a seeded share of calls failing (every fault kind) gives 2xx or clean 503s, and retries converge to the clean state`, async () => {
    const r = await fresh();
    const faults = injectFaults(r.embedded.client, randomFaults(seededRandom(SEED), FAULT_SHARE));
    let failed = 0;
    for (const op of operations()) failed += await untilDone(r, op);
    faults.remove();
    const hit = new Set(faults.calls.flatMap((c) => (c.fault ? [c.fault] : [])));
    expect([...hit].sort()).toEqual(["reset", "server-error", "throttle", "timeout", "timeout-after-write"]);
    expect(failed).toBeGreaterThan(0);
    expect(await r.dump()).toEqual(clean);
    console.log(`random faults: ${faults.calls.filter((c) => c.fault).length} of ${faults.calls.length} calls faulted, ${failed} requests answered 503 then retried`);
  });

  it("a throttling storm is a 503 that writes nothing; after it the retry succeeds", async () => {
    const r = await fresh();
    const before = await r.dump();
    const faults = injectFaults(r.embedded.client, () => "throttle");
    await expectCleanFailure(await r.app.request("/articles", post(story("f", 0))), "storm");
    faults.remove();
    expect(await r.dump()).toEqual(before);
    expect((await r.app.request("/articles", post(story("f", 0)))).status).toBe(201);
  });
});

/** The writes one clean POST of `op` makes after `setup`, to cut between each pair of them. */
async function writesOf(setup: Op[], op: Op): Promise<number> {
  const r = await fresh();
  for (const step of setup) await untilDone(r, step, 1);
  const probe = injectFaults(r.embedded.client, () => undefined);
  await untilDone(r, op, 1);
  probe.remove();
  return probe.calls.filter(isWrite).length;
}

describe("a crash between any two writes of one save", () => {
  // The edit of f-3 replaces claims, opens and resolves findings: the save with the most steps.
  // Setup: f-0 (Turkey's figure, which the edit contradicts) and f-3 itself.
  const setup = [operations()[0]!, operations()[3]!];
  const edit = operations()[STORIES]!;

  for (const kind of ["reset", "timeout-after-write"] as FaultKind[]) {
    it(`${kind} at each write in turn: a clean 503, and the retry converges`, async () => {
      const cleanStore = await fresh();
      for (const step of [...setup, edit]) await untilDone(cleanStore, step, 1);
      const expected = await cleanStore.dump();
      const writes = await writesOf(setup, edit);
      expect(writes).toBeGreaterThanOrEqual(5);
      for (let cut = 0; cut < writes; cut++) {
        const r = await fresh();
        for (const step of setup) await untilDone(r, step, 1);
        const faults = injectFaults(r.embedded.client, (call: Call, calls) => (isWrite(call) && calls.filter(isWrite).length === cut ? kind : undefined));
        await expectCleanFailure(await r.app.request(edit.path, edit.init), `${kind} at write ${cut}`);
        faults.remove();
        expect(await untilDone(r, edit, 1), `retry after ${kind} at write ${cut}`).toBe(0);
        expect(await r.dump(), `${kind} at write ${cut} of ${writes}`).toEqual(expected);
        opened.splice(opened.indexOf(r), 1);
        await r.close();
      }
      console.log(`${kind}: the edit cut at each of its ${writes} writes, each retried to the clean state`);
    }, 60_000);
  }
});
