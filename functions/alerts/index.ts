export { announce, announcer, deliverDueAlerts, type AlertReport } from "./announce.js";
export type { AlertDeps } from "./deps.js";
export { parseEndpoint, endpointLabel, type Endpoint } from "./endpoint.js";
export { alertRequest, slackMessage } from "./message.js";
export { DEFAULT_RETRY, type RetryPolicy } from "./retry.js";
