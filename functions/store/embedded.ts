import type { Server } from "node:http";
import dynalite from "dynalite";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { dynamoClient } from "./connect.js";
import { prepareStoreDir } from "./embedded-dir.js";
import { listenPrivately } from "./embedded-socket.js";
import { lockStoreDir } from "./lock.js";
import { DynamoClaimStore } from "./store.js";
import { createTable } from "./table.js";

export const EMBEDDED_TABLE = "claimcheck";

export interface EmbeddedStore {
  store: DynamoClaimStore;
  /** A client of the store, for this process only. */
  client: DynamoDBClient;
  /** The endpoint URL, only with `tcp: true`. */
  endpoint?: string;
  table: string;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** LevelDB directory (new, empty, or a claimcheck store); in memory when omitted. */
  path?: string;
  /**
   * Also reachable at http://127.0.0.1:PORT, for tests and benchmarks that hand an endpoint to
   * another client or process. Anyone on the machine can then read and write it; the CLI never
   * sets it. Browsers are refused either way.
   */
  tcp?: boolean;
  /** With `tcp`: the port (random when omitted). */
  port?: number;
}

/**
 * dynalite in this process, reachable only by it (a Unix socket in a private directory, see
 * embedded-socket.ts), persisted under `path` (LevelDB; one process at a time, see lock.ts) or in
 * memory, with the table created when missing. No AWS account, Java or Docker.
 * @example
 * const { store, close } = await startEmbeddedStore({ path: ".claimcheck" });
 * try { await store.getArticle("a1") } finally { await close() }
 */
export async function startEmbeddedStore(options: EmbeddedOptions & { tcp: true }): Promise<EmbeddedStore & { endpoint: string }>;
export async function startEmbeddedStore(options?: EmbeddedOptions): Promise<EmbeddedStore>;
export async function startEmbeddedStore(options: EmbeddedOptions = {}): Promise<EmbeddedStore> {
  if (options.path) await prepareStoreDir(options.path);
  const release = options.path ? await lockStoreDir(options.path) : async () => undefined;
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const where = await listenPrivately(server, options).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  const client = dynamoClient({ endpoint: where.endpoint, httpAgent: where.agent });
  const close = async () => {
    client.destroy();
    await closeServer(server);
    await where.cleanup();
    await release();
  };
  try {
    await createTable(client, EMBEDDED_TABLE);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return {
    store: new DynamoClaimStore(client, EMBEDDED_TABLE),
    client,
    ...(options.tcp ? { endpoint: where.endpoint } : {}),
    table: EMBEDDED_TABLE,
    close,
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
