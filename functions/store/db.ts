import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
} from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DEFAULT_RETRY, drain, settled, type RetryPolicy } from "./retry.js";

/** A stored item as the document client gives it back. */
export type Item = Record<string, unknown>;
export type Key = { pk: string; sk: string };

/** What every store module works with: the document client, the table, the pacing of batch rounds. */
export interface Db {
  doc: DynamoDBDocumentClient;
  table: string;
  retry: RetryPolicy;
}

/**
 * @example const db = openDb(new DynamoDBClient({ endpoint }), "claimcheck")
 */
export function openDb(client: DynamoDBClient, table: string, retry: RetryPolicy = DEFAULT_RETRY): Db {
  // Claim values are doubles: "602,214,076,000,000,000,000,000" is stored as written in double
  // precision, and read back as the same double (not a BigInt, which JSON cannot carry).
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, allowImpreciseNumbers: true },
    unmarshallOptions: { wrapNumbers: (value: string) => Number(value) },
  });
  return { doc, table, retry };
}

/**
 * One request. The SDK retries it (adaptive mode, retry.ts); what it gave up on becomes
 * "store-unavailable" with the SDK's error as the cause.
 * @example await run(db, () => db.doc.send(new GetCommand(input)))
 */
export function run<T>(_db: Db, operation: () => Promise<T>): Promise<T> {
  return settled(operation);
}

/** Whether a conditional write was refused because its condition failed (not a store failure). */
export const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as Error).name === "ConditionalCheckFailedException";

const BATCH_WRITE_MAX = 25;
const BATCH_GET_MAX = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((item) => [key(item), item])).values()];
}

const keyString = (key: Key) => `${key.pk}\u0000${key.sk}`;

/**
 * Puts and deletes in batches of 25, retrying UnprocessedItems; a later write of a key wins.
 * @example await writeAll(db, [claimItem], [{ pk: "ART#a1", sk: "CLAIM#…" }])
 */
export async function writeAll(db: Db, puts: Item[], deletes: Key[] = []): Promise<void> {
  type Request = { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Key } };
  const requests: Request[] = uniqueBy(
    [
      ...deletes.map((key) => ({ key: keyString(key), request: { DeleteRequest: { Key: key } } })),
      ...puts.map((item) => ({ key: keyString(item as Key), request: { PutRequest: { Item: item } } })),
    ],
    (entry) => entry.key,
  ).map((entry) => entry.request);
  for (const batch of chunks(requests, BATCH_WRITE_MAX)) {
    await drain(db.retry, batch, async (left) => {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: left } }));
      return (out.UnprocessedItems?.[db.table] ?? []) as Request[];
    });
  }
}

/**
 * Gets by key in batches of 100, retrying UnprocessedKeys. Missing items are simply absent.
 * @example const items = await getAll(db, [{ pk: "ART#a1", sk: "ARTICLE" }], ["rev"])
 */
export async function getAll(db: Db, keys: Key[], projection?: string[]): Promise<Item[]> {
  const found: Item[] = [];
  const names = projection && Object.fromEntries(projection.map((name, i) => [`#p${i}`, name]));
  for (const batch of chunks(uniqueBy(keys, keyString), BATCH_GET_MAX)) {
    await drain(db.retry, batch, async (left) => {
      const out = await db.doc.send(new BatchGetCommand({
        RequestItems: {
          [db.table]: {
            Keys: left,
            ConsistentRead: true,
            ...(names ? { ProjectionExpression: Object.keys(names).join(","), ExpressionAttributeNames: names } : {}),
          },
        },
      }));
      found.push(...(out.Responses?.[db.table] ?? []));
      return (out.UnprocessedKeys?.[db.table]?.Keys ?? []) as Key[];
    });
  }
  return found;
}

/**
 * Every item a query matches, page after page. Only for result sets bounded by design.
 * @example await queryAll(db, { KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "ART#a1" } })
 */
export async function queryAll(db: Db, input: Omit<QueryCommandInput, "TableName">): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await run(db, () => db.doc.send(new QueryCommand({ ...input, TableName: db.table, ExclusiveStartKey: start })));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * The items of one article's collection whose sort key starts with `prefix`.
 * @example const links = await queryPrefix(db, "ART#a1", "FIND#")
 */
export function queryPrefix(db: Db, pk: string, prefix: string): Promise<Item[]> {
  return queryAll(db, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :prefix)",
    ExpressionAttributeValues: { ":pk": pk, ":prefix": prefix },
    ConsistentRead: true,
  });
}
