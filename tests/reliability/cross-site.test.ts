import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS } from "../../functions/http/openapi-doc.js";
import { API_KEY, auth, postJson, startHarness, type Harness } from "../http/harness.js";
import { exampleJson } from "../http/examples.js";

/**
 * Issue 17, item 2: a page on another site must not make the browser write to claimcheck,
 * whatever the auth mode. What browsers send for each attack: Origin on every POST/PATCH/DELETE
 * (a `<form enctype="text/plain">`, a no-cors fetch), Sec-Fetch-Site on every request.
 */
const FOREIGN: Record<string, Record<string, string>> = {
  "a form on another site": { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  "another port of localhost (same-site)": { Origin: "http://localhost:3000", "Sec-Fetch-Site": "same-site" },
  "a sandboxed frame (Origin: null)": { Origin: "null" },
  "an older browser: Origin only": { Origin: "https://evil.example" },
  "Sec-Fetch-Site only": { "Sec-Fetch-Site": "cross-site" },
};

/** Every write: the API's (from the list /openapi.json is built from), the webhooks and the pages' forms. */
function writes(findingId: string): { method: string; path: string }[] {
  const api = OPERATIONS.filter((op) => op.write || op.method !== "get")
    .map((op) => ({ method: op.method.toUpperCase(), path: op.path.replace("{id}", op.path.startsWith("/findings") ? findingId : "001_9fa802cff792e669").replace("{source}", "standard") }));
  const pages = ["/review/check", `/review/findings/${findingId}/status`, "/review/sign-in", "/review/sign-out"].map((path) => ({ method: "POST", path }));
  return [...api, ...pages];
}

for (const [mode, apiKeys] of [["no keys (a local server)", []], ["keys configured", [API_KEY]]] as const) {
  describe(`cross-site writes are refused with ${mode}`, () => {
    let h: Harness;
    let findingId: string;
    let before: unknown;
    const snapshot = async () => ({
      articles: await h.articleCount(),
      findings: ((await (await h.app.request("/findings?limit=100")).json()) as { findings: { id: string; status: string }[] }).findings,
    });
    beforeAll(async () => {
      h = await startHarness({ apiKeys: [...apiKeys], webhookSecrets: { standard: ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"] } });
      const res = await postJson(h, "/articles", exampleJson("001_9fa802cff792e669"));
      findingId = ((await res.json()) as { findings: { id: string }[] }).findings[0]!.id;
      before = await snapshot();
    });
    afterAll(() => h.close());

    for (const [attack, headers] of Object.entries(FOREIGN)) {
      it(`${attack}: every write route is 403 and nothing changes, even with a valid key`, async () => {
        for (const { method, path } of writes(findingId)) {
          const res = await h.app.request(path, { method, headers: { ...headers, ...auth, "Content-Type": "text/plain" }, body: method === "DELETE" ? undefined : '{"body":"The 30-km strip.","x":"="}' });
          expect(res.status, `${method} ${path}`).toBe(403);
        }
        expect(await snapshot()).toEqual(before);
      });
    }

    it("the text/plain form post and the no-cors fetch of the report: refused", async () => {
      // <form method="post" enctype="text/plain" action="http://127.0.0.1:8787/articles"> sends this.
      const form = await h.app.request("/articles", { method: "POST", headers: { "Content-Type": "text/plain", Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate" }, body: "body=A 30-km strip." });
      expect(form.status).toBe(403);
      // fetch(url, { method: "PATCH"... }) is preflighted and never sent; DELETE too. POST with no-cors is not:
      const noCors = await h.app.request("/articles", { method: "POST", headers: { "Content-Type": "text/plain", Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors" }, body: "A 30-km strip." });
      expect(noCors.status).toBe(403);
      expect(await snapshot()).toEqual(before);
    });

    it("same-origin pages and clients that are not browsers still write", async () => {
      const fromPage = await h.app.request("http://localhost/articles?dryRun=1", { method: "POST", headers: { ...auth, "Content-Type": "text/plain", Origin: "http://localhost", "Sec-Fetch-Site": "same-origin" }, body: "A 30-km strip." });
      expect(fromPage.status).toBe(200);
      const typed = await h.app.request("/articles?dryRun=1", { method: "POST", headers: { ...auth, "Content-Type": "text/plain", "Sec-Fetch-Site": "none" }, body: "A 30-km strip." });
      expect(typed.status).toBe(200);
      const curl = await h.app.request("/articles?dryRun=1", { method: "POST", headers: { ...auth, "Content-Type": "text/plain" }, body: "A 30-km strip." });
      expect(curl.status).toBe(200);
    });
  });
}

describe("behind a proxy that rewrites Host", () => {
  it("the configured public URL's origin counts as this site's own", async () => {
    const h = await startHarness({ publicUrl: "https://claims.example.org/desk" });
    try {
      const res = await h.app.request("http://10.0.0.5:8787/articles?dryRun=1", { method: "POST", headers: { ...auth, "Content-Type": "text/plain", Origin: "https://claims.example.org", "Sec-Fetch-Site": "same-origin" }, body: "A 30-km strip." });
      expect(res.status).toBe(200);
    } finally {
      await h.close();
    }
  });
});

describe("pages cannot be framed, sniffed or made to run script", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it("every page and every API answer carries CSP with frame-ancestors 'none', X-Frame-Options and nosniff", async () => {
    for (const path of ["/", "/review/findings", "/review/sign-in", "/review/articles/nope", "/articles/nope", "/health", "/assets/claimcheck.css"]) {
      const res = await h.app.request(path);
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/default-src 'none'/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get("X-Frame-Options"), path).toBe("DENY");
      expect(res.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
    }
  });
});
