import { resolve } from "node:path";
import { ClaimcheckError } from "../../core/index.js";
import type { Config } from "../config.js";
import { connectStore, createTable, startEmbeddedStore, type DynamoClaimStore } from "../store/index.js";

export const DEFAULT_STORE_DIR = ".claimcheck";

/** The store flags a subcommand takes (`check` has both, `recheck` and `serve` only --store). */
export interface StoreFlags {
  fresh?: boolean;
  store?: string;
}

export interface OpenedStore {
  store: DynamoClaimStore;
  close(): Promise<void>;
  /** Where the data lives, for messages. */
  where: string;
}

/**
 * The one way every subcommand finds its store, from its flags and the validated configuration
 * (functions/config.ts: CLAIMCHECK_DYNAMODB_ENDPOINT, CLAIMCHECK_TABLE):
 * --fresh: an empty in-memory store; else CLAIMCHECK_DYNAMODB_ENDPOINT when set (the table
 * created when missing: a local endpoint starts empty); else the embedded store under --store
 * DIR (./.claimcheck by default). --store with an endpoint, or with --fresh, is a usage error:
 * one of the two would be ignored.
 * @example const { store, close } = await openCliStore({ store: "data" }, config, process.cwd())
 */
export async function openCliStore(flags: StoreFlags, config: Pick<Config, "dynamodbEndpoint" | "table">, cwd: string): Promise<OpenedStore> {
  if (flags.fresh && flags.store) throw new ClaimcheckError("invalid-input", "--fresh and --store exclude each other");
  if (flags.fresh) {
    const embedded = await startEmbeddedStore();
    return { store: embedded.store, close: embedded.close, where: "a fresh in-memory store" };
  }
  if (config.dynamodbEndpoint) {
    if (flags.store) throw new ClaimcheckError("invalid-input", "--store and CLAIMCHECK_DYNAMODB_ENDPOINT exclude each other (unset one)");
    const table = config.table ?? "claimcheck";
    const connected = connectStore({ endpoint: config.dynamodbEndpoint, table });
    try {
      await createTable(connected.client, table);
    } catch (error) {
      await connected.close();
      throw error;
    }
    return { ...connected, where: `${config.dynamodbEndpoint} (table ${table})` };
  }
  const path = resolve(cwd, flags.store ?? DEFAULT_STORE_DIR);
  const embedded = await startEmbeddedStore({ path });
  return { store: embedded.store, close: embedded.close, where: path };
}
