import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CASES, type Signed, type SourceCase } from "./cases.js";
import { startWebhookHarness, type WebhookHarness } from "./support.js";

/**
 * Every CMS source through the real app and the real (embedded DynamoDB) store, with real
 * HMAC signatures computed by the test over payloads shaped like each CMS's documentation.
 */

const SIX_MINUTES = 6 * 60 * 1000;

interface Problem { status: number; code: string; detail: string }

describe.each(CASES)("webhooks: $source", (c: SourceCase) => {
  let h: WebhookHarness;
  const send = (s: Signed, app = h.app) => app.request(s.path, { method: "POST", headers: { "content-type": "application/json", ...s.headers }, body: s.body });
  const stored = () => h.embedded.store.getArticle(c.articleId);

  beforeEach(async () => {
    h = await startWebhookHarness({ webhookSecrets: { [c.source]: [c.secrets.current] } });
  });
  afterEach(async () => {
    await h.close();
  });

  it("checks and stores a valid delivery, body as text from the HTML", async () => {
    const res = await send(c.deliver(c.published, c.secrets.current, h.clock));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ source: c.source, event: c.firstEvent, articleId: c.articleId, duplicate: false, checked: true });

    const saved = await stored();
    expect(saved).not.toBeNull();
    const { article, claims } = saved!;
    expect(article.title).toBe("Turkey presses for a border ‘security strip’");
    expect(article.body).toContain("Turkey wants to set up a 30-mile (18.6-mile) deep security strip");
    expect(article.body).not.toMatch(/<\/?[a-z]+[\s>]|&[a-z]+;|&#\d+;/i);
    expect(article.published?.slice(0, 10)).toBe("2023-01-11");
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(article.body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("answers a redelivery with duplicate: true and changes nothing", async () => {
    const delivery = c.deliver(c.published, c.secrets.current, h.clock);
    expect((await send(delivery)).status).toBe(200);
    const before = await stored();
    h.clock.advance(30_000);

    const again = await send(delivery);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ duplicate: true, checked: false });
    const after = await stored();
    expect(after?.article.checkedAt).toBe(before?.article.checkedAt);
    expect(after?.claims.map((x) => x.id).sort()).toEqual(before?.claims.map((x) => x.id).sort());
  });

  it.skipIf(!c.signsTime)("refuses a delivery signed more than 5 minutes ago or ahead", async () => {
    for (const age of [SIX_MINUTES, -SIX_MINUTES]) {
      const res = await send(c.deliver(c.published, c.secrets.current, h.clock, age));
      expect(res.status).toBe(401);
      const problem = (await res.json()) as Problem;
      expect(problem.code).toBe("bad-signature");
      expect(problem.detail).toMatch(/5-minute window/);
    }
    expect(await stored()).toBeNull();
  });

  it.skipIf(!c.signsTime)("accepts a delivery signed 4 minutes ago (inside the window)", async () => {
    expect((await send(c.deliver(c.published, c.secrets.current, h.clock, 4 * 60 * 1000))).status).toBe(200);
  });

  it("refuses a delivery signed with a secret that is not configured", async () => {
    const res = await send(c.deliver(c.published, c.secrets.old, h.clock));
    expect(res.status).toBe(401);
    expect(((await res.json()) as Problem).code).toBe(c.signsBody ? "bad-signature" : "unauthorized");
    expect(await stored()).toBeNull();
  });

  it("refuses a delivery without its signature or token", async () => {
    const { path, body } = c.deliver(c.published, c.secrets.current, h.clock);
    const res = await send({ path, body, headers: {} });
    expect(res.status).toBe(401);
    expect(await stored()).toBeNull();
  });

  it.skipIf(!c.signsBody)("refuses a body changed after signing", async () => {
    const signed = c.deliver(c.published, c.secrets.current, h.clock);
    const res = await send({ ...signed, body: signed.body.replace("30-mile", "40-mile") });
    expect(res.status).toBe(401);
    expect(await stored()).toBeNull();
  });

  it("accepts both secrets while a rotation has both configured, and only the new one after", async () => {
    const rotating = h.appWith({ webhookSecrets: { [c.source]: [c.secrets.old, c.secrets.current] } });
    expect((await send(c.deliver(c.published, c.secrets.old, h.clock), rotating)).status).toBe(200);
    expect((await send(c.deliver(c.edited, c.secrets.current, h.clock), rotating)).status).toBe(200);

    h.clock.advance(1000);
    const rotated = h.appWith({ webhookSecrets: { [c.source]: [c.secrets.current] } });
    expect((await send(c.deliver(c.deleted, c.secrets.old, h.clock), rotated)).status).toBe(401);
    expect(await stored()).not.toBeNull();
  });

  it("refuses a signed body that is not JSON with 400", async () => {
    const res = await send(c.deliver('{"post": {"current": ', c.secrets.current, h.clock));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.code).toBe("invalid-input");
    expect(await stored()).toBeNull();
  });

  it("refuses a signed event that is not a story with 400", async () => {
    const res = await send(c.deliver(c.notAStory, c.secrets.current, h.clock));
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.code).toBe("invalid-input");
    expect(problem.detail).toMatch(/not a story/);
  });

  it("replaces the earlier version's claims when the story is edited", async () => {
    await send(c.deliver(c.published, c.secrets.current, h.clock));
    const first = await stored();
    expect(first?.claims.some((x) => x.text.includes("3.6 million"))).toBe(true);

    h.clock.advance(60_000);
    const res = await send(c.deliver(c.edited, c.secrets.current, h.clock));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ event: "updated", duplicate: false, checked: true });
    const second = await stored();
    expect(second?.article.body).toContain("30-km (18.6-mile)");
    expect(second?.claims.some((x) => x.text.includes("3.6 million"))).toBe(false);
    for (const claim of second!.claims) expect(second!.article.body.slice(claim.start, claim.end)).toBe(claim.text);
  });

  it("a late redelivery of the first version, after an edit was taken, does not bring the old text back", async () => {
    const original = c.deliver(c.published, c.secrets.current, h.clock);
    await send(original);
    h.clock.advance(60_000);
    await send(c.deliver(c.edited, c.secrets.current, h.clock));
    const edited = await stored();

    h.clock.advance(60_000);
    const late = await send(original);
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ duplicate: true, checked: false });
    const after = await stored();
    expect(after?.article.body).toBe(edited?.article.body);
    expect(after?.article.checkedAt).toBe(edited?.article.checkedAt);
  });

  it("removes the story when the CMS deletes it", async () => {
    await send(c.deliver(c.published, c.secrets.current, h.clock));
    expect(await stored()).not.toBeNull();
    const res = await send(c.deliver(c.deleted, c.secrets.current, h.clock));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ event: "deleted", articleId: c.articleId });
    expect(await stored()).toBeNull();
  });

  it("never writes a secret, signature or token to the log", async () => {
    const delivery = c.deliver(c.published, c.secrets.current, h.clock);
    await send(delivery);
    await send(c.deliver(c.published, c.secrets.old, h.clock));
    const log = h.logs.join("\n");
    expect(log.length).toBeGreaterThan(0);
    for (const secret of Object.values(c.secrets)) expect(log).not.toContain(secret.replace(/^whsec_/, ""));
    const credentials = Object.entries(delivery.headers).filter(([name]) => /signature|token/.test(name));
    expect(credentials.length).toBe(1);
    for (const [, value] of credentials) expect(log).not.toContain(/[A-Za-z0-9+/_-]{16,}/.exec(value)?.[0]);
  });
});
