import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { API_KEY, auth, postJson, startHarness, type Harness } from "../http/harness.js";
import { exampleJson } from "../http/examples.js";
import { formToken, postForm, signedInCookie } from "./forms.js";

let h: Harness;
let findingId: string;
beforeAll(async () => {
  h = await startHarness();
  const res = await postJson(h, "/articles", exampleJson("001_9fa802cff792e669"));
  findingId = ((await res.json()) as { findings: { id: string }[] }).findings[0]!.id;
});
afterAll(() => h.close());

describe("sign-in", () => {
  test("a valid key sets an HttpOnly, SameSite=Strict cookie and returns to a local page", async () => {
    const res = await postForm(h, "/review/sign-in", { key: API_KEY, next: "/review/findings?severity=note" });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/review/findings?severity=note");
    const cookie = res.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^claimcheck_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; see the https case below
  });

  test("over https the cookie is also Secure", async () => {
    const res = await h.app.request("https://claims.example/review/sign-in", {
      method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://claims.example" },
      body: new URLSearchParams({ key: API_KEY }).toString(),
    });
    expect(res.headers.get("Set-Cookie")).toMatch(/Secure/);
  });

  test("a wrong key is refused with the form again and no cookie", async () => {
    const res = await postForm(h, "/review/sign-in", { key: `${API_KEY}x` });
    expect(res.status).toBe(401);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(await res.text()).toMatch(/That key is not valid/);
  });

  test("next may only be a path on this site", async () => {
    for (const next of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]) {
      const res = await postForm(h, "/review/sign-in", { key: API_KEY, next });
      expect(res.headers.get("Location"), next).toBe("/review/findings");
    }
  });

  test("sign-out needs the form token, then clears the cookie", async () => {
    const cookie = await signedInCookie(h);
    expect((await postForm(h, "/review/sign-out", {}, { Cookie: cookie })).status).toBe(403);
    const res = await postForm(h, "/review/sign-out", { csrf: await formToken(h, cookie) }, { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("Set-Cookie")).toMatch(/^claimcheck_session=;.*Max-Age=0/);
  });

  test("a sign-in posted from another site is refused (login CSRF)", async () => {
    const res = await postForm(h, "/review/sign-in", { key: API_KEY }, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
    expect(res.status).toBe(403);
    expect(res.headers.get("Set-Cookie")).toBeNull();
  });
});

describe("changing a finding from the page", () => {
  test("without signing in: 401 page, the finding unchanged", async () => {
    const res = await postForm(h, `/review/findings/${findingId}/status`, { status: "dismissed" });
    expect(res.status).toBe(401);
    expect(res.headers.get("Content-Type")).toMatch(/text\/html/);
    expect((await h.embedded.store.getFinding(findingId))?.status).toBe("open");
  });

  test("signed in but without the form token: 403, unchanged", async () => {
    const cookie = await signedInCookie(h);
    const res = await postForm(h, `/review/findings/${findingId}/status`, { status: "dismissed", csrf: "0".repeat(64) }, { Cookie: cookie });
    expect(res.status).toBe(403);
    expect((await h.embedded.store.getFinding(findingId))?.status).toBe("open");
  });

  test("signed in, token right, but posted from another origin: 403, unchanged", async () => {
    const cookie = await signedInCookie(h);
    const csrf = await formToken(h, cookie);
    const res = await postForm(h, `/review/findings/${findingId}/status`, { status: "dismissed", csrf }, { Cookie: cookie, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" });
    expect(res.status).toBe(403);
    expect((await h.embedded.store.getFinding(findingId))?.status).toBe("open");
  });

  test("signed in with the token: dismissed with the note, then reopened, back to the page it came from", async () => {
    const cookie = await signedInCookie(h);
    const csrf = await formToken(h, cookie);
    const res = await postForm(h, `/review/findings/${findingId}/status`, { status: "dismissed", note: "style guide allows it", csrf, back: "/review/findings?kind=conversion-mismatch" }, { Cookie: cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("Location")).toBe("/review/findings?kind=conversion-mismatch");
    const stored = await h.embedded.store.getFinding(findingId);
    expect(stored?.status).toBe("dismissed");
    expect(stored?.note).toBe("style guide allows it");
    const again = await postForm(h, `/review/findings/${findingId}/status`, { status: "open", csrf }, { Cookie: cookie });
    expect(again.status).toBe(303);
    expect((await h.embedded.store.getFinding(findingId))?.status).toBe("open");
  });

  test("an unknown status is a 400 page, not a change", async () => {
    const cookie = await signedInCookie(h);
    const csrf = await formToken(h, cookie);
    const res = await postForm(h, `/review/findings/${findingId}/status`, { status: "deleted", csrf }, { Cookie: cookie });
    expect(res.status).toBe(400);
    expect((await h.embedded.store.getFinding(findingId))?.status).toBe("open");
  });

  test("a stale cookie (key no longer valid) signs nobody in", async () => {
    const page = await (await h.app.request("/review/findings", { headers: { Cookie: "claimcheck_session=old-key" } })).text();
    expect(page).toMatch(/Sign in<\/a> to store articles/);
    expect(page).not.toMatch(/name="csrf" value="[0-9a-f]/);
  });

  test("the form token belongs to the key: another key's token does not work", async () => {
    const two = await startHarness({ apiKeys: [API_KEY, "second-key-abcdef0123456789"] });
    try {
      const f = (await (await postJson(two, "/articles", exampleJson("001_9fa802cff792e669"))).json()) as { findings: { id: string }[] };
      const id = f.findings[0]!.id;
      const first = await signedInCookie(two);
      const second = await signedInCookie(two, "second-key-abcdef0123456789");
      const secondToken = await formToken(two, second);
      expect(secondToken).not.toBe(await formToken(two, first));
      const res = await postForm(two, `/review/findings/${id}/status`, { status: "resolved", csrf: secondToken }, { Cookie: first });
      expect(res.status).toBe(403);
    } finally {
      await two.close();
    }
  });
});

describe("storing from the paste form", () => {
  const article = { title: "Strip", published: "2023-01-11", body: "The 30-mile (18.6-mile) deep security strip." };

  test("on a server with keys, storing and dry runs both need a signed-in key", async () => {
    const before = await h.articleCount();
    for (const mode of ["store", "dry"]) {
      const refused = await postForm(h, "/review/check", { ...article, mode });
      expect(refused.status, mode).toBe(401);
      // The pasted text comes back in the form, with the way to sign in.
      const page = await refused.text();
      expect(page).toContain(">The 30-mile (18.6-mile) deep security strip.</textarea>");
      expect(page).toMatch(/href="\/review\/sign-in/);
    }
    expect(await h.articleCount()).toBe(before);
    const cookie = await signedInCookie(h);
    const dry = await postForm(h, "/review/check", { ...article, mode: "dry" }, { Cookie: cookie });
    expect(dry.status).toBe(200);
    expect(await dry.text()).toMatch(/Dry run/);
    expect(await h.articleCount()).toBe(before);
  });

  test("an anonymous 1 MiB dry run is refused before it is read; signed in it is checked", async () => {
    const big = { ...article, body: `${article.body} `.repeat(Math.floor((900 * 1024) / (article.body.length + 1))), mode: "dry" };
    const anonymous = await postForm(h, "/review/check", big);
    expect(anonymous.status).toBe(413);
    const cookie = await signedInCookie(h);
    const signedIn = await postForm(h, "/review/check", big, { Cookie: cookie });
    expect(signedIn.status).toBe(200);
  }, 120_000);

  test("signed in: stored, then 303 to the article's page, which the API also knows", async () => {
    const cookie = await signedInCookie(h);
    const csrf = await formToken(h, cookie);
    const res = await postForm(h, "/review/check", { ...article, mode: "store", csrf }, { Cookie: cookie });
    expect(res.status).toBe(303);
    const location = res.headers.get("Location")!;
    expect(location).toMatch(/^\/review\/articles\/t-[0-9a-f]+$/);
    const id = location.split("/").pop()!;
    const api = await h.app.request(`/articles/${id}`, { headers: auth });
    expect(api.status).toBe(200);
    expect(((await api.json()) as { article: { title: string } }).article.title).toBe("Strip");
  });

  test("pasted front matter fills the empty fields; what the editor typed wins", async () => {
    const cookie = await signedInCookie(h);
    const csrf = await formToken(h, cookie);
    const body = "---\r\nid: fm-1\r\ntitle: From the file\r\npublished: 2023-01-11\r\n---\r\nA 30-km strip.\r\nSecond line.";
    const res = await postForm(h, "/review/check", { title: "Typed title", body, mode: "store", csrf }, { Cookie: cookie });
    expect(res.headers.get("Location")).toBe("/review/articles/fm-1");
    const stored = await h.embedded.store.getArticle("fm-1");
    expect(stored?.article).toMatchObject({ title: "Typed title", published: "2023-01-11", body: "A 30-km strip.\nSecond line." });
  });

  test("a key-less local server takes changes without signing in (same-origin only)", async () => {
    const open = await startHarness({ apiKeys: [] });
    try {
      const ok = await postForm(open, "/review/check", { ...article, mode: "store" });
      expect(ok.status).toBe(303);
      const cross = await postForm(open, "/review/check", { ...article, mode: "store" }, { Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site" });
      expect(cross.status).toBe(403);
    } finally {
      await open.close();
    }
  });
});
