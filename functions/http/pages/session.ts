import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { ClaimcheckError, type DeliveryLog } from "../../../core/index.js";
import type { AppEnv } from "../deps.js";
import { isCrossSite } from "../cross-site.js";

/** Who is looking at a page, and what they may change. */
export interface Session {
  /** The server has API keys: writes need one. */
  keysRequired: boolean;
  /** The sign-in cookie holds a valid, unexpired, unrevoked session. */
  signedIn: boolean;
  /** May store articles and change findings (signed in, or a key-less local server). */
  canWrite: boolean;
  /** The per-form anti-forgery token ("" when there is no session to derive it from). */
  csrf: string;
  /** The session's id, for sign-out to revoke. */
  id?: string;
}

export const SESSION_COOKIE = "claimcheck_session";
/** An editor's working day; after that, sign in again. Enforced by the signed expiry, not only the cookie's Max-Age. */
export const SESSION_SECONDS = 12 * 60 * 60;
/** Revoked sessions are recorded in the store's delivery log under this source (see `Sessions`). */
const REVOKED = "review-session-revoked";

/** What sessions need: the keys that sign them, the clock, and a shared record of sign-outs. */
export interface SessionDeps {
  apiKeys: readonly string[];
  now(): string;
  revocations: DeliveryLog;
}

function mac(key: string, text: string): Buffer {
  return createHmac("sha256", key).update(text).digest();
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Review-page sessions. The cookie holds `v1.<id>.<expiry>.<mac>`, never the API key: the mac
 * is an HMAC of id and expiry under the key that signed in, so the cookie is worthless without
 * that key, expires when its signed expiry passes (whatever the browser does with Max-Age),
 * dies with its key when the key is removed from CLAIMCHECK_API_KEYS, and is revoked by
 * sign-out, which records the id in the store's delivery log: the one set of "ids seen" every
 * instance shares, written conditionally. Each signed-in page view reads it once.
 * @example const sessions = new Sessions({ apiKeys, now, revocations: store }); await sessions.read(c)
 */
export class Sessions {
  constructor(private readonly deps: SessionDeps) {}

  get keysRequired(): boolean {
    return this.deps.apiKeys.length > 0;
  }

  /** The session a request carries (a key-less server: everyone may write, no session). */
  async read(c: Context<AppEnv>): Promise<Session> {
    if (!this.keysRequired) return { keysRequired: false, signedIn: false, canWrite: true, csrf: "" };
    const anonymous: Session = { keysRequired: true, signedIn: false, canWrite: false, csrf: "" };
    const found = this.verify(getCookie(c, SESSION_COOKIE) ?? "");
    if (!found || (await this.deps.revocations.hasDelivery(REVOKED, found.id))) return anonymous;
    return { keysRequired: true, signedIn: true, canWrite: true, csrf: mac(found.key, `form token ${found.id}`).toString("hex"), id: found.id };
  }

  /** A new session for `key` (already checked) in an HttpOnly, SameSite=Strict cookie, Secure over https. */
  start(c: Context<AppEnv>, key: string): void {
    const id = randomBytes(16).toString("base64url");
    const expires = Math.floor(Date.parse(this.deps.now()) / 1000) + SESSION_SECONDS;
    const value = `v1.${id}.${expires}.${mac(key, `session ${id}.${expires}`).toString("base64url")}`;
    setCookie(c, SESSION_COOKIE, value, { httpOnly: true, sameSite: "Strict", secure: isHttps(c), path: "/", maxAge: SESSION_SECONDS });
  }

  /** Revokes the session (in the store, for every instance) and clears the cookie. */
  async end(c: Context<AppEnv>, session: Session): Promise<void> {
    if (session.id) await this.deps.revocations.recordDelivery(REVOKED, session.id, this.deps.now());
    deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isHttps(c) });
  }

  private verify(cookie: string): { id: string; key: string } | null {
    const parts = /^v1\.([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
    if (!parts) return null;
    const [, id, expires, given] = parts as unknown as [string, string, string, string];
    if (Number(expires) * 1000 <= Date.parse(this.deps.now())) return null;
    const presented = Buffer.from(given, "base64url");
    let signer: string | null = null;
    for (const key of this.deps.apiKeys) {
      if (sameBytes(mac(key, `session ${id}.${expires}`), presented) && signer === null) signer = key;
    }
    return signer === null ? null : { id, key: signer };
  }
}

function isHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === "https:";
}

/**
 * Refuses a write a page did not send: a cross-site Origin or Sec-Fetch-Site (the app refuses
 * those on every route already; checked again here so a page never depends on the mount), no
 * session that may write, or a form token that does not match.
 * @example requirePageWrite(c, session, form.get("csrf"))
 */
export function requirePageWrite(c: Context<AppEnv>, session: Session, token: string | null): void {
  refuseCrossSite(c);
  if (!session.canWrite) throw new ClaimcheckError("unauthorized", "Sign in with an API key to make changes.");
  if (!session.keysRequired) return;
  if (!sameBytes(Buffer.from(token ?? ""), Buffer.from(session.csrf))) {
    throw new ClaimcheckError("forbidden", "This form has expired or did not come from these pages; reload it and try again.");
  }
}

/**
 * A POST that a page on another site made the browser send (Origin or Sec-Fetch-Site say so).
 * @example refuseCrossSite(c) // throws "forbidden" for a form posted from elsewhere
 */
export function refuseCrossSite(c: Context<AppEnv>, ownOrigins: readonly string[] = []): void {
  if (isCrossSite(c, ownOrigins)) throw new ClaimcheckError("forbidden", "Changes are only accepted from these pages.");
}
