import { resolve } from "node:path";
import type { ClaimStore } from "../../core/index.js";
import { startEmbeddedStore } from "../store/embedded.js";

export const DEFAULT_STORE_DIR = ".claimcheck";

/**
 * The store a CLI command works on: an empty in-memory one for --fresh, else the embedded
 * persistent one under DIR (./.claimcheck by default).
 * @example const { store, close } = await openCliStore({ fresh: true }, process.cwd())
 */
export async function openCliStore(
  options: { fresh?: boolean; store?: string },
  cwd: string,
): Promise<{ store: ClaimStore; close: () => Promise<void>; where: string }> {
  if (options.fresh) {
    const embedded = await startEmbeddedStore();
    return { store: embedded.store, close: embedded.close, where: "a fresh in-memory store" };
  }
  const path = resolve(cwd, options.store ?? DEFAULT_STORE_DIR);
  const embedded = await startEmbeddedStore({ path });
  return { store: embedded.store, close: embedded.close, where: path };
}
