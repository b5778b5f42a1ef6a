import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { run, type Db } from "./db.js";
import { DELIVERY_SK, deliveryPk } from "./keys.js";
import { TABLE_DESIGN } from "./table.js";

/** Webhook senders retry for up to a few days; a week of memory covers every redelivery. */
export const DELIVERY_MEMORY_SECONDS = 7 * 24 * 3600;

/**
 * A conditional put: the first recording wins, a redelivery gets false. Expiry is by the TTL
 * attribute where the table has TTL on (AWS); dynalite keeps them, which is only storage.
 * @example if (!(await recordDelivery(db, "ghost", "msg_1", now))) return "already taken"
 */
export async function recordDelivery(db: Db, source: string, deliveryId: string, at: string): Promise<boolean> {
  try {
    await run(db, () => db.doc.send(new PutCommand({
      TableName: db.table,
      Item: {
        pk: deliveryPk(source, deliveryId), sk: DELIVERY_SK, type: "delivery", at,
        [TABLE_DESIGN.ttlAttribute]: Math.floor(Date.parse(at) / 1000) + DELIVERY_MEMORY_SECONDS,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    })));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException || (error as Error).name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

/**
 * Whether a delivery was recorded, read consistently so a retry right after the first
 * delivery's recording sees it.
 * @example if (await hasDelivery(db, "ghost", "msg_1")) return "already taken"
 */
export async function hasDelivery(db: Db, source: string, deliveryId: string): Promise<boolean> {
  const { Item } = await run(db, () => db.doc.send(new GetCommand({
    TableName: db.table,
    Key: { pk: deliveryPk(source, deliveryId), sk: DELIVERY_SK },
    ConsistentRead: true,
  })));
  return Item !== undefined;
}
