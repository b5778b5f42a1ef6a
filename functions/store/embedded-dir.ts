import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ClaimcheckError } from "../../core/index.js";

/**
 * Which directories the embedded store may open. LevelDB writes LOG, CURRENT, LOCK and its
 * tables into whatever directory it is given, over files of the same names, and dies with a stack
 * trace on a CURRENT it did not write. So a directory is opened only when it is new, empty, marked
 * as a claimcheck store, or holds nothing but LevelDB's own files (a store from before the mark);
 * anything else is refused before a byte is written.
 */
export const STORE_MARK = "claimcheck-store.json";

/** Files LevelDB (and the lock) leave in a store directory. */
const LEVELDB_FILE = /^(CURRENT|LOCK|LOG|LOG\.old|MANIFEST-\d+|\d+\.(log|ldb|sst|dbtmp)|claimcheck\.pid(\..+)?)$/;

/**
 * Makes `dir` ready for the embedded store, or throws a one-line ClaimcheckError saying why not.
 * @example await prepareStoreDir(".claimcheck")
 */
export async function prepareStoreDir(dir: string): Promise<void> {
  const kind = await stat(dir).then((s) => (s.isDirectory() ? "dir" : "other"), () => "none");
  if (kind === "other") throw notAStore(dir, "it is not a directory");
  if (kind === "none") await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  const marked = entries.includes(STORE_MARK);
  const foreign = entries.filter((name) => name !== STORE_MARK && !LEVELDB_FILE.test(name));
  if (!marked && foreign.length > 0) {
    const named = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? ` and ${foreign.length - 3} more` : "");
    throw notAStore(dir, `it holds other files (${named}); give a new or empty directory`);
  }
  if (entries.includes("CURRENT")) await checkCurrent(dir, entries);
  if (!marked) await writeFile(join(dir, STORE_MARK), `${JSON.stringify({ format: 1, by: "claimcheck" })}\n`);
}

/** CURRENT names the MANIFEST in use; one that names none was not written by LevelDB. */
async function checkCurrent(dir: string, entries: string[]): Promise<void> {
  const current = await readFile(join(dir, "CURRENT"), "utf8").catch(() => "");
  const manifest = /^(MANIFEST-\d+)\n$/.exec(current)?.[1];
  if (!manifest || !entries.includes(manifest)) {
    throw notAStore(dir, "its CURRENT file does not name a LevelDB manifest there (a damaged store, or not a store)");
  }
}

function notAStore(dir: string, why: string): ClaimcheckError {
  return new ClaimcheckError("store-unavailable", `${dir} is not a claimcheck store: ${why}`);
}
