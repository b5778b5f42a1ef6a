/**
 * The Lambda entry of the HTTP API: API Gateway (HTTP API, payload 2.0) -> the Hono app.
 * The only file of the API that reads the environment. Configuration and secrets are resolved
 * once, in the init phase (top-level await; the stacks bundle ESM), and reused by every
 * invocation of this execution environment. Rotating a key therefore takes effect on new
 * environments; redeploy (or wait for recycling) to force it.
 *
 * Imports stay narrow for a lean cold start: the store's connect module, not its index (which
 * would pull in dynalite for the embedded store), and the SSM client only when a secret is an
 * SSM parameter.
 */
import { handle } from "hono/aws-lambda";
import { loadConfig } from "./config.js";
import { createApp } from "./http/app.js";
import { appDepsFrom } from "./http/from-config.js";
import { createLogger } from "./log.js";
import { resolveSecretParameters, ssmFetcher } from "./secrets.js";
import { connectStore } from "./store/connect.js";

const env = await resolveSecretParameters(process.env, ssmFetcher);
const config = loadConfig(env, { mode: "lambda" });
const logger = createLogger({ level: config.logLevel, base: { service: "claimcheck-api" } });
const { store } = connectStore({ table: config.table!, endpoint: config.dynamodbEndpoint });

/** @example // stacks/Api.ts: new Function(stack, "ApiHandler", { handler: "functions/api.handler" }) */
export const handler = handle(createApp(appDepsFrom(config, store, logger)));
