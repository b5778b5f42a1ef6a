import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ghostSignature, startWebhookHarness, type WebhookHarness } from "./support.js";

/** What the route does before and around any one CMS: unknown sources, configuration, limits, ignored events. */

const SECRET = "ghost-route-secret-5e2c";

describe("POST /webhooks/:source", () => {
  let h: WebhookHarness;
  beforeAll(async () => {
    h = await startWebhookHarness({ webhookSecrets: { ghost: [SECRET] }, limits: { maxBodyBytes: 64 * 1024 } });
  });
  afterAll(async () => {
    await h.close();
  });

  const ghostPost = (body: string) => h.post("/webhooks/ghost", body, { "x-ghost-signature": ghostSignature(SECRET, body, h.clock.ms) });

  it.each(["drupal", "__proto__", "constructor", "GHOST"])("answers an unknown source %s with a 404 problem", async (source) => {
    const res = await h.post(`/webhooks/${source}`, "{}");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ status: 404, code: "not-found" });
  });

  it("refuses a known source that has no secret configured, rather than taking unsigned deliveries", async () => {
    const res = await h.post("/webhooks/wordpress", fixture("wordpress-rest-post.json"), { "x-claimcheck-token": "" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { detail: string }).detail).toContain("CLAIMCHECK_WEBHOOK_SECRET_WORDPRESS");
  });

  it("refuses a body over the size limit with 413 before verifying it", async () => {
    const huge = JSON.stringify({ post: { current: { id: "x", html: "9".repeat(70 * 1024) } } });
    const res = await ghostPost(huge);
    expect(res.status).toBe(413);
  });

  it("acknowledges a draft without storing it (the CMS must not retry it)", async () => {
    const draft = fixture("ghost-post-published.json").replace('"status": "published"', '"status": "draft"');
    const res = await ghostPost(draft);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ event: "ignored", reason: "post is draft" });
    expect(await h.embedded.store.getArticle("ghost-6740a3c1f1e2b10001a0c3d4")).toBeNull();
  });

  it("names the fields at fault when a post lacks its id", async () => {
    const res = await ghostPost(JSON.stringify({ post: { current: { title: "No id", html: "<p>12 people</p>", status: "published" } } }));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { detail: string; errors?: Array<{ field: string }> };
    expect(problem.detail).toMatch(/not a story/);
    expect(problem.errors?.map((e) => e.field)).toContain("id");
  });
});
