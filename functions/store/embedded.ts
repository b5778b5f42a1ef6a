import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { mkdir } from "node:fs/promises";
import dynalite from "dynalite";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { dynamoClient } from "./connect.js";
import { lockStoreDir } from "./lock.js";
import { DynamoClaimStore } from "./store.js";
import { createTable } from "./table.js";

export const EMBEDDED_TABLE = "claimcheck";

export interface EmbeddedStore {
  store: DynamoClaimStore;
  client: DynamoDBClient;
  endpoint: string;
  table: string;
  close(): Promise<void>;
}

/**
 * dynalite in this process on 127.0.0.1 (a random port unless given), persisted under `path`
 * (LevelDB; one process at a time, see lock.ts) or in memory, with the table created when missing.
 * No AWS account, Java or Docker.
 * @example
 * const { store, endpoint, close } = await startEmbeddedStore({ path: ".claimcheck" });
 * try { await store.getArticle("a1") } finally { await close() }
 */
export async function startEmbeddedStore(options: { path?: string; port?: number } = {}): Promise<EmbeddedStore> {
  if (options.path) await mkdir(options.path, { recursive: true });
  const release = options.path ? await lockStoreDir(options.path) : async () => undefined;
  const server = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await listen(server, options.port ?? 0).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = dynamoClient({ endpoint });
  const close = async () => {
    client.destroy();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    await release();
  };
  try {
    await createTable(client, EMBEDDED_TABLE);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { store: new DynamoClaimStore(client, EMBEDDED_TABLE), client, endpoint, table: EMBEDDED_TABLE, close };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}
