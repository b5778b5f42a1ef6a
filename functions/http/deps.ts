import type { AlertOutbox, ClaimStore, DeliveryLog, Finding } from "../../core/index.js";
import type { Logger } from "../log.js";

/** What the app's store must do: claims and findings, webhook deliveries, the alert outbox. */
export type AppStore = ClaimStore & DeliveryLog & AlertOutbox;

export interface AppLimits {
  /** Largest request body accepted, in bytes; larger ones get 413 before anything is parsed. */
  maxBodyBytes: number;
}

/** 1 MiB: a long feature is ~100 kB of text; an HTML page with furniture a few hundred. */
export const DEFAULT_LIMITS: AppLimits = { maxBodyBytes: 1024 * 1024 };

/**
 * Everything the Hono app needs from the outside world. The Lambda entry (functions/api.ts)
 * and `claimcheck serve` build it; tests build it around the embedded store.
 * @example
 * const app = createApp({ store, now: () => new Date().toISOString(), apiKeys: ["k"],
 *   logger: createLogger(), webhookSecrets: {}, alertEndpoints: [] });
 */
export interface AppDeps {
  store: AppStore;
  /** The clock as an ISO datetime. */
  now(): string;
  /**
   * Keys accepted as `Authorization: Bearer <key>` on write routes. Empty means writes are
   * open: only allowed for a local server bound to loopback (serve refuses otherwise, and
   * config requires keys in Lambda).
   */
  apiKeys: string[];
  logger: Logger;
  /** Defaults to DEFAULT_LIMITS. */
  limits?: Partial<AppLimits>;
  /** Per webhook source, lowercase ("standard", "ghost", ...): its secrets, several during rotation. */
  webhookSecrets: Record<string, string[]>;
  /**
   * The public base URL of this service ("https://claims.example.org"), when it is served
   * behind a proxy or a custom domain: ClaimReview exports build their URLs from it (never
   * from the Host header a client chose), and its origin counts as this site's own for the
   * cross-site check. Without it, links are relative to the request's own URL.
   */
  publicUrl?: string;
  /** Where contradiction alerts go. */
  alertEndpoints: string[];
  /**
   * Called after a write is stored with the article's open findings, to queue alerts. Gets
   * all open ones, not only new ones, so it must be idempotent per finding (the outbox is).
   */
  onFindingsOpened?: (findings: Finding[]) => Promise<void>;
}

/** The limits with defaults filled in. @example limitsOf(deps).maxBodyBytes // 1048576 unless configured */
export function limitsOf(deps: AppDeps): AppLimits {
  return { ...DEFAULT_LIMITS, ...deps.limits };
}

/**
 * The Hono environment every route file shares: the request's logger (carrying its request
 * id) is set by the app before any route runs. Route factories return `Hono<AppEnv>`.
 * @example const routes = new Hono<AppEnv>().get("/x", (c) => { c.var.log.info("x"); return c.body(null, 204); });
 */
export interface AppEnv {
  Variables: {
    /** A logger bound to this request's id and route. */
    log: Logger;
    requestId: string;
  };
}
