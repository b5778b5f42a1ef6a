import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";

/**
 * The one table's design, read by the store and by stacks/ so the two cannot drift.
 *
 * Access patterns (DESIGN.md "Storage") and what serves each:
 * - claims by claim index key and range of days (the comparison lookup, core/check/claim-index.ts):
 *   index `bySubject`, pk `KEY#<key>` (`killed/event:attack@baghdad`, `refugee/place:turkey`),
 *   sk `<YYYY-MM-DD>#<articleId>#<rev>#<claimId>`, carried by one index item per filing key of
 *   each claim (in the article's collection, sk `IDX#<rev>#<claimId>#<n>`); a check queries a
 *   key with `BETWEEN` two days. The cross-article findings a partition owns sit beside it under
 *   pk `FINDINGS#<key>`, sk `FINDING#<id>` (kept apart so a lookup never pages through them).
 *   The same index lists claims by subject head for GET /claims (pk `HEAD#<head>`, sk
 *   `CLAIM#<subjectKey>#…`, on the claim items): an editor's paged browsing, never a check.
 * - an article, its claims and its finding links: one item collection, pk `ART#<id>`.
 * - findings by time, newest first: index `byTime`, pk `STATUS#<status>`, sk `<detectedAt>#<id>`;
 *   due alerts share it under pk `ALERTS#due`.
 * - the batch: index `forBatch`, hash key only, carried by article items and partition markers
 *   (pk `KEY#<key>`) alone (sparse), so parallel Scan segments read articles and partitions, not
 *   every claim; the partitions are also the unit a fan-out would hand to workers (issue 18).
 * - webhook deliveries and delivered alerts expire through the TTL attribute.
 * @example TABLE_DESIGN.indexes.map((i) => i.name) // ["bySubject", "byTime", "forBatch"]
 */
export const TABLE_DESIGN = {
  partitionKey: "pk",
  sortKey: "sk",
  indexes: [
    { name: "bySubject", pk: "subjectPk", sk: "subjectSk" },
    { name: "byTime", pk: "timePk", sk: "timeSk" },
    { name: "forBatch", pk: "batchPk" },
  ],
  ttlAttribute: "expiresAt",
} as const satisfies {
  partitionKey: string;
  sortKey: string;
  indexes: readonly { name: string; pk: string; sk?: string }[];
  ttlAttribute: string;
};

/** Every key attribute is a string. */
function keyAttributes(): string[] {
  const names = new Set<string>([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey]);
  for (const index of TABLE_DESIGN.indexes) {
    names.add(index.pk);
    if ("sk" in index) names.add(index.sk);
  }
  return [...names];
}

/**
 * Creates the table (on-demand, every index projecting all attributes) unless it exists, and
 * waits until it is ACTIVE. For the embedded store and DynamoDB Local; in AWS, stacks/ owns it.
 * TTL is not switched on here: dynalite has no UpdateTimeToLive.
 * @example await createTable(new DynamoDBClient({ endpoint }), "claimcheck")
 */
export async function createTable(client: DynamoDBClient, name: string): Promise<void> {
  if (!(await tableExists(client, name))) {
    try {
      await client.send(new CreateTableCommand(tableDefinition(name)));
    } catch (error) {
      if ((error as Error).name !== "ResourceInUseException") throw error;
    }
  }
  await waitUntilActive(client, name);
}

function tableDefinition(name: string) {
  return {
    TableName: name,
    BillingMode: "PAY_PER_REQUEST" as const,
    AttributeDefinitions: keyAttributes().map((a) => ({ AttributeName: a, AttributeType: "S" as const })),
    KeySchema: [
      { AttributeName: TABLE_DESIGN.partitionKey, KeyType: "HASH" as const },
      { AttributeName: TABLE_DESIGN.sortKey, KeyType: "RANGE" as const },
    ],
    GlobalSecondaryIndexes: TABLE_DESIGN.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.pk, KeyType: "HASH" as const },
        ...("sk" in index ? [{ AttributeName: index.sk, KeyType: "RANGE" as const }] : []),
      ],
      Projection: { ProjectionType: "ALL" as const },
    })),
  };
}

async function tableExists(client: DynamoDBClient, name: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: name }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException || (error as Error).name === "ResourceNotFoundException") return false;
    throw error;
  }
}

async function waitUntilActive(client: DynamoDBClient, name: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every((i) => i.IndexStatus === "ACTIVE");
    if (Table?.TableStatus === "ACTIVE" && indexesReady) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${name} did not become ACTIVE`);
}
