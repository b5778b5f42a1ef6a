import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { idProblem, isValidId, MAX_ID_LENGTH } from "../../functions/schemas/index.js";
import { standardSignature } from "../webhooks/support.js";
import { auth as AUTH, startHarness, type Harness } from "../http/harness.js";

/** Issue 17, item 4: one id rule at every entrance, before anything is written. */
const BAD_IDS: Record<string, string> = {
  "a lone high surrogate": "story-\ud800",
  "a lone low surrogate": "\udc00-story",
  "a surrogate pair reversed": "x\udc00\ud800",
  "a dot": ".",
  "two dots": "..",
  [`${MAX_ID_LENGTH + 1} characters`]: "a".repeat(MAX_ID_LENGTH + 1),
  "5,000 characters": "b".repeat(5000),
  "a zero-width space": "a\u200bb",
};

const FIXED_NOW = "2026-11-21T12:00:00.000Z";
const SECRET = "whsec_" + Buffer.from("ids-test-secret-0123456789").toString("base64");

/** A lone surrogate as the three bytes a sloppy encoder writes (WTF-8), percent-encoded. */
function wtf8(ch: string): string {
  const c = ch.charCodeAt(0);
  return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
}

/** Percent-encoding that survives lone surrogates (encodeURIComponent throws on them). */
function pct(id: string): string {
  return [...id].map((ch) => (!/[\ud800-\udfff]/.test(ch) ? encodeURIComponent(ch) : wtf8(ch))).join("");
}

describe("the id rule", () => {
  it("accepts what real ids look like, astral characters included", () => {
    for (const id of ["a1", "ghost-5c7e1b2f", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", "u-9fa802cff792e669", "日本-記事", "emoji-\ud83d\ude00", "a".repeat(MAX_ID_LENGTH), "...", ".a"]) {
      expect(idProblem(id), id).toBeUndefined();
    }
  });
  it("refuses each bad id with a reason", () => {
    for (const [what, id] of Object.entries(BAD_IDS)) expect(isValidId(id), what).toBe(false);
  });
});

describe("every entrance refuses a bad id before writing", () => {
  let r: Harness;
  beforeAll(async () => {
    r = await startHarness({ webhookSecrets: { standard: [SECRET] }, now: () => FIXED_NOW });
  });
  afterAll(() => r.close());

  const standardPost = (body: unknown, webhookId = "msg_ids_1") => {
    const text = JSON.stringify(body);
    const ts = Math.floor(Date.parse(FIXED_NOW) / 1000);
    return r.app.request("/webhooks/standard", {
      method: "POST", body: text,
      headers: { "content-type": "application/json", "webhook-id": webhookId, "webhook-timestamp": String(ts), "webhook-signature": standardSignature(SECRET, webhookId, ts, text) },
    });
  };

  for (const [what, id] of Object.entries(BAD_IDS)) {
    it(`${what}: POST /articles (JSON and ?id=) and the standard webhook (published, deleted) are 400; paths 404`, async () => {
      const json = await r.app.request("/articles", { method: "POST", headers: { ...AUTH, "Content-Type": "application/json" }, body: JSON.stringify({ id, body: "A 30-km strip." }) });
      expect(json.status).toBe(400);
      expect(((await json.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain("id");
      // A query string cannot carry a lone surrogate: its WTF-8 bytes stay undecoded ("%ED%A0%80"), a valid id.
      if (!/[\ud800-\udfff]/.test(id)) {
        const text = await r.app.request(`/articles?id=${pct(id)}`, { method: "POST", headers: { ...AUTH, "Content-Type": "text/plain" }, body: "A 30-km strip." });
        expect(text.status).toBe(400);
      }
      for (const type of ["article.published", "article.deleted"]) {
        const hook = await standardPost({ type, timestamp: FIXED_NOW, data: { id, body: "A 30-km strip." } });
        expect(hook.status, type).toBe(400);
      }
      // Paths: an id that could never be stored is absent, never a 500. A lone surrogate arrives
      // as its WTF-8 bytes; "." and ".." never reach a route (URLs resolve them away).
      if (id === "." || id === "..") return;
      const path = pct(id);
      for (const [method, url] of [["GET", `/articles/${path}`], ["DELETE", `/articles/${path}`], ["GET", `/articles/${path}/findings`], ["GET", `/findings/${path}`], ["GET", `/review/articles/${path}`], ["GET", `/review/findings/${path}`]] as const) {
        const res = await r.app.request(url, { method, headers: AUTH });
        expect(res.status, `${method} ${url.slice(0, 40)}`).toBe(404);
      }
    });
  }

  it("a webhook-id of 3,000 characters is 400", async () => {
    for (const webhookId of ["m".repeat(3000), "msg_\u00a0x", ".."]) {
      const res = await standardPost({ type: "article.published", timestamp: FIXED_NOW, data: { id: "fine-id", body: "A 30-km strip." } }, webhookId);
      expect(res.status).toBe(400);
    }
  });

  it("after all of the above the store holds nothing: no article, no finding", async () => {
    expect(await r.articleCount()).toBe(0);
    const findings = await r.app.request("/findings?status=open");
    expect(((await findings.json()) as { findings: unknown[] }).findings).toEqual([]);
  });
});
