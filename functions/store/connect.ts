import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoClaimStore } from "./store.js";
import type { RetryPolicy } from "./retry.js";

/** Any key works against dynalite and DynamoDB Local; they only check that one is present. */
export const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" };

export interface ConnectOptions {
  /** A DynamoDB-compatible endpoint (CLAIMCHECK_DYNAMODB_ENDPOINT); omit for AWS itself. */
  endpoint?: string;
  table: string;
  region?: string;
  /** For an endpoint that checks them; AWS itself uses the default provider chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  retry?: RetryPolicy;
}

/**
 * The SDK client for AWS, or for a local endpoint with placeholder credentials.
 * @example dynamoClient({ endpoint: "http://127.0.0.1:8000" })
 */
export function dynamoClient(options: Omit<ConnectOptions, "table" | "retry">): DynamoDBClient {
  return new DynamoDBClient({
    region: options.region ?? (options.endpoint ? "us-east-1" : undefined),
    ...(options.endpoint ? { endpoint: options.endpoint, credentials: options.credentials ?? LOCAL_CREDENTIALS } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
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
