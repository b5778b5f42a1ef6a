import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { startEmbeddedStore } from "../../functions/store/index.js";
import { claim, record } from "./fixtures.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

it("the embedded store persists under its directory across restarts", async () => {
  const dir = await mkdtemp(join(tmpdir(), "claimcheck-store-"));
  dirs.push(dir);
  const first = await startEmbeddedStore({ path: join(dir, ".claimcheck") });
  expect(first.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await first.store.saveArticle(record("a1", [claim("a1", 0, 42)]));
  await first.close();

  const second = await startEmbeddedStore({ path: join(dir, ".claimcheck") });
  try {
    expect((await second.store.getArticle("a1"))?.claims.map((c) => c.value)).toEqual([42]);
  } finally {
    await second.close();
  }
});

it("a directory already open in another store is refused with a clear error", async () => {
  const dir = await mkdtemp(join(tmpdir(), "claimcheck-store-"));
  dirs.push(dir);
  const first = await startEmbeddedStore({ path: dir });
  try {
    await expect(startEmbeddedStore({ path: dir })).rejects.toMatchObject({ code: "store-unavailable", message: expect.stringContaining(dir) });
  } finally {
    await first.close();
  }
});

it("without a path the store lives in memory and starts empty", async () => {
  const embedded = await startEmbeddedStore();
  try {
    expect(await embedded.store.getArticle("a1")).toBeNull();
    expect(embedded.table).toBe("claimcheck");
  } finally {
    await embedded.close();
  }
});
