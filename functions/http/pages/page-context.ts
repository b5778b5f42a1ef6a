import type { Context } from "hono";
import type { AppDeps, AppEnv } from "../deps.js";
import type { Newsroom } from "./claim-review.js";
import { keyChecker, sessionOf, type Session } from "./session.js";

/** What every page route needs besides the store: who is asking, and who publishes reviews. */
export interface PageContext {
  session(c: Context<AppEnv>): Promise<Session>;
  newsroom(c: Context<AppEnv>): Newsroom;
  isValidKey(key: string): Promise<boolean>;
}

export interface PageOptions {
  /** The name ClaimReview exports give as their author; defaults to this site's host. */
  newsroom?: string;
}

/**
 * @example const ctx = pageContext(deps, { newsroom: "Standards desk" }); await ctx.session(c)
 */
export function pageContext(deps: AppDeps, options: PageOptions = {}): PageContext {
  const isValidKey = keyChecker(deps.apiKeys);
  const keysRequired = deps.apiKeys.length > 0;
  return {
    isValidKey,
    session: (c) => sessionOf(c, keysRequired, isValidKey),
    newsroom: (c) => {
      const url = new URL(c.req.url);
      return { name: options.newsroom ?? url.host, url: url.origin };
    },
  };
}
