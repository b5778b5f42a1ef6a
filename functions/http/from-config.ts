import { announcer } from "../alerts/index.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { AppDeps, AppStore } from "./deps.js";

/**
 * AppDeps from the validated configuration and a store: the wiring Lambda and `serve` share.
 * The clock is the wall clock here, at the edge; alerts go through functions/alerts.
 * @example const app = createApp(appDepsFrom(loadConfig(env, { mode: "local" }), store, logger));
 */
export function appDepsFrom(config: Config, store: AppStore, logger: Logger): AppDeps {
  const now = () => new Date().toISOString();
  return {
    store, now, logger,
    apiKeys: config.apiKeys,
    webhookSecrets: config.webhookSecrets,
    alertEndpoints: config.alertUrls,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.alertUrls.length > 0
      ? { onFindingsOpened: announcer({ outbox: store, findings: store, endpoints: config.alertUrls, secret: config.alertSecrets, now, logger }) }
      : {}),
  };
}
