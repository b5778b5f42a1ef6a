import { Api as HttpApi, Function, use, type StackContext } from "sst/constructs";
import { functionAccess, type TableActions } from "./access.js";
import { configFor } from "./config.js";
import { API_ROUTES } from "./routes.js";
import { LAMBDA_BASE } from "./runtime.js";
import { SECRET_NAMES, Secrets, type SecretName } from "./Secrets.js";
import { Storage } from "./Storage.js";

/**
 * The table actions of the HTTP API, as functions/store uses them: read, write and delete
 * articles, claims, findings, webhook deliveries and alerts (Get/Put/Update/Delete, batch reads
 * and writes of an article's claims) and Query by subject, by time and by article.
 * No Scan: serving a request never reads the whole store.
 */
export const API_TABLE_ACTIONS: TableActions = {
  items: [
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
  ],
  query: true,
  scanIndexes: [],
};

/** All of them: write routes need API keys, webhooks their signing secrets, alerts their targets. */
export const API_SECRETS: readonly SecretName[] = SECRET_NAMES;

/**
 * The HTTP API (API Gateway HTTP API, payload 2.0) in front of functions/api.ts.
 *
 * @example
 * app.stack(Storage).stack(Secrets).stack(Api); // output ApiUrl is the base URL
 */
export function Api({ stack, app }: StackContext) {
  const { table } = use(Storage);
  use(Secrets);
  const config = configFor(app);

  const handler = new Function(stack, "ApiHandler", {
    ...LAMBDA_BASE,
    handler: "functions/api.handler",
    // 512 MB: Lambda gives CPU in proportion to memory (one full vCPU at 1,769 MB), and checking
    // an article is single-threaded CPU work (numbers, units, dates) between a few DynamoDB round
    // trips. 512 MB leaves room for a 1 MB body parsed several ways at once and costs under a
    // third of a full vCPU per millisecond; raise it if long-article latency matters more.
    memorySize: "512 MB",
    // 20 s: a ceiling, not a budget (billing is per millisecond actually used). It stays under
    // the HTTP API's 30 s integration limit so a slow request ends in the app's own problem+json,
    // not a bare gateway 503, and leaves time for DynamoDB batch-write retries on a 1 MB article.
    timeout: "20 seconds",
    ...functionAccess(stack, table, API_TABLE_ACTIONS, API_SECRETS),
  });

  const api = new HttpApi(stack, "Http", {
    defaults: {
      throttle: { rate: config.throttle.rate, burst: config.throttle.burst },
    },
    cors: {
      allowOrigins: config.corsOrigins,
      allowMethods: ["GET", "POST", "PATCH", "DELETE"],
      allowHeaders: ["authorization", "content-type"],
      // The review pages are served by this same API (same origin; their sign-in cookie is
      // SameSite=Strict). CORS only concerns other origins calling the JSON API, with bearer keys
      // in a header: no credentials mode, so the cookie never rides a cross-origin request.
      allowCredentials: false,
      maxAge: "1 day",
    },
    accessLog: { retention: "one_month" },
    routes: Object.fromEntries(API_ROUTES.map((route) => [route, handler])),
  });

  stack.addOutputs({ ApiUrl: api.url });
  return { api, handler };
}
