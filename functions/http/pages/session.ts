import { createHmac, timingSafeEqual } from "node:crypto";
import { Hono, type Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { ClaimcheckError } from "../../../core/index.js";
import { requireApiKey } from "../auth.js";
import type { AppEnv } from "../deps.js";

/** Who is looking at a page, and what they may change. */
export interface Session {
  /** The server has API keys: writes need one. */
  keysRequired: boolean;
  /** The sign-in cookie holds a valid key. */
  signedIn: boolean;
  /** May store articles and change findings (signed in, or a key-less local server). */
  canWrite: boolean;
  /** The per-form anti-forgery token ("" when there is no key to derive it from). */
  csrf: string;
}

const COOKIE = "claimcheck_key";
/** An editor's working day; after that, sign in again. */
const COOKIE_SECONDS = 12 * 60 * 60;

/**
 * Checks a key with the API's own middleware (functions/http/auth.ts) so the pages and the
 * API accept exactly the same keys, compared in constant time the same way.
 * @example const valid = keyChecker(["k1"]); await valid("k1") // true
 */
export function keyChecker(apiKeys: readonly string[]): (key: string) => Promise<boolean> {
  const probe = new Hono<AppEnv>()
    .onError(() => new Response(null, { status: 401 }))
    .get("/", requireApiKey(apiKeys), () => new Response(null, { status: 204 }));
  return async (key) => {
    if (key === "" || /\s/.test(key)) return false;
    const res = await probe.request("/", { headers: { Authorization: `Bearer ${key}` } });
    return res.status === 204;
  };
}

/** The token a form must carry: only someone who holds the cookie's key can compute it. */
function csrfToken(key: string): string {
  return createHmac("sha256", key).update("claimcheck review pages: form token").digest("hex");
}

/**
 * The session a request carries.
 * @example const session = await sessionOf(c, deps.apiKeys.length > 0, isValidKey)
 */
export async function sessionOf(c: Context<AppEnv>, keysRequired: boolean, isValid: (key: string) => Promise<boolean>): Promise<Session> {
  if (!keysRequired) return { keysRequired, signedIn: false, canWrite: true, csrf: "" };
  const key = getCookie(c, COOKIE) ?? "";
  const signedIn = key !== "" && (await isValid(key));
  return { keysRequired, signedIn, canWrite: signedIn, csrf: signedIn ? csrfToken(key) : "" };
}

/**
 * Keeps the key in an HttpOnly, SameSite=Strict cookie (Secure when served over https).
 * @example if (await isValidKey(key)) signIn(c, key)
 */
export function signIn(c: Context<AppEnv>, key: string): void {
  setCookie(c, COOKIE, key, {
    httpOnly: true, sameSite: "Strict", secure: isHttps(c), path: "/", maxAge: COOKIE_SECONDS,
  });
}

/** @example signOut(c); return c.redirect("/", 303) */
export function signOut(c: Context<AppEnv>): void {
  deleteCookie(c, COOKIE, { path: "/", secure: isHttps(c) });
}

function isHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === "https:";
}

/**
 * Refuses a write a page did not send: a cross-site Origin or Sec-Fetch-Site (browsers send
 * them on every form POST), no session that may write, or a form token that does not match.
 * SameSite=Strict already keeps the cookie off cross-site requests; the token covers browsers
 * and proxies that drop Origin, and the Origin check covers key-less local servers.
 * @example await requirePageWrite(c, session, form.get("csrf"))
 */
export function requirePageWrite(c: Context<AppEnv>, session: Session, token: string | null): void {
  refuseCrossSite(c);
  if (!session.canWrite) throw new ClaimcheckError("unauthorized", "Sign in with an API key to make changes.");
  if (!session.keysRequired) return;
  if (!sameToken(token ?? "", session.csrf)) {
    throw new ClaimcheckError("forbidden", "This form has expired or did not come from these pages; reload it and try again.");
  }
}

/**
 * A POST that a page on another site made the browser send (Origin or Sec-Fetch-Site say so).
 * @example refuseCrossSite(c) // throws "forbidden" for a form posted from elsewhere
 */
export function refuseCrossSite(c: Context<AppEnv>): void {
  const site = c.req.header("Sec-Fetch-Site");
  const origin = c.req.header("Origin");
  const crossSite = (site !== undefined && site !== "same-origin" && site !== "none")
    || (origin !== undefined && origin !== new URL(c.req.url).origin);
  if (crossSite) throw new ClaimcheckError("forbidden", "Changes are only accepted from these pages.");
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
