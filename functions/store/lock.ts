import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { ClaimcheckError } from "../../core/index.js";

/**
 * One process per store directory. LevelDB's own lock makes a second dynalite hang on its first
 * request instead of failing, so the embedded store takes this lock first: a file holding the
 * owner's pid, created exclusively. A lock left by a process that died is taken over.
 */
const LOCK_FILE = "claimcheck.pid";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * @example const release = await lockStoreDir(".claimcheck"); try { … } finally { await release() }
 */
export async function lockStoreDir(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number.parseInt(await readFile(file, "utf8").catch(() => ""), 10);
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new ClaimcheckError("store-unavailable", `the store at ${dir} is in use by another claimcheck process (pid ${owner})`);
      }
      await rm(file, { force: true });
    }
  }
  throw new ClaimcheckError("store-unavailable", `could not lock the store at ${dir}`);
}
