import { RemovalPolicy } from "aws-cdk-lib";
import { Table, type StackContext } from "sst/constructs";
import { TABLE_DESIGN } from "../functions/store/table.js";
import { configFor } from "./config.js";

/**
 * The claims table: the keys, indexes and TTL attribute come from the store's own design
 * constant, so the code that reads the table and the table that is deployed cannot drift apart.
 * On-demand billing (SST's default): a newsroom's traffic is spiky (a burst when stories
 * publish, an hourly scan) and small, so paying per request beats provisioned capacity.
 *
 * @example
 * app.stack(Storage); // then in another stack: const { table } = use(Storage);
 */
export function Storage({ stack, app }: StackContext) {
  const config = configFor(app);
  const table = new Table(stack, "Claims", {
    fields: keyFields(),
    primaryIndex: { partitionKey: TABLE_DESIGN.partitionKey, sortKey: TABLE_DESIGN.sortKey },
    // Every index projects all attributes, as the store's own CreateTable does.
    globalIndexes: Object.fromEntries(
      TABLE_DESIGN.indexes.map((index) => [
        index.name,
        { partitionKey: index.pk, ...("sk" in index ? { sortKey: index.sk } : {}), projection: "all" as const },
      ]),
    ),
    timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
    cdk: {
      table: {
        // Point-in-time recovery: an accidental bulk DELETE or a bad re-check can be rolled back
        // to any second of the last 35 days. SST turns it on through the deprecated boolean;
        // the specification replaces it (CDK refuses both at once).
        pointInTimeRecovery: undefined,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
    },
  });
  stack.addOutputs({ TableName: table.tableName });
  return { table };
}

// DynamoDB only declares the attributes used as keys; all of them are strings in this design.
function keyFields(): Record<string, "string"> {
  const names = new Set<string>([TABLE_DESIGN.partitionKey, TABLE_DESIGN.sortKey]);
  for (const index of TABLE_DESIGN.indexes) {
    names.add(index.pk);
    if ("sk" in index) names.add(index.sk);
  }
  return Object.fromEntries([...names].map((name) => [name, "string" as const]));
}
