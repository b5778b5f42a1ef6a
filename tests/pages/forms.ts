import type { Harness } from "../http/harness.js";
import { API_KEY } from "../http/harness.js";

const ORIGIN = "http://localhost";

/** A form POST as a same-origin page sends it (Origin set, form-encoded). */
export function postForm(h: Harness, path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(h.app.request(path, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN, "Sec-Fetch-Site": "same-origin", ...headers },
    body: new URLSearchParams(fields).toString(),
  }));
}

/** Signs in through the page and returns the Cookie header the browser would send next. */
export async function signedInCookie(h: Harness, key = API_KEY): Promise<string> {
  const res = await postForm(h, "/review/sign-in", { key, next: "/review/findings" });
  const set = res.headers.get("Set-Cookie") ?? "";
  const pair = set.split(";")[0] ?? "";
  if (res.status !== 303 || !pair.startsWith("claimcheck_session=")) throw new Error(`sign-in failed: ${res.status} ${set}`);
  return pair;
}

/** The per-form token a page handed out (every write form carries it). */
export async function formToken(h: Harness, cookie: string): Promise<string> {
  const html = await (await h.app.request("/", { headers: { Cookie: cookie } })).text();
  const match = /name="csrf" value="([0-9a-f]{64})"/.exec(html);
  if (!match) throw new Error("no form token on the page");
  return match[1]!;
}
