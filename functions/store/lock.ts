import { randomBytes } from "node:crypto";
import { link, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ClaimcheckError } from "../../core/index.js";

/**
 * One process per store directory. LevelDB's own lock makes a second dynalite hang on its first
 * request instead of failing, so the embedded store takes this lock first.
 *
 * The lock file names its owner by pid *and* by what makes a pid unique over time: the process's
 * start time (Linux /proc, in clock ticks since boot) and the boot id. A pid alone is not enough:
 * after a container restart the pid namespace starts again, so the pid in a lock left by the old
 * container is often alive again, as an unrelated process or as ourselves, and the store would
 * stay locked forever. The file is written whole, then linked into place (link fails if a lock
 * exists), so nobody ever reads a half-written lock.
 */
const LOCK_FILE = "claimcheck.pid";

/** What the lock file holds. Older versions wrote the bare pid; it still reads. */
export interface LockOwner {
  pid: number;
  /** Random, per lock taken: tells our own lock from one an earlier process with our pid left. */
  token?: string;
  /** The owner's start time in clock ticks since boot (/proc/PID/stat field 22), when known. */
  started?: string;
  /** /proc/sys/kernel/random/boot_id when the lock was taken, when known. */
  boot?: string;
}

/** Tokens of the locks this process holds: a second open of the same store here is refused too. */
const held = new Set<string>();

async function readOrUndefined(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").then((s) => s.trim(), () => undefined);
}

/**
 * The start time of a live process in clock ticks since boot, or undefined where /proc is missing.
 * @example await processStart(process.pid) // "123456"
 */
export async function processStart(pid: number): Promise<string | undefined> {
  const stat = await readOrUndefined(`/proc/${pid}/stat`);
  // "pid (comm) state ppid …": comm may contain spaces and parentheses, so count from the last ")".
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Reads a lock file's text: JSON, or the bare pid older versions wrote.
 * @example parseOwner("4242") // { pid: 4242 }
 */
export function parseOwner(text: string): LockOwner | null {
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const value = JSON.parse(text) as LockOwner;
    return Number.isInteger(value?.pid) && value.pid > 0 ? value : null;
  } catch {
    return null;
  }
}

/** /proc reports start times in USER_HZ ticks, which Linux fixes at 100 a second for user space. */
const TICKS_PER_SECOND = 100;

/** When a live process started, in ms since the epoch, where /proc tells. */
async function startedAtMs(pid: number): Promise<number | undefined> {
  const ticks = Number(await processStart(pid));
  const boot = Number(/^btime (\d+)$/m.exec((await readOrUndefined("/proc/stat")) ?? "")?.[1]);
  return Number.isFinite(ticks) && boot > 0 ? boot * 1000 + (ticks * 1000) / TICKS_PER_SECOND : undefined;
}

/**
 * Whether the process named in a lock is still the one that took it. Unreadable content, a dead
 * pid, another boot, or a live pid that started at another time (pid reuse) all mean stale; a
 * bare-pid lock (older versions) is stale when its pid started after the lock was written.
 * Without /proc, a live pid is taken at its word.
 * @example await isStale({ pid: process.pid, token: "not-ours", started: "1" }, 0) // true
 */
export async function isStale(owner: LockOwner | null, writtenAtMs: number): Promise<boolean> {
  if (!owner) return true;
  if (owner.boot && (await readOrUndefined("/proc/sys/kernel/random/boot_id")) !== owner.boot) return true;
  if (owner.pid === process.pid) return !(owner.token && held.has(owner.token));
  if (!alive(owner.pid)) return true;
  if (owner.started) {
    const started = await processStart(owner.pid);
    return Boolean(started && started !== owner.started);
  }
  // A writer starts before it writes; 2 s covers btime's whole-second rounding and clock skew.
  const startedAt = await startedAtMs(owner.pid);
  return startedAt !== undefined && startedAt > writtenAtMs + 2000;
}

/**
 * Takes the store directory's lock, taking over a stale one; refuses while its owner lives.
 * @example const release = await lockStoreDir(".claimcheck"); try { … } finally { await release() }
 */
export async function lockStoreDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    token: randomBytes(12).toString("hex"),
    started: await processStart(process.pid),
    boot: await readOrUndefined("/proc/sys/kernel/random/boot_id"),
  };
  const text = JSON.stringify(me);
  const draft = `${file}.${me.token}`;
  await writeFile(draft, text, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(draft, file);
        held.add(me.token!);
        return () => release(file, me.token!);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const [seen, written] = await Promise.all([readOrUndefined(file), stat(file).then((s) => s.mtimeMs, () => 0)]);
      if (seen === undefined) continue; // released meanwhile
      const owner = parseOwner(seen);
      if (!(await isStale(owner, written))) {
        throw new ClaimcheckError("store-unavailable", `the store at ${dir} is in use by another claimcheck process (pid ${owner!.pid})`);
      }
      await takeOver(file, seen);
    }
  } finally {
    await rm(draft, { force: true });
  }
  throw new ClaimcheckError("store-unavailable", `could not lock the store at ${dir}`);
}

/**
 * Moves a stale lock aside, atomically. If what was moved is not what was judged stale (another
 * process replaced it in between), it is put back unless a newer lock is already in place.
 */
async function takeOver(file: string, judged: string): Promise<void> {
  const aside = `${file}.stale-${randomBytes(6).toString("hex")}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if ((await readOrUndefined(aside)) !== judged) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
}

async function release(file: string, token: string): Promise<void> {
  held.delete(token);
  const owner = parseOwner((await readOrUndefined(file)) ?? "");
  if (owner?.token === token) await rm(file, { force: true });
}
