import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { API_KEY, startHarness, type Harness } from "../http/harness.js";
import { formToken, postForm, signedInCookie } from "./forms.js";

/** Issue 17, item 6: the review cookie is a signed, expiring session that sign-out revokes. */
let h: Harness;
let now = Date.parse("2026-11-21T12:00:00.000Z");
beforeAll(async () => {
  h = await startHarness({ now: () => new Date(now).toISOString() });
});
afterAll(() => h.close());

const signedIn = async (app: { request: Harness["app"]["request"] }, cookie: string) =>
  /Signed in/.test(await (await app.request("/review/findings", { headers: { Cookie: cookie } })).text());

describe("review sessions", () => {
  test("the cookie never holds the API key, and each sign-in gets its own session", async () => {
    const one = await signedInCookie(h);
    const two = await signedInCookie(h);
    for (const cookie of [one, two]) {
      expect(cookie).not.toContain(API_KEY);
      expect(decodeURIComponent(cookie)).not.toContain(API_KEY);
      expect(cookie).toMatch(/^claimcheck_session=v1\.[\w-]{22}\.\d+\.[\w-]{43}$/);
    }
    expect(one).not.toBe(two);
    expect(await signedIn(h.app, one)).toBe(true);
  });

  test("sign-out revokes the session: the same cookie replayed afterwards signs nobody in", async () => {
    const cookie = await signedInCookie(h);
    const other = await signedInCookie(h);
    const res = await postForm(h, "/review/sign-out", { csrf: await formToken(h, cookie) }, { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(await signedIn(h.app, cookie)).toBe(false);
    expect(await formToken(h, cookie).catch(() => "none")).toBe("none");
    // Only that session: the editor's other browser stays signed in.
    expect(await signedIn(h.app, other)).toBe(true);
  });

  test("a session expires after 12 hours by its signed expiry, whatever the browser keeps", async () => {
    const cookie = await signedInCookie(h);
    now += 12 * 60 * 60 * 1000 - 1000;
    expect(await signedIn(h.app, cookie)).toBe(true);
    now += 2000;
    expect(await signedIn(h.app, cookie)).toBe(false);
  });

  test("a changed expiry or id breaks the signature", async () => {
    const cookie = await signedInCookie(h);
    const [, id, expires, mac] = /^claimcheck_session=v1\.([\w-]+)\.(\d+)\.([\w-]+)$/.exec(cookie)!;
    expect(await signedIn(h.app, `claimcheck_session=v1.${id}.${Number(expires) + 86_400}.${mac}`)).toBe(false);
    expect(await signedIn(h.app, `claimcheck_session=v1.${"A".repeat(22)}.${expires}.${mac}`)).toBe(false);
  });

  test("removing a key from the configuration ends the sessions it signed", async () => {
    const cookie = await signedInCookie(h);
    const after = await startHarness({ apiKeys: ["another-key-0123456789abcdef"] });
    try {
      expect(await signedIn(after.app, cookie)).toBe(false);
    } finally {
      await after.close();
    }
  });
});
