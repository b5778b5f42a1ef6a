import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedStore } from "../../functions/store/index.js";
import { processStart } from "../../functions/store/lock.js";
import { claim, record } from "./fixtures.js";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "claimcheck-store-"));
  dirs.push(dir);
  return dir;
}

it("the embedded store persists under its directory across restarts", async () => {
  const dir = join(await tempDir(), ".claimcheck");
  const first = await startEmbeddedStore({ path: dir });
  await first.store.saveArticle(record("a1", [claim("a1", 0, 42)]));
  await first.close();

  const second = await startEmbeddedStore({ path: dir });
  try {
    expect((await second.store.getArticle("a1"))?.claims.map((c) => c.value)).toEqual([42]);
  } finally {
    await second.close();
  }
});

it("a directory already open in another store is refused with a clear error", async () => {
  const dir = await tempDir();
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

/** The sockets this process listens on, read from /proc (Linux): TCP ports and Unix socket paths. */
function listening(): { tcp: number; unix: string[] } {
  const mine = new Set(readdirSync("/proc/self/fd").flatMap((fd) => {
    try {
      return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1]].filter(Boolean);
    } catch {
      return [];
    }
  }));
  const rows = (file: string) => readFileSync(file, "utf8").trim().split("\n").slice(1).map((l) => l.trim().split(/\s+/));
  const tcp = [...rows("/proc/net/tcp"), ...rows("/proc/net/tcp6")].filter((r) => r[3] === "0A" && mine.has(r[9]!)).length;
  // /proc/net/unix: Num RefCount Protocol Flags Type St Inode Path; flag 00010000 = listening.
  const unix = rows("/proc/net/unix").filter((r) => r[3] === "00010000" && mine.has(r[6]!) && r[7]).map((r) => r[7]!);
  return { tcp: tcp, unix };
}

/** An HTTP request over a Unix socket or to a URL, answered with status and headers. */
function ask(target: { socketPath: string } | { url: string }, method: string, headers: Record<string, string>, body = ""): Promise<{ status: number; headers: Record<string, unknown> }> {
  const where = "url" in target ? new URL(target.url) : undefined;
  return new Promise((resolve, reject) => {
    const req = request({ method, path: "/", headers, ...(where ? { host: where.hostname, port: where.port } : { socketPath: (target as { socketPath: string }).socketPath }) }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const PREFLIGHT = { Origin: "https://evil.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "x-amz-target,authorization,content-type" };
const SCAN = {
  "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.Scan", "X-Amz-Date": "20260101T000000Z",
  Authorization: "AWS4-HMAC-SHA256 Credential=x/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x",
};

describe("only the owning process reaches the embedded store", () => {
  it("it opens no TCP port: its one new listening socket is a Unix socket, 0600, in a 0700 directory", async () => {
    const before = listening();
    const embedded = await startEmbeddedStore();
    try {
      const after = listening();
      expect(after.tcp).toBe(before.tcp);
      const added = after.unix.filter((path) => !before.unix.includes(path));
      expect(added).toHaveLength(1);
      expect(statSync(added[0]!).mode & 0o777).toBe(0o600);
      expect(statSync(dirname(added[0]!)).mode & 0o777).toBe(0o700);
      expect(embedded.endpoint).toBeUndefined();
      expect(await embedded.store.getArticle("a1")).toBeNull(); // and the owner still works through it
    } finally {
      await embedded.close();
    }
    expect(listening().unix).toEqual(before.unix);
  });

  it.runIf(process.getuid?.() === 0)("a process of another user cannot connect to the socket", async () => {
    const before = listening().unix;
    const embedded = await startEmbeddedStore();
    try {
      const socketPath = listening().unix.find((p) => !before.includes(p))!;
      const script = `require("net").connect(${JSON.stringify(socketPath)}).on("connect", () => { console.log("connected"); process.exit(0) }).on("error", (e) => { console.log(e.code); process.exit(0) })`;
      const child = spawn(process.execPath, ["-e", script], { uid: 65534, gid: 65534 });
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      await new Promise((done) => child.on("close", done));
      expect(out.trim()).toBe("EACCES");
    } finally {
      await embedded.close();
    }
  });

  it("a browser's preflight and request get 403 without CORS headers, on the socket and on TCP", async () => {
    const before = listening().unix;
    const embedded = await startEmbeddedStore();
    const exposed = await startEmbeddedStore({ tcp: true });
    try {
      const socketPath = listening().unix.find((p) => !before.includes(p))!;
      const { host } = new URL(exposed.endpoint);
      for (const target of [{ socketPath }, { url: exposed.endpoint }]) {
        const hostHeader = "url" in target ? host : "localhost";
        const preflight = await ask(target, "OPTIONS", { ...PREFLIGHT, Host: hostHeader });
        expect(preflight.status).toBe(403);
        expect(preflight.headers["access-control-allow-origin"]).toBeUndefined();
        const scan = await ask(target, "POST", { ...SCAN, Host: hostHeader, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" }, JSON.stringify({ TableName: "claimcheck" }));
        expect(scan.status).toBe(403);
        // DNS rebinding: the page's own host name, no Origin (a same-origin GET after rebinding).
        expect((await ask(target, "POST", { ...SCAN, Host: "evil.example" }, JSON.stringify({ TableName: "claimcheck" }))).status).toBe(403);
        // The same Scan without browser headers, to the right host, is answered: the gate is not a wall.
        expect((await ask(target, "POST", { ...SCAN, Host: hostHeader }, JSON.stringify({ TableName: "claimcheck" }))).status).not.toBe(403);
      }
    } finally {
      await embedded.close();
      await exposed.close();
    }
  });
});

it("a private directory left by a killed process is removed at the next start; a live one is kept", async () => {
  const live = await startEmbeddedStore();
  const liveSocket = listening().unix.find((p) => p.includes("claimcheck-"))!;
  const dead = mkdtempSync(join(tmpdir(), "claimcheck-"));
  const socketPath = join(dead, "dynalite.sock");
  const child = spawn(process.execPath, ["-e", `require("net").createServer().listen(${JSON.stringify(socketPath)}, () => console.log("ready"))`]);
  await new Promise((done) => child.stdout.once("data", done));
  child.kill("SIGKILL");
  await new Promise((done) => child.once("exit", done));
  expect(statSync(socketPath).isSocket()).toBe(true); // what SIGKILL leaves behind
  const next = await startEmbeddedStore();
  try {
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(liveSocket)).toBe(true);
    expect(await live.store.getArticle("a1")).toBeNull();
  } finally {
    await next.close();
    await live.close();
  }
});

describe("what --store may open", () => {
  function snapshot(dir: string): Record<string, string> {
    return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
  }

  it.each([
    ["a directory of someone's files", { "LOG": "my log\n", "notes.txt": "notes\n" }, /not a claimcheck store: it holds other files \(notes\.txt\)/],
    ["a stray CURRENT among them", { "CURRENT": "hello\n", "notes.txt": "notes\n" }, /not a claimcheck store: it holds other files/],
    ["a CURRENT that names no manifest", { "CURRENT": "hello\n" }, /not a claimcheck store: its CURRENT file does not name a LevelDB manifest/],
  ])("%s is refused in one line, and nothing is written there", async (_name, files, message) => {
    const dir = await tempDir();
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const error = await startEmbeddedStore({ path: dir }).then(() => null, (e: unknown) => e as Error);
    expect(error).toMatchObject({ code: "store-unavailable", message: expect.stringMatching(message) });
    expect(error!.message).not.toContain("\n");
    expect(snapshot(dir)).toEqual(files);
  });

  it("a store from before the mark (only LevelDB's files) still opens, and a file path is refused", async () => {
    const dir = join(await tempDir(), "store");
    const first = await startEmbeddedStore({ path: dir });
    await first.store.saveArticle(record("a1", [claim("a1", 0, 7)]));
    await first.close();
    rmSync(join(dir, "claimcheck-store.json"));
    const again = await startEmbeddedStore({ path: dir });
    try {
      expect((await again.store.getArticle("a1"))?.claims.map((c) => c.value)).toEqual([7]);
    } finally {
      await again.close();
    }
    writeFileSync(join(dirname(dir), "plain.txt"), "x");
    await expect(startEmbeddedStore({ path: join(dirname(dir), "plain.txt") })).rejects.toThrow(/not a directory/);
  });
});

describe("a lock left behind does not block the store forever", () => {
  /** A live process that is not claimcheck: what a reused pid points at after a container restart. */
  async function unrelated(): Promise<{ pid: number; stop(): void }> {
    const child = spawn("sleep", ["30"]);
    await new Promise((done) => child.once("spawn", done));
    return { pid: child.pid!, stop: () => child.kill() };
  }

  async function opensWith(lock: string, mtime?: Date): Promise<boolean> {
    const dir = await tempDir();
    writeFileSync(join(dir, "claimcheck.pid"), lock);
    if (mtime) utimesSync(join(dir, "claimcheck.pid"), mtime, mtime);
    const store = await startEmbeddedStore({ path: dir }).catch(() => null);
    await store?.close();
    return store !== null;
  }

  it("a live pid that started at another time than the lock records is taken over", async () => {
    const other = await unrelated();
    try {
      expect(await opensWith(JSON.stringify({ pid: other.pid, started: "1" }))).toBe(true);
      // The control: the same pid with its real start time is a live owner, and refused.
      expect(await opensWith(JSON.stringify({ pid: other.pid, started: await processStart(other.pid) }))).toBe(false);
    } finally {
      other.stop();
    }
  });

  it("a bare pid (older versions) whose process started after the lock was written is taken over", async () => {
    const other = await unrelated();
    try {
      expect(await opensWith(String(other.pid), new Date(Date.now() - 3_600_000))).toBe(true);
      expect(await opensWith(String(other.pid))).toBe(false);
    } finally {
      other.stop();
    }
  });

  it("our own pid in a lock we did not take (the restarted container got the same pid) is taken over", async () => {
    expect(await opensWith(JSON.stringify({ pid: process.pid, token: "an-earlier-life", started: await processStart(process.pid) }))).toBe(true);
    expect(await opensWith(String(process.pid))).toBe(true);
  });
});
