/** The DynamoDB store: what functions/ and stacks/ import. */
export { DynamoClaimStore } from "./store.js";
export { startEmbeddedStore, EMBEDDED_TABLE, type EmbeddedStore } from "./embedded.js";
export { connectStore, dynamoClient, LOCAL_CREDENTIALS, type ConnectOptions } from "./connect.js";
export { TABLE_DESIGN, createTable } from "./table.js";
export { DEFAULT_RETRY, SDK_RETRY, type RetryPolicy } from "./retry.js";
