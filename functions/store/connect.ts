import type { Agent } from "node:http";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoClaimStore } from "./store.js";
import { SDK_RETRY, type RetryPolicy } from "./retry.js";

/** Any key works against dynalite and DynamoDB Local; they only check that one is present. */
export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" };

export interface ConnectOptions {
  /** A DynamoDB-compatible endpoint (CLAIMCHECK_DYNAMODB_ENDPOINT); omit for AWS itself. */
  endpoint?: string;
  table: string;
  region?: string;
  /** For an endpoint that checks them; AWS itself uses the default provider chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** The HTTP agent to send through (the embedded store's private Unix socket). */
  httpAgent?: Agent;
  /** Attempts per request, the SDK's own retries included (default SDK_RETRY.maxAttempts). */
  maxAttempts?: number;
  /** Pacing of the rounds that resend a batch's unprocessed items. */
  retry?: RetryPolicy;
}

/**
 * The SDK client for AWS, or for a local endpoint with placeholder credentials: the one place a
 * DynamoDB client is configured, with the SDK's adaptive retries (retry.ts, SDK_RETRY).
 * @example dynamoClient({ endpoint: "http://127.0.0.1:8000" })
 */
export function dynamoClient(options: Omit<ConnectOptions, "table" | "retry">): DynamoDBClient {
  return new DynamoDBClient({
    region: options.region ?? (options.endpoint ? "us-east-1" : undefined),
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: options.credentials ?? LOCAL_CREDENTIALS } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.httpAgent ? { requestHandler: { httpAgent: options.httpAgent } } : {}),
    retryMode: SDK_RETRY.retryMode,
    maxAttempts: options.maxAttempts ?? SDK_RETRY.maxAttempts,
  });
}

/**
 * The store on an existing table (the stacks create it in AWS). The caller reads the
 * environment and passes the values in.
 * @example const { store } = connectStore({ table: "claimcheck-prod-claims" })
 */
export function connectStore(options: ConnectOptions): { store: DynamoClaimStore; client: DynamoDBClient; close(): Promise<void> } {
  const client = dynamoClient(options);
  const store = new DynamoClaimStore(client, options.table, options.retry);
  return { store, client, close: async () => client.destroy() };
}
