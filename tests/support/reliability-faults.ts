import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * Faults on the real SDK client, between the store and the real (embedded) DynamoDB. The store's
 * document client sends through the same middleware stack as the client it wraps, so a
 * middleware is how "a wrapper around send" reaches every call; everything not faulted goes to
 * the real server. The errors are shaped as the SDK gives them after its own retries.
 */
export type FaultKind =
  /** DynamoDB's throttling answer; the store backs off and retries it. */
  | "throttle"
  /** A 500 from the service; retried like throttling. */
  | "server-error"
  /** No answer in time, and the request never arrived. */
  | "timeout"
  /** The request arrived and was applied, but the answer timed out: the caller cannot tell. */
  | "timeout-after-write"
  /** The connection dropped before the request was sent: the process on the other side "crashed". */
  | "reset";

export const FAULT_KINDS: readonly FaultKind[] = ["throttle", "server-error", "timeout", "timeout-after-write", "reset"];

export interface Call {
  /** The SDK command: "PutItemCommand", "BatchWriteItemCommand", "QueryCommand", ... */
  command: string;
  /** The document-level input (an Item's `type` tells an article commit from a claim write). */
  input: Record<string, unknown>;
  index: number;
  fault?: FaultKind;
}

const WRITES = new Set(["PutItemCommand", "BatchWriteItemCommand", "UpdateItemCommand", "DeleteItemCommand"]);
export const isWrite = (call: Pick<Call, "command">) => WRITES.has(call.command);

/** The put that commits an article's new revision (articles.ts, step 3). */
export const isArticleCommit = (call: Call) => call.command === "PutItemCommand" && (call.input["Item"] as { type?: unknown } | undefined)?.type === "article";

function faultError(kind: FaultKind): Error {
  switch (kind) {
    case "throttle":
      return Object.assign(new Error("Rate of requests exceeds the allowed throughput (injected)"), { name: "ProvisionedThroughputExceededException", $fault: "client", $metadata: { httpStatusCode: 400 } });
    case "server-error":
      return Object.assign(new Error("Internal server error (injected)"), { name: "InternalServerError", $fault: "server", $metadata: { httpStatusCode: 500 } });
    case "timeout":
    case "timeout-after-write":
      return Object.assign(new Error("Connection timed out after 1000 ms (injected)"), { name: "TimeoutError" });
    case "reset":
      return Object.assign(new Error("socket hang up (injected)"), { code: "ECONNRESET" });
  }
}

let installed = 0;

/**
 * Adds the fault middleware; `decide` sees each call (and the calls before it) and names a fault or none.
 * @example const faults = injectFaults(client, (call) => (call.index === 3 ? "reset" : undefined))
 */
export function injectFaults(client: DynamoDBClient, decide: (call: Call, calls: readonly Call[]) => FaultKind | undefined): { calls: Call[]; remove(): void } {
  const calls: Call[] = [];
  const name = `reliabilityFaults${++installed}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const call: Call = { command: String(context.commandName), input: args.input as Record<string, unknown>, index: calls.length };
      const fault = decide(call, calls);
      calls.push(fault ? { ...call, fault } : call);
      if (!fault) return next(args);
      if (fault === "timeout-after-write") {
        await next(args);
        throw faultError(fault);
      }
      throw faultError(fault);
    },
    { step: "initialize", priority: "high", name },
  );
  return { calls, remove: () => void client.middlewareStack.remove(name) };
}

/**
 * mulberry32: a small seeded PRNG, so a failing fault sequence can be replayed exactly.
 * @example const next = seededRandom(42); next() // 0.6011037519201636
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A share of all calls fail, each with a kind drawn from `kinds`; the same seed fails the same calls.
 * @example injectFaults(client, randomFaults(seededRandom(7), 0.2))
 */
export function randomFaults(random: () => number, share: number, kinds: readonly FaultKind[] = FAULT_KINDS): (call: Call) => FaultKind | undefined {
  return () => (random() < share ? kinds[Math.floor(random() * kinds.length)] : undefined);
}
