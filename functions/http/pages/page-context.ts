import type { Context } from "hono";
import { keyMatcher } from "../auth.js";
import type { AppDeps, AppEnv } from "../deps.js";
import type { Newsroom } from "./claim-review.js";
import { Sessions, type Session } from "./session.js";

/** What every page route needs besides the store: who is asking, and who publishes reviews. */
export interface PageContext {
  session(c: Context<AppEnv>): Promise<Session>;
  sessions: Sessions;
  newsroom: Newsroom;
  /** The configured key equal to `key`, or null (constant time, the API's own comparison). */
  keyFor(key: string): string | null;
}

export interface PageOptions {
  /** The name ClaimReview exports give as their author; defaults to the public URL's host. */
  newsroom?: string;
}

/**
 * @example const ctx = pageContext(deps, { newsroom: "Standards desk" }); await ctx.session(c)
 */
export function pageContext(deps: AppDeps, options: PageOptions = {}): PageContext {
  const sessions = new Sessions({ apiKeys: deps.apiKeys, now: deps.now, revocations: deps.store });
  const find = keyMatcher(deps.apiKeys);
  const publicUrl = deps.publicUrl;
  return {
    sessions,
    session: (c) => sessions.read(c),
    keyFor: (key) => (key === "" || /\s/.test(key) ? null : find(key)),
    // The author and the URLs of ClaimReview exports come from configuration, never from the
    // Host header a client chose.
    newsroom: { name: options.newsroom ?? (publicUrl ? new URL(publicUrl).host : "claimcheck"), ...(publicUrl ? { url: publicUrl } : {}) },
  };
}
