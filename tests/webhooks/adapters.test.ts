import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isClaimcheckError } from "../../core/index.js";
import type { Delivery } from "../../functions/webhooks/adapter.js";
import { arc } from "../../functions/webhooks/arc.js";
import { ghost } from "../../functions/webhooks/ghost.js";
import { standard } from "../../functions/webhooks/standard.js";
import { publicationDate } from "../../functions/webhooks/story.js";
import { wordpress } from "../../functions/webhooks/wordpress.js";
import { fixture, ghostSignature, standardSignature } from "./support.js";

/** The adapters on their own: payload shapes and header forms the app-level tests do not reach. */

const delivery = (body: string, headers: Record<string, string> = {}, query: Record<string, string> = {}): Delivery =>
  ({ body: Buffer.from(body), headers, query });
const json = (name: string) => JSON.parse(fixture(name)) as Record<string, unknown>;
const NOW = Date.parse("2026-11-21T12:00:00.000Z");

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isClaimcheckError(error) ? error.code : "not a ClaimcheckError";
  }
}

describe("wordpress", () => {
  it("reads the WP Webhooks plugin's post_update shape", () => {
    const payload = json("wp-webhooks-post-update.json");
    const event = wordpress.toEvent(payload, delivery(JSON.stringify(payload)));
    expect(event).toMatchObject({ type: "published", article: { id: "wp-news.example.org-4821", title: "Turkey presses for a border ‘security strip’", published: "2023-01-11T09:30:00Z" } });
    if (event.type !== "published") throw new Error("expected a publication");
    expect(event.article.body).toContain("3.6 million Syrian refugees");
    expect(event.article.body).not.toContain("wp:paragraph");
  });

  it("ignores a draft and refuses a post with no text", () => {
    const draft = { ...json("wordpress-rest-post.json"), status: "draft" };
    expect(wordpress.toEvent(draft, delivery("{}"))).toMatchObject({ type: "ignored", reason: "post is draft" });
    const empty = { ...json("wordpress-rest-post.json"), content: { rendered: "<p> </p>" } };
    expect(codeOf(() => wordpress.toEvent(empty, delivery("{}")))).toBe("invalid-input");
  });

  it("takes the token from ?token= as well as the header, and refuses an empty configured token", () => {
    expect(codeOf(() => wordpress.verify(delivery("{}", {}, { token: "t-123" }), ["t-123"], NOW))).toBeUndefined();
    expect(codeOf(() => wordpress.verify(delivery("{}", {}, { token: "t-1234" }), ["t-123"], NOW))).toBe("unauthorized");
    expect(codeOf(() => wordpress.verify(delivery("{}", { "x-claimcheck-token": "x" }), [""], NOW))).toBe("unauthorized");
  });
});

describe("ghost", () => {
  it("follows the event field of newer Ghost: unpublished removes, published.edited updates", () => {
    const current = (json("ghost-post-published.json").post as { current: unknown }).current;
    expect(ghost.toEvent({ event: "post.unpublished", post: { current, previous: {} } }, delivery("a")))
      .toMatchObject({ type: "deleted", articleId: "ghost-6740a3c1f1e2b10001a0c3d4" });
    expect(ghost.toEvent({ event: "post.published.edited", post: { current, previous: {} } }, delivery("b")))
      .toMatchObject({ type: "updated" });
    expect(ghost.toEvent({ event: "post.added", post: { current, previous: {} } }, delivery("c")))
      .toMatchObject({ type: "ignored" });
  });

  it("refuses the pre-5.87 signature over the body alone (its timestamp was not signed)", () => {
    const body = fixture("ghost-post-published.json");
    const bodyOnly = createHmac("sha256", "s3cret").update(body).digest("hex");
    expect(codeOf(() => ghost.verify(delivery(body, { "x-ghost-signature": `sha256=${bodyOnly}, t=${NOW}` }), ["s3cret"], NOW))).toBe("bad-signature");
    expect(codeOf(() => ghost.verify(delivery(body, { "x-ghost-signature": ghostSignature("s3cret", body, NOW) }), ["s3cret"], NOW))).toBeUndefined();
  });

  it("refuses a signature header without its timestamp", () => {
    const body = "{}";
    const header = ghostSignature("s3cret", body, NOW).replace(/, t=\d+$/, "");
    expect(codeOf(() => ghost.verify(delivery(body, { "x-ghost-signature": header }), ["s3cret"], NOW))).toBe("bad-signature");
  });
});

describe("arc", () => {
  it("keeps text, header and list elements and drops images and embeds", () => {
    const payload = json("arc-story-update.json");
    (payload.body as { content_elements: unknown[] }).content_elements.push({
      type: "list", list_type: "unordered", items: [{ type: "text", content: "6 people were killed" }],
    });
    const event = arc.toEvent(payload, delivery("{}"));
    if (event.type !== "updated") throw new Error("expected an update");
    expect(event.article.body).toContain("Refugees");
    expect(event.article.body).toContain("6 people were killed");
    expect(event.article.body).not.toContain("7 more years");
    expect(event.article.body).not.toContain("Akcakale");
    expect(event.article.published).toBe("2023-01-11T09:30:00.401Z");
  });

  it("ignores an unpublished revision and treats story:create as a publication", () => {
    const payload = json("arc-story-update.json");
    const body = payload.body as { revision: { published: boolean } };
    expect(arc.toEvent({ ...payload, key: "story:create" }, delivery("{}"))).toMatchObject({ type: "published" });
    body.revision.published = false;
    expect(arc.toEvent(payload, delivery("{}"))).toMatchObject({ type: "ignored" });
  });

  it("accepts the digest as hex, sha256=hex or base64 (the documented encoding is not public)", () => {
    const body = JSON.stringify({ key: "story:update", time: NOW, body: {} });
    const mac = createHmac("sha256", "k").update(body).digest();
    for (const header of [mac.toString("hex"), `sha256=${mac.toString("hex")}`, mac.toString("base64")]) {
      expect(codeOf(() => arc.verify(delivery(body, { "x-websked-signature": header }), ["k"], NOW))).toBeUndefined();
    }
    expect(codeOf(() => arc.verify(delivery(body, { "x-websked-signature": "zz" }), ["k"], NOW))).toBe("bad-signature");
  });

  it("refuses a correctly signed event without its time: nothing else dates it, so it could be replayed forever", () => {
    for (const body of [JSON.stringify({ key: "story:update", body: {} }), JSON.stringify({ key: "story:update", time: "now", body: {} }), JSON.stringify({ key: "story:update", time: 0, body: {} })]) {
      const mac = createHmac("sha256", "k").update(body).digest("hex");
      expect(codeOf(() => arc.verify(delivery(body, { "x-websked-signature": mac }), ["k"], NOW)), body).toBe("bad-signature");
    }
    const payload = json("arc-story-update.json") as Record<string, unknown>;
    delete payload.time;
    expect(codeOf(() => arc.toEvent(payload, delivery("{}")))).toBe("invalid-input");
  });
});

describe("standard", () => {
  it("identifies a deleted article by its url when no id is given, as POST /articles would", () => {
    const payload = { type: "article.deleted", data: { url: "https://news.example.org/a/" } };
    expect(standard.toEvent(payload, delivery("{}", { "webhook-id": "msg_1" }))).toMatchObject({ type: "deleted", articleId: expect.stringMatching(/^u-/) });
  });

  it("finds the valid signature among several, and ignores other schemes", () => {
    const secret = `whsec_${Buffer.from("a-key-of-some-thirty-two-bytes!!").toString("base64")}`;
    const body = fixture("standard-article-published.json");
    const ts = Math.floor(NOW / 1000);
    const valid = standardSignature(secret, "msg_2", ts, body);
    const header = `v1a,${"A".repeat(86)}== v1,${Buffer.alloc(32).toString("base64")} ${valid}`;
    const headers = { "webhook-id": "msg_2", "webhook-timestamp": String(ts), "webhook-signature": header };
    expect(codeOf(() => standard.verify(delivery(body, headers), [secret], NOW))).toBeUndefined();
    expect(codeOf(() => standard.verify(delivery(body, { ...headers, "webhook-id": "msg_3" }), [secret], NOW))).toBe("bad-signature");
  });

  it("refuses a type that only looks like an own key", () => {
    expect(codeOf(() => standard.toEvent({ type: "constructor", data: {} }, delivery("{}")))).toBe("invalid-input");
  });
});

describe("publicationDate", () => {
  it.each([
    ["2023-01-11", "2023-01-11"],
    ["2023-01-11T09:30:00", "2023-01-11T09:30:00Z"],
    ["2023-01-11 09:30:00", "2023-01-11T09:30:00Z"],
    ["2023-01-11T09:30:00.401Z", "2023-01-11T09:30:00.401Z"],
    ["2023-01-11T12:30:00+03:00", "2023-01-11T12:30:00+03:00"],
    ["Jan 11, 2023", undefined],
    ["0000-00-00 00:00:00", undefined],
    ["2023-02-30", undefined],
  ])("%s -> %s", (input, expected) => {
    expect(publicationDate(input)).toBe(expected);
  });
});
