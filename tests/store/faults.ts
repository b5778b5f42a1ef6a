import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * Fault injection, not a mock: middleware on the real SDK client that, for chosen calls,
 * throttles, dies before sending, or sends only part of a batch and reports the rest back as
 * unprocessed, exactly as DynamoDB does under load. Everything else reaches the real server.
 * Throttling is injected below the SDK's retry middleware, on each attempt, as DynamoDB throttles
 * each HTTP request: "throttle" refuses every attempt of the call, "throttle-once" its first.
 * The other faults act on the call as a whole, before the SDK sees it.
 */
export type Fault = "throttle" | "throttle-once" | "crash" | "partial" | undefined;

export interface Call {
  /** The SDK command name ("PutItemCommand", "BatchWriteItemCommand", ...); `input` is still the document-level one. */
  command: string;
  input: Record<string, unknown>;
  /** 0-based, over every call since injection. */
  index: number;
}

export class InjectedCrash extends Error {
  constructor(at: string) {
    super(`injected crash before ${at}`);
    this.name = "InjectedCrash";
  }
}

type BatchInput = { RequestItems: Record<string, unknown[] | { Keys: unknown[] }> };

/** Sends the first half of a batch; the second half comes back unprocessed. */
async function sendPartially(next: (args: { input: unknown }) => Promise<{ output: Record<string, unknown> }>, args: { input: unknown }) {
  const input = args.input as BatchInput;
  const [table, requests] = Object.entries(input.RequestItems)[0]!;
  const isGet = !Array.isArray(requests);
  const all = isGet ? requests.Keys : requests;
  const half = Math.ceil(all.length / 2);
  const sent = all.slice(0, half);
  const held = all.slice(half);
  const result = await next({ ...args, input: { ...input, RequestItems: { [table]: isGet ? { ...requests, Keys: sent } : sent } } });
  if (held.length > 0) {
    const field = isGet ? "UnprocessedKeys" : "UnprocessedItems";
    result.output[field] = { [table]: isGet ? { ...requests, Keys: held } : held };
  }
  return result;
}

const throttled = () => Object.assign(new Error("Rate of requests exceeds the allowed throughput (injected)"), {
  name: "ProvisionedThroughputExceededException", $metadata: { httpStatusCode: 400 },
});

/**
 * `calls`: every call as the caller made it; `attempts`: every HTTP attempt the SDK made for them.
 * @example const faults = injectFaults(client, (call) => call.index === 0 ? "throttle-once" : undefined)
 */
export function injectFaults(client: DynamoDBClient, decide: (call: Call) => Fault): { calls: Call[]; attempts: string[]; remove(): void } {
  const calls: Call[] = [];
  const attempts: string[] = [];
  const name = `faultInjection${Math.floor(Math.random() * 1e9)}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const call = { command: String(context.commandName), input: args.input as Record<string, unknown>, index: calls.length };
      calls.push(call);
      const fault = decide(call);
      (context as { injected?: Fault }).injected = fault;
      if (fault === "crash") throw new InjectedCrash(call.command);
      if (fault === "partial") return sendPartially(next as never, args) as never;
      return next(args);
    },
    { step: "initialize", priority: "high", name },
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      attempts.push(String(context.commandName));
      const fault = (context as { injected?: Fault }).injected;
      if (fault === "throttle" || (fault === "throttle-once" && (context as { tried?: boolean }).tried !== true)) {
        (context as { tried?: boolean }).tried = true;
        throw throttled();
      }
      return next(args);
    },
    { step: "finalizeRequest", priority: "low", name: `${name}Attempts` },
  );
  return { calls, attempts, remove: () => {
    client.middlewareStack.remove(name);
    client.middlewareStack.remove(`${name}Attempts`);
  } };
}
